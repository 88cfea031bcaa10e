package io.github.ipplan.examples.cli;

import io.github.ipplan.Measure;
import io.github.ipplan.Project;
import io.github.ipplan.examples.Text;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code search}: the measures and projects whose text contains a text. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Measures and projects whose text contains the given text, exactly.")
final class SearchCommand extends Subcommand {
  @Parameters(paramLabel = "<text>", arity = "1..*", description = "The text to find, e.g. 展会.")
  List<String> words;

  @Mixin
  ListOptions scope;

  @Override
  void execute() {
    String text = String.join(" ", words);
    List<Measure> measures = within(scope, catalog().measuresContaining(text), Measure::planId);
    List<Project> projects = within(scope, catalog().projectsContaining(text), Project::planId);
    if (scope.output.json()) {
      printJson(Json.search(measures, projects));
      return;
    }
    out().println("'" + text + "' is in " + measures.size() + " measures and " + projects.size() + " projects.");
    for (Measure measure : measures) {
      out().println();
      Text.measure(out(), measure);
    }
    for (Project project : projects) {
      out().println();
      Text.project(out(), project);
    }
  }
}
