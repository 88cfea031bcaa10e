package io.github.ipplan.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.yaml.LoadOptions;
import io.github.ipplan.yaml.PlanLoadException;
import io.github.ipplan.yaml.PlanLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * How do I load a plan file of my own? Loads one with a registry of one's own beside the bundled
 * plans (try {@code examples/samples/}), and prints its measures with their bodies as printed. Exit
 * status: 0 when the file loads, 2 when it does not (the error, located, on standard error).
 */
public final class LoadYourOwnPlan {
  private LoadYourOwnPlan() {}

  /**
   * Loads the plan file (first argument) with the registry file (second argument).
   *
   * @param args the plan file and the registry file
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, UTF_8); // UTF-8 whatever the platform's
    System.exit(
        run(Path.of(args[0]), Path.of(args[1]), out, new PrintStream(System.err, true, UTF_8)));
  }

  static int run(Path plan, Path registry, PrintStream out, PrintStream err) throws IOException {
    LoadOptions options = LoadOptions.defaults().withRegistry(registry).withBundledPlans(true);
    List<Plan> plans;
    try {
      plans = PlanLoader.load(options, plan).plans();
    } catch (PlanLoadException e) {
      err.println(e.getMessage());
      return 2;
    }
    Plan mine = plans.get(plans.size() - 1);
    String number = mine.documentNumber().orElse("no document number");
    List<String> bundled = plans.stream().limit(plans.size() - 1).map(Plan::id).toList();
    out.printf("%s (%s), %d measures, ", mine.id(), number, mine.measures().size());
    out.println("loaded beside " + String.join(", ", bundled));
    for (Measure measure : mine.measures()) {
      List<String> names = measure.printedNames();
      String lead = measure.lead().flatMap(Agency::fullName).orElse("-");
      String with = String.join("、", names.subList(Math.min(1, names.size()), names.size()));
      out.println(measure.number() + ". " + measure.text());
      out.println("   lead: " + lead + "; with: " + with + (measure.openEnded() ? " 等部门" : ""));
    }
    return 0;
  }
}
