package io.github.ipplan.cli.commands;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.cli.console.Counts;
import io.github.ipplan.cli.console.Text;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The commands that list the tasks of a body, one block per task: {@code leads}, {@code
 * participates} and {@code involves}.
 */
abstract class BodyTasksCommand extends Subcommand {
  @Parameters(
      paramLabel = "<body>",
      arity = "1..*",
      description =
          "Any name of the body: printed (知识产权局), full (国家知识产权局), English or abbreviation (CNIPA).")
  List<String> name;

  @Mixin ListOptions scope;

  /** Returns the body's tasks this command lists, in plan order. */
  abstract List<Measure> tasks(Agency agency);

  /** Returns what the body does to the tasks, as the first line says it. */
  abstract String verb();

  @Override
  void execute() {
    Agency agency = agency(String.join(" ", name));
    List<Measure> tasks = within(scope, tasks(agency), Measure::planId);
    if (scope.output.json()) {
      printJson(tasks);
      return;
    }
    out()
        .println(
            Text.body(agency)
                + " "
                + verb()
                + " "
                + Counts.of(tasks.size(), "task")
                + (scope.plan == null ? "" : " in " + scope.plan)
                + ".");
    for (Measure task : tasks) {
      out().println();
      Text.measure(out(), task);
    }
  }

  @Command(
      name = "leads",
      mixinStandardHelpOptions = true,
      description = "Tasks the body leads (牵头部门): it is named first, or alone.")
  static final class Leads extends BodyTasksCommand {
    @Override
    List<Measure> tasks(Agency agency) {
      return catalog().measuresLedBy(agency);
    }

    @Override
    String verb() {
      return "leads";
    }
  }

  @Command(
      name = "participates",
      mixinStandardHelpOptions = true,
      description = "Tasks the body takes part in (参与部门) without leading.")
  static final class Participates extends BodyTasksCommand {
    @Override
    List<Measure> tasks(Agency agency) {
      return catalog().measuresWithParticipant(agency);
    }

    @Override
    String verb() {
      return "takes part in";
    }
  }

  @Command(
      name = "involves",
      mixinStandardHelpOptions = true,
      description = "Tasks that name the body at all, leading or taking part.")
  static final class Involves extends BodyTasksCommand {
    @Override
    List<Measure> tasks(Agency agency) {
      return catalog().measuresInvolving(agency);
    }

    @Override
    String verb() {
      return "is named in";
    }
  }
}
