package io.github.ipplan.examples;

import io.github.ipplan.Indicator;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintStream;

/**
 * Prints every quantitative target of the bundled plans with its unit, kind, the body that reports
 * it and, where the plan states one, its baseline.
 *
 * <pre>
 * java -cp examples/target/ipplan.jar io.github.ipplan.examples.IndicatorTargets
 * </pre>
 */
public final class IndicatorTargets {
  private IndicatorTargets() {}

  /**
   * Prints the targets to standard output, in UTF-8.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(BundledPlans.load(), Console.out());
  }

  /**
   * Prints the targets of every plan in the catalog.
   *
   * @param catalog the plans
   * @param out where the targets are printed
   */
  static void run(PlanCatalog catalog, PrintStream out) {
    for (Indicator indicator : catalog.indicators()) {
      out.println(Text.indicator(indicator));
    }
  }
}
