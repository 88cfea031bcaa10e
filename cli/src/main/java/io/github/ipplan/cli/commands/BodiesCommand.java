package io.github.ipplan.cli.commands;

import io.github.ipplan.Agency;
import io.github.ipplan.EnumWords;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.cli.console.Counts;
import io.github.ipplan.cli.export.BodyCounts;
import io.github.ipplan.cli.export.Json;
import java.util.ArrayList;
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
    List<String> ids = plans.stream().map(Plan::id).toList();
    List<BodyCounts> rows = new ArrayList<>();
    for (Agency agency : catalog().agencies()) {
      long leads =
          catalog().measuresLedBy(agency).stream()
              .map(Measure::planId)
              .filter(ids::contains)
              .count();
      long participates =
          catalog().measuresWithParticipant(agency).stream()
              .map(Measure::planId)
              .filter(ids::contains)
              .count();
      long reports =
          catalog().indicatorsFromSource(agency).stream()
              .filter(i -> ids.contains(i.planId()))
              .count();
      boolean named =
          plans.stream()
              .anyMatch(plan -> plan.issuer().equals(agency) || plan.addressees().contains(agency));
      if (scope.plan == null || leads + participates + reports > 0 || named) {
        rows.add(new BodyCounts(agency, leads, participates, reports));
      }
    }
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
