package io.github.ipplan.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which tasks does a body lead? Prints them in plan order: number, text as printed, and the other
 * bodies named with it. Any name of the body works: {@code 知识产权局}, {@code 国家知识产权局}, {@code CNIPA}.
 * Exit status: 0 when the body is found, 2 when no name is given or no body has that name.
 */
public final class LeadQuery {
  private LeadQuery() {}

  /**
   * Prints the tasks of the body named by the arguments (joined with spaces), in UTF-8.
   *
   * @param args the body's name
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, UTF_8);
    PrintStream err = new PrintStream(System.err, true, UTF_8);
    System.exit(run(BundledPlans.load(), String.join(" ", args).strip(), out, err));
  }

  static int run(PlanCatalog catalog, String name, PrintStream out, PrintStream err) {
    Optional<Agency> found = name.isEmpty() ? Optional.empty() : catalog.agency(name);
    if (found.isEmpty()) {
      err.println(
          name.isEmpty() ? "Usage: LeadQuery <body name>" : "No body is called '" + name + "'.");
      return 2;
    }
    Agency body = found.get();
    List<Measure> led = catalog.measuresLedBy(body);
    String full = body.fullName().map(f -> f + ", ").orElse("");
    out.println(
        body.name() + " (" + full + body.englishName() + ") leads " + led.size() + " tasks.");
    String plan = "";
    for (Measure measure : led) {
      if (!measure.planId().equals(plan)) {
        plan = measure.planId();
        out.println("\n# " + plan);
      }
      String with =
          measure.participants().stream().map(Agency::name).collect(Collectors.joining("、"));
      out.println("\n" + measure.number() + ". " + measure.text());
      out.println("   with: " + (with.isEmpty() ? "(no other body)" : with));
    }
    return 0;
  }
}
