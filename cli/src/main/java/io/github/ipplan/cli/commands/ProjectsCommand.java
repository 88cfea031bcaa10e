package io.github.ipplan.cli.commands;

import io.github.ipplan.Project;
import io.github.ipplan.cli.console.Text;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code projects}: the flagship projects, one a line with where each sits. */
@Command(
    name = "projects",
    mixinStandardHelpOptions = true,
    description = "Flagship projects, with where each sits.")
final class ProjectsCommand extends Subcommand {
  @Parameters(
      paramLabel = "<plan>",
      arity = "0..1",
      description = "Only this plan; the same as --plan, kept for scripts that name it this way.")
  String planId;

  @Mixin ListOptions scope;

  @Spec CommandSpec spec;

  @Override
  void execute() {
    if (planId != null && scope.plan != null && !planId.equals(scope.plan)) {
      throw new ParameterException(
          spec.commandLine(),
          "Name the plan once: '" + planId + "' and --plan '" + scope.plan + "' differ");
    }
    String only = planId != null ? planId : scope.plan;
    List<Project> projects = only == null ? catalog().projects() : plan(only).projects();
    if (scope.output.json()) {
      printJson(projects);
      return;
    }
    if (projects.isEmpty()) {
      out().println(only == null ? "There are no projects." : "Plan " + only + " has no projects.");
      return;
    }
    for (Project project : projects) {
      out()
          .println(
              project.id()
                  + "  项目"
                  + project.number()
                  + " "
                  + project.title()
                  + "  ("
                  + Text.headingPath(project.headingPath())
                  + project.followsMeasure().map(n -> ", after measure " + n).orElse("")
                  + ")");
    }
  }
}
