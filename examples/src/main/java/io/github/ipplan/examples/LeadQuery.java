package io.github.ipplan.examples;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prints the tasks a body leads, in plan order: each task's number, its text as printed, and the
 * other bodies named with it.
 *
 * <pre>
 * java io.github.ipplan.examples.LeadQuery 知识产权局
 * </pre>
 *
 * <p>Any name of the body works: printed ({@code 知识产权局}), full ({@code 国家知识产权局}), English, or
 * abbreviation ({@code CNIPA}). Output is UTF-8 whatever the platform's encoding.
 */
public final class LeadQuery {
  private LeadQuery() {}

  /**
   * Runs the query for the body named by the arguments (joined with spaces) and exits with 0, or
   * with 2 if no name is given or no body has that name.
   *
   * @param args the body's name
   */
  public static void main(String[] args) {
    System.exit(run(BundledPlans.load(), String.join(" ", args), Console.out(), Console.err()));
  }

  /**
   * Prints the tasks the named body leads.
   *
   * @param catalog the plans to query
   * @param name any name of the body
   * @param out where the tasks are printed
   * @param err where a problem is reported
   * @return 0 on success, 2 if the name is empty or unknown
   */
  static int run(PlanCatalog catalog, String name, PrintStream out, PrintStream err) {
    if (name.isBlank()) {
      err.println("Usage: LeadQuery <body name>, for example: LeadQuery 知识产权局");
      return 2;
    }
    Optional<Agency> found = catalog.agency(name.strip());
    if (found.isEmpty()) {
      err.println(Text.unknownBody(name.strip()));
      return 2;
    }
    Agency agency = found.get();
    List<Measure> led = catalog.measuresLedBy(agency);
    out.println(
        agency.name()
            + " ("
            + agency.fullName().map(full -> full + ", ").orElse("")
            + agency.englishName()
            + ") leads "
            + led.size()
            + " tasks.");
    String plan = "";
    for (Measure measure : led) {
      if (!measure.planId().equals(plan)) {
        plan = measure.planId();
        out.println();
        out.println("# " + plan);
      }
      out.println();
      out.println(measure.number() + ". " + measure.text());
      out.println(
          "   with: "
              + (measure.participants().isEmpty()
                  ? "(no other body)"
                  : measure.participants().stream()
                      .map(Agency::name)
                      .collect(Collectors.joining("、"))));
    }
    return 0;
  }
}
