package io.github.ipplan.examples.cli;

import io.github.ipplan.Project;
import io.github.ipplan.examples.Text;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code projects}: the flagship projects, one a line with where each sits. */
@Command(name = "projects", mixinStandardHelpOptions = true,
    description = "Flagship projects, with where each sits.")
final class ProjectsCommand extends Subcommand {
  @Parameters(paramLabel = "<plan>", arity = "0..1", description = "Only this plan.")
  String planId;

  @Mixin
  FormatOption output;

  @Override
  void execute() {
    List<Project> projects = planId == null ? catalog().projects() : plan(planId).projects();
    if (output.json()) {
      printJson(Json.projects(projects));
      return;
    }
    for (Project project : projects) {
      out().println(project.id() + "  项目" + project.number() + " " + project.title()
          + "  (" + Text.headingPath(project.headingPath())
          + project.followsMeasure().map(n -> ", after measure " + n).orElse("") + ")");
    }
  }
}
