package io.github.ipplan.cli.commands;

import io.github.ipplan.Plan;
import io.github.ipplan.cli.console.Counts;
import io.github.ipplan.cli.console.Text;
import io.github.ipplan.cli.export.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plans}: every plan with its id, title, issuer, period and counts. */
@Command(
    name = "plans",
    mixinStandardHelpOptions = true,
    description =
        "Every plan: id, title, issuer, date, status, period, and how many measures,"
            + " projects and indicators it has.")
final class PlansCommand extends Subcommand {
  @Mixin FormatOption output;

  @Override
  void execute() {
    if (output.json()) {
      printJson(Json.plans(catalog().plans()));
      return;
    }
    boolean first = true;
    for (Plan plan : catalog().plans()) {
      if (!first) {
        out().println();
      }
      first = false;
      out().println(plan.id() + "  " + plan.title());
      out().println("  " + Text.issued(plan));
      out()
          .println(
              "  "
                  + Counts.of(plan.measures().size(), "measure")
                  + ", "
                  + Counts.of(plan.projects().size(), "project")
                  + ", "
                  + Counts.of(plan.indicators().size(), "indicator"));
    }
  }
}
