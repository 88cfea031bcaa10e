package io.github.ipplan.cli.commands;

import io.github.ipplan.EnumWords;
import io.github.ipplan.Measure;
import io.github.ipplan.Project;
import io.github.ipplan.SearchHit;
import io.github.ipplan.cli.console.Counts;
import io.github.ipplan.cli.console.Text;
import io.github.ipplan.cli.export.Json;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code search}: every passage whose text contains all the given terms, compared the forgiving way
 * {@link io.github.ipplan.PlanCatalog#search(String)} compares them.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Measures, projects and every other passage (headings, paragraphs, indicators,"
          + " notice) that contain all the given terms.",
      "Full-width and half-width forms, white space, letter case and traditional and simplified"
          + " characters are alike: 意見 finds 意见, 31个省 finds 31 个省, tisc finds TISC."
    })
final class SearchCommand extends Subcommand {
  @Parameters(
      paramLabel = "<term>",
      arity = "1..*",
      description = "The terms to find, e.g. 展会, or 意见 保护.")
  List<String> words;

  @Mixin ListOptions scope;

  @Spec CommandSpec spec;

  @Override
  void execute() {
    String text = String.join(" ", words);
    List<SearchHit> hits;
    try {
      hits = within(scope, catalog().search(text), SearchHit::planId);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "search needs a term to look for, e.g. ipplan search 展会");
    }
    List<Measure> measures =
        hits.stream()
            .map(SearchHit::value)
            .filter(Measure.class::isInstance)
            .map(Measure.class::cast)
            .toList();
    List<Project> projects =
        hits.stream()
            .map(SearchHit::value)
            .filter(Project.class::isInstance)
            .map(Project.class::cast)
            .toList();
    List<SearchHit> others =
        hits.stream()
            .filter(hit -> !(hit.value() instanceof Measure || hit.value() instanceof Project))
            .toList();
    if (scope.output.json()) {
      printJson(Json.search(measures, projects, hits));
      return;
    }
    out()
        .println(
            "'"
                + text
                + "' is in "
                + Counts.of(measures.size(), "measure")
                + " and "
                + Counts.of(projects.size(), "project")
                + ".");
    if (!others.isEmpty()) {
      out().println("It is also in " + Counts.of(others.size(), "other passage") + ".");
    }
    for (Measure measure : measures) {
      out().println();
      Text.measure(out(), measure);
    }
    for (Project project : projects) {
      out().println();
      Text.project(out(), project);
    }
    for (SearchHit hit : others) {
      out().println();
      out().println(hit.id() + " (" + EnumWords.spaced(hit.kind()) + ")");
      hit.text().lines().forEach(line -> out().println("  " + line));
    }
  }
}
