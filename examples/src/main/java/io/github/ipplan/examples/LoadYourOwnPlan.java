package io.github.ipplan.examples;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.LoadOptions;
import io.github.ipplan.yaml.PlanLoadException;
import io.github.ipplan.yaml.PlanLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Loads a plan file of one's own, with a registry of one's own, beside the bundled plans, and
 * prints each of its measures with its lead body and the other bodies.
 *
 * <pre>
 * java -cp examples/target/ipplan.jar io.github.ipplan.examples.LoadYourOwnPlan \
 *     examples/samples/national-2024-sample.yaml examples/samples/sample-agencies.yaml
 * </pre>
 *
 * <p>With no arguments it loads those two sample files. A file with an error prints the error
 * (file, line, column, path) and exits with status 1.
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
    Path plan = Path.of(args.length > 0 ? args[0] : "examples/samples/national-2024-sample.yaml");
    Path registry = Path.of(args.length > 1 ? args[1] : "examples/samples/sample-agencies.yaml");
    System.exit(run(plan, registry, Console.out(), Console.err()));
  }

  /**
   * Loads and prints the plan.
   *
   * @param plan the plan file
   * @param registry the registry file
   * @param out where the measures are printed
   * @param err where a load error is printed
   * @return 0 on success, 1 if a file's content is not valid
   * @throws IOException if a file cannot be read
   */
  static int run(Path plan, Path registry, PrintStream out, PrintStream err) throws IOException {
    PlanCatalog catalog;
    try {
      catalog =
          PlanLoader.load(
              LoadOptions.defaults().withRegistry(registry).withBundledPlans(true), plan);
    } catch (PlanLoadException e) {
      err.println(e.getMessage());
      return 1;
    }
    Plan loaded = catalog.plans().get(catalog.plans().size() - 1);
    out.println(
        loaded.id()
            + " ("
            + loaded.documentNumber().orElse("no document number")
            + "), "
            + loaded.measures().size()
            + " measures, loaded beside "
            + catalog.plans().stream()
                .limit(catalog.plans().size() - 1L)
                .map(Plan::id)
                .collect(Collectors.joining(", ")));
    for (Measure measure : loaded.measures()) {
      out.println(measure.number() + ". " + measure.text());
      out.println(
          "   lead: "
              + measure.lead().map(Agency::fullName).flatMap(name -> name).orElse("-")
              + "; with: "
              + String.join(
                  "、",
                  measure
                      .printedNames()
                      .subList(
                          Math.min(1, measure.printedNames().size()),
                          measure.printedNames().size()))
              + (measure.openEnded() ? " 等部门" : ""));
    }
    return 0;
  }
}
