package io.github.ipplan.cli.commands;

import io.github.ipplan.Agency;
import io.github.ipplan.EnumWords;
import io.github.ipplan.Plan;
import io.github.ipplan.cli.console.Counts;
import io.github.ipplan.cli.export.BodyCounts;
import io.github.ipplan.cli.export.Json;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bodies}: every body with its names, kind and the tasks it leads and joins. */
@Command(
    name = "bodies",
    mixinStandardHelpOptions = true,
    description =
        "Every body: id, name, English name, kind, and how many tasks it leads and joins."
            + " With --plan, the bodies that plan names, with their tasks in it.")
final class BodiesCommand extends Subcommand {
  @Mixin ListOptions scope;

  @Override
  void execute() {
    List<Plan> plans = plans(scope.plan);
    List<BodyCounts> rows = BodyCounts.of(catalog(), plans, scope.plan == null);
    if (scope.output.json()) {
      printJson(Json.bodies(rows));
      return;
    }
    out()
        .println(
            Counts.of(rows.size(), "body") + (scope.plan == null ? "" : " in " + scope.plan) + ".");
    for (BodyCounts row : rows) {
      Agency agency = row.agency();
      out().println();
      out().println(agency.name() + "  [" + agency.id() + "]  " + agency.englishName());
      out()
          .println(
              "  "
                  + EnumWords.spaced(agency.kind())
                  + "; leads "
                  + Counts.of(row.leads(), "task")
                  + ", takes part in "
                  + Counts.of(row.participates(), "task")
                  + (row.reports() > 0
                      ? ", reports " + Counts.of(row.reports(), "indicator")
                      : ""));
    }
  }
}
