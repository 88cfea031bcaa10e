package io.github.ipplan.cli.commands;

import io.github.ipplan.Collaboration;
import io.github.ipplan.Collaborations;
import io.github.ipplan.Plan;
import io.github.ipplan.cli.console.Counts;
import io.github.ipplan.cli.console.Text;
import io.github.ipplan.cli.export.Json;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code collaborations}: which bodies share tasks and how often, for all pairs or one body. */
@Command(
    name = "collaborations",
    mixinStandardHelpOptions = true,
    description =
        "Which bodies share tasks and how often, with who leads; all pairs, or one body's partners.")
final class CollaborationsCommand extends Subcommand {
  @Parameters(paramLabel = "<body>", arity = "0..*", description = "Only this body's partners.")
  List<String> name;

  @Mixin ListOptions scope;

  @Override
  void execute() {
    List<Plan> plans = plans(scope.plan);
    Collaborations network = catalog().collaborations(plans::contains);
    boolean one = name != null && !name.isEmpty();
    io.github.ipplan.Agency body = one ? agency(String.join(" ", name)) : null;
    List<Collaboration> rows = one ? network.partners(body) : network.pairs();
    if (scope.output.json()) {
      printJson(Json.collaborations(rows));
      return;
    }
    String where = scope.plan == null ? "" : " in " + scope.plan;
    if (rows.isEmpty()) {
      out()
          .println(
              one
                  ? body.name() + " shares no task with another body" + where + "."
                  : "No two bodies share a task" + where + ".");
      return;
    }
    if (one) {
      out()
          .println(
              rows.get(0).body().name()
                  + " shares tasks with "
                  + Counts.of(rows.size(), "body")
                  + ":");
    }
    for (Collaboration c : rows) {
      out()
          .println(
              (one ? "  " + c.partner().name() : c.body().name() + " + " + c.partner().name())
                  + ": "
                  + Text.shared(c));
    }
  }
}
