package io.github.ipplan.cli.commands;

import io.github.ipplan.Indicator;
import io.github.ipplan.cli.console.Text;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code indicators}: the quantitative targets, one a line, optionally of one reporting body. */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    description = "Quantitative targets, with unit, kind and the body that reports them.")
final class IndicatorsCommand extends Subcommand {
  @Option(
      names = "--source",
      paramLabel = "<body>",
      description = "Only the targets this body reports.")
  String source;

  @Mixin ListOptions scope;

  @Override
  void execute() {
    List<Indicator> indicators =
        source == null ? catalog().indicators() : catalog().indicatorsFromSource(agency(source));
    indicators = within(scope, indicators, Indicator::planId);
    if (scope.output.json()) {
      printJson(indicators);
      return;
    }
    if (indicators.isEmpty()) {
      String where = scope.plan == null ? "" : " in " + scope.plan;
      out()
          .println(
              source == null
                  ? "There are no indicators" + where + "."
                  : agency(source).name() + " reports no indicators" + where + ".");
      return;
    }
    indicators.forEach(indicator -> out().println(Text.indicator(indicator)));
  }
}
