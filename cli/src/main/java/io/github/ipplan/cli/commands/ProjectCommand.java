package io.github.ipplan.cli.commands;

import io.github.ipplan.Plan;
import io.github.ipplan.Project;
import io.github.ipplan.cli.console.Failure;
import io.github.ipplan.cli.console.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code project}: one flagship project of a plan in full, with its notes. */
@Command(
    name = "project",
    mixinStandardHelpOptions = true,
    description = "One flagship project of a plan, in full.")
final class ProjectCommand extends Subcommand {
  @Parameters(index = "0", paramLabel = "<plan>", description = "The plan id.")
  String planId;

  @Parameters(index = "1", paramLabel = "<number>", description = "The project's number.")
  int number;

  @Mixin FormatOption output;

  @Override
  void execute() {
    Plan plan = plan(planId);
    Project project =
        plan.project(number).orElseThrow(() -> Failure.notFound(Text.noProject(plan, number)));
    if (output.json()) {
      printJson(project);
      return;
    }
    Text.project(out(), project);
    Text.placement(out(), project);
  }
}
