package io.github.ipplan.cli.commands;

import io.github.ipplan.Plan;
import io.github.ipplan.PlanText;
import io.github.ipplan.Provision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code text}: a whole document rendered back from the model, optionally with element ids. */
@Command(
    name = "text",
    mixinStandardHelpOptions = true,
    description =
        "The whole document rendered back from the model: notice, headings, measures with their "
            + "responsibility clauses, projects, the indicator table.")
final class TextCommand extends Subcommand {
  @Parameters(paramLabel = "<plan>", description = "The plan id.")
  String planId;

  @Option(names = "--ids", description = "Prefix each element with its stable identifier.")
  boolean ids;

  @Override
  void execute() {
    Plan plan = plan(planId);
    if (!ids) {
      out().print(PlanText.render(plan));
      return;
    }
    for (Provision provision : PlanText.provisions(plan)) {
      out().println("[" + provision.id() + "]");
      out().println(provision.text());
    }
  }
}
