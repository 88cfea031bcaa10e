package io.github.ipplan.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.ipplan.Indicator;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints every quantitative target of the bundled plans with its unit, kind, the body that
 * reports it and, where the plan states one, its baseline.
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
    run(BundledPlans.load(), new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8));
  }

  /**
   * Prints the targets of every plan in the catalog.
   *
   * @param catalog the plans
   * @param out where the targets are printed
   */
  static void run(PlanCatalog catalog, PrintStream out) {
    for (Indicator indicator : catalog.indicators()) {
      out.println(indicator.id() + "  " + indicator.name() + ": " + indicator.target().toPlainString()
          + " " + indicator.unit() + " by " + indicator.targetYear() + " ("
          + indicator.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", "
          + indicator.nature().printedWords() + "), reported by "
          + indicator.sourceName().orElse("no body named")
          + indicator.baseline().map(b -> "; " + b.year() + ": " + b.value().toPlainString()).orElse(""));
    }
  }
}
