package io.github.ipplan.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.ipplan.Indicator;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.TargetBound;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintStream;
import java.util.Locale;

/**
 * What are the plans' quantitative targets? Prints each indicator with its target (preceded by
 * {@code ≥} for …以上 and {@code >} for 超过…), unit, year, kind, nature, the body that reports it and,
 * where the plan states one, its baseline. Exit status: 0.
 */
public final class IndicatorTargets {
  private IndicatorTargets() {}

  /**
   * Prints the targets of the bundled plans to standard output, in UTF-8.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(BundledPlans.load(), new PrintStream(System.out, true, UTF_8));
  }

  static void run(PlanCatalog catalog, PrintStream out) {
    for (Indicator indicator : catalog.indicators()) {
      String bound =
          switch (indicator.bound().orElse(TargetBound.REACH)) {
            case REACH -> "";
            case AT_LEAST -> "≥ ";
            case MORE_THAN -> "> ";
          };
      out.printf(
          "%s  %s: %s%s %s by %d (%s, %s), reported by %s%s%n",
          indicator.id(),
          indicator.name(),
          bound,
          indicator.target().toPlainString(),
          indicator.unit(),
          indicator.targetYear(),
          indicator.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          indicator.nature().printedWords(),
          indicator.sourceName().orElse("no body named"),
          indicator
              .baseline()
              .map(b -> "; " + b.year() + ": " + b.value().toPlainString())
              .orElse(""));
    }
  }
}
