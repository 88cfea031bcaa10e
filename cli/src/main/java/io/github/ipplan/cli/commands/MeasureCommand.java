package io.github.ipplan.cli.commands;

import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.cli.console.Failure;
import io.github.ipplan.cli.console.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code measure}: one measure of a plan in full, with its headings and notes. */
@Command(
    name = "measure",
    mixinStandardHelpOptions = true,
    description = "One measure (task) of a plan, in full.")
final class MeasureCommand extends Subcommand {
  @Parameters(index = "0", paramLabel = "<plan>", description = "The plan id.")
  String planId;

  @Parameters(index = "1", paramLabel = "<number>", description = "The measure's number.")
  int number;

  @Mixin FormatOption output;

  @Override
  void execute() {
    Plan plan = plan(planId);
    Measure measure =
        plan.measure(number).orElseThrow(() -> Failure.notFound(Text.noMeasure(plan, number)));
    if (output.json()) {
      printJson(measure);
      return;
    }
    Text.measure(out(), measure);
    Text.placement(out(), measure);
  }
}
