package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.ipplan.Agency;
import io.github.ipplan.Assignment;
import io.github.ipplan.Baseline;
import io.github.ipplan.Heading;
import io.github.ipplan.Indicator;
import io.github.ipplan.IndicatorKind;
import io.github.ipplan.IndicatorNature;
import io.github.ipplan.Measure;
import io.github.ipplan.Project;
import io.github.ipplan.TargetBound;
import io.github.ipplan.internal.Rules;
import io.github.ipplan.internal.Years;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the entries of one plan document, its measures, projects and indicators, each on its own
 * and each of its values on its own, recording every error in the document's {@link Problems}.
 * Keeps where each measure's and project's number was given, to point at the entry that breaks a
 * rule of the plan as a whole.
 */
final class EntryReader {
  private static final ImmutableSet<String> MEASURE_REQUIRED = ImmutableSet.of("number", "text");
  private static final ImmutableSet<String> MEASURE_OPTIONAL =
      ImmutableSet.of("label", "title", "responsible", "open-ended", "assignment", "notes");
  private static final ImmutableSet<String> PROJECT_REQUIRED =
      ImmutableSet.of("number", "title", "paragraphs");
  private static final ImmutableSet<String> PROJECT_OPTIONAL =
      ImmutableSet.of("follows-measure", "notes");
  private static final ImmutableSet<String> INDICATOR_REQUIRED =
      ImmutableSet.of("name", "target", "unit", "year", "kind", "nature");
  private static final ImmutableSet<String> INDICATOR_OPTIONAL =
      ImmutableSet.of("cell", "source", "bound", "bound-evidence", "baseline", "notes");
  private static final ImmutableSet<String> BASELINE_KEYS =
      ImmutableSet.of("value", "year", "evidence");
  static final ImmutableMap<String, IndicatorKind> INDICATOR_KINDS =
      Words.of(IndicatorKind.values());
  static final ImmutableMap<String, TargetBound> BOUNDS = Words.of(TargetBound.values());
  static final ImmutableMap<String, IndicatorNature> NATURES = Words.of(IndicatorNature.values());
  static final ImmutableMap<String, Assignment> ASSIGNMENTS = Words.of(Assignment.values());

  private final Registry registry;
  private final Problems problems;
  private final String planId;
  private final List<Measure> measures = new ArrayList<>();
  private final List<Project> projects = new ArrayList<>();

  /** The node of each measure's number, in the order of {@link #measures}. */
  private final List<YamlNode> measureNumbers = new ArrayList<>();

  /** The node of each project's number, in the order of {@link #projects}. */
  private final List<YamlNode> projectNumbers = new ArrayList<>();

  /** The node of each project's follows-measure, where it has one, in the order of projects. */
  private final List<Optional<YamlNode>> projectFollows = new ArrayList<>();

  EntryReader(Registry registry, Problems problems, String planId) {
    this.registry = registry;
    this.problems = problems;
    this.planId = planId;
  }

  /** The measures read without error, in document order. */
  List<Measure> measures() {
    return measures;
  }

  /** The projects read without error, in document order. */
  List<Project> projects() {
    return projects;
  }

  /** Reads a list of measures under the given headings, each on its own. */
  void measures(YamlNode list, ImmutableList<Heading> path) {
    for (YamlNode node : list.list()) {
      problems.recover(() -> measure(node, path));
    }
  }

  private void measure(YamlNode node, ImmutableList<Heading> path) {
    YamlNode.Mapping map = node.mapping(MEASURE_REQUIRED, MEASURE_OPTIONAL, problems::add);
    Measure.Builder measure = Measure.builder().planId(planId).headingPath(path);
    Optional<YamlNode> responsible = map.optional("responsible");
    Optional<YamlNode> assignment = map.optional("assignment");
    Optional<YamlNode> openEnded = map.optional("open-ended");
    Runnable steps =
        () -> {
          problems.recover(() -> measure.number(map.get("number").integer()));
          problems.recover(() -> measure.text(map.get("text").text()));
          problems.recover(() -> measure.label(map.text("label")));
          problems.recover(() -> measure.title(map.text("title")));
          problems.recover(() -> measure.notes(map.texts("notes")));
          openEnded.ifPresent(
              value ->
                  problems.recover(
                      () -> {
                        if (responsible.isEmpty()) {
                          throw value.error("open-ended is given but no responsible bodies");
                        }
                        measure.openEnded(value.bool());
                      }));
          if (responsible.isPresent()) {
            problems.recover(() -> responsible(responsible.get(), measure));
            problems.recover(
                () ->
                    measure.assignment(
                        assignment.isPresent()
                            ? assignment.get().oneOf(ASSIGNMENTS)
                            : Assignment.JOINT));
          } else if (assignment.isPresent()) {
            problems.add(
                assignment.get().error("an assignment is given but no responsible bodies"));
          }
        };
    measures.add(problems.all(steps, () -> build(node, measure::build)));
    measureNumbers.add(map.get("number"));
  }

  /** Reads a measure's responsible bodies: none unknown, none named twice, at least one. */
  private void responsible(YamlNode list, Measure.Builder measure) {
    ImmutableList<Agency> bodies = agencies(list);
    if (bodies.isEmpty()) {
      throw list.error(
          "a measure's list of responsible bodies must not be empty",
          "leave out the key if the measure names no body");
    }
    try {
      measure.responsible(bodies, list.texts());
    } catch (IllegalArgumentException e) {
      // The domain refuses a body named twice; the same rule finds the second naming.
      List<YamlNode> items = list.list();
      List<String> ids = bodies.stream().map(Agency::id).toList();
      int repeat = Rules.firstRepeat(ids);
      throw repeat < 0
          ? list.error(Words.sentence(e.getMessage()))
          : items
              .get(repeat)
              .error(
                  Words.sentence(e.getMessage()),
                  "first named at " + items.get(ids.indexOf(ids.get(repeat))).path());
    }
  }

  /**
   * Resolves a list of body names, in order, each on its own.
   *
   * @throws Problems.Recorded if a name finds no body, its error recorded
   */
  ImmutableList<Agency> agencies(YamlNode list) {
    List<YamlNode> items = list.list();
    List<Agency> agencies = new ArrayList<>(items.size());
    return problems.all(
        () -> items.forEach(item -> problems.recover(() -> agencies.add(registry.resolve(item)))),
        () -> ImmutableList.copyOf(agencies));
  }

  /** Reads a list of projects under the given headings, each on its own. */
  void projects(YamlNode list, ImmutableList<Heading> path) {
    for (YamlNode node : list.list()) {
      problems.recover(() -> project(node, path));
    }
  }

  private void project(YamlNode node, ImmutableList<Heading> path) {
    YamlNode.Mapping map = node.mapping(PROJECT_REQUIRED, PROJECT_OPTIONAL, problems::add);
    Project.Builder project = Project.builder().planId(planId).headingPath(path);
    Optional<YamlNode> follows = map.optional("follows-measure");
    Runnable steps =
        () -> {
          problems.recover(() -> project.number(map.get("number").integer()));
          problems.recover(() -> project.title(map.get("title").text()));
          problems.recover(() -> project.paragraphs(map.get("paragraphs").texts()));
          problems.recover(() -> project.notes(map.texts("notes")));
          follows.ifPresent(
              value -> problems.recover(() -> project.followsMeasure(value.integer())));
        };
    projects.add(problems.all(steps, () -> build(node, project::build)));
    projectNumbers.add(map.get("number"));
    projectFollows.add(follows);
  }

  /** Reads the plan's list of indicators, each on its own, numbering their rows from 1. */
  ImmutableList<Indicator> indicators(YamlNode list) {
    ImmutableList.Builder<Indicator> indicators = ImmutableList.builder();
    List<YamlNode> nodes = list.list();
    for (int i = 0; i < nodes.size(); i++) {
      YamlNode node = nodes.get(i);
      int row = i + 1;
      problems.recover(() -> indicators.add(indicator(node, row)));
    }
    return indicators.build();
  }

  private Indicator indicator(YamlNode node, int row) {
    YamlNode.Mapping map = node.mapping(INDICATOR_REQUIRED, INDICATOR_OPTIONAL, problems::add);
    Indicator.Builder indicator = Indicator.builder().planId(planId).row(row);
    Runnable steps =
        () -> {
          problems.recover(() -> indicator.name(map.get("name").text()));
          problems.recover(() -> indicator.target(map.get("target").decimal()));
          problems.recover(() -> indicator.unit(map.get("unit").text()));
          problems.recover(() -> indicator.targetYear(year(map.get("year"), "The target")));
          problems.recover(() -> indicator.kind(map.get("kind").oneOf(INDICATOR_KINDS)));
          problems.recover(() -> indicator.nature(map.get("nature").oneOf(NATURES)));
          problems.recover(() -> indicator.cell(map.text("cell")));
          map.optional("source")
              .ifPresent(
                  source ->
                      problems.recover(
                          () ->
                              indicator
                                  .source(registry.resolve(source))
                                  .sourceName(source.text())));
          map.optional("bound")
              .ifPresent(bound -> problems.recover(() -> indicator.bound(bound.oneOf(BOUNDS))));
          problems.recover(() -> indicator.boundEvidence(map.text("bound-evidence")));
          problems.recover(() -> indicator.notes(map.texts("notes")));
          map.optional("baseline")
              .ifPresent(
                  baseline -> problems.recover(() -> indicator.baseline(baseline(baseline))));
        };
    return problems.all(steps, () -> build(node, indicator::build));
  }

  private Baseline baseline(YamlNode node) {
    YamlNode.Mapping map = node.mapping(BASELINE_KEYS, ImmutableSet.of(), problems::add);
    Baseline.Builder baseline = Baseline.builder();
    Runnable steps =
        () -> {
          problems.recover(() -> baseline.value(map.get("value").decimal()));
          problems.recover(() -> baseline.year(year(map.get("year"), "The baseline")));
          problems.recover(() -> baseline.evidence(map.get("evidence").text()));
        };
    return problems.all(steps, () -> build(node, baseline::build));
  }

  /**
   * Points at the measure or project that breaks a rule of the plan as a whole, if one does: a
   * number used twice, or a project that follows a measure not under its headings.
   */
  Optional<PlanLoadException> locate(String problem) {
    List<Integer> numbers = measures.stream().map(Measure::number).toList();
    int measure = Rules.firstRepeat(numbers);
    if (measure >= 0) {
      return Optional.of(
          measureNumbers
              .get(measure)
              .error(
                  problem,
                  "first used at "
                      + measureNumbers.get(numbers.indexOf(numbers.get(measure))).path()));
    }
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      Project project = projects.get(i);
      if (seen.contains(project.number())) {
        return Optional.of(
            projectNumbers
                .get(i)
                .error(
                    problem,
                    "first used at " + projectNumbers.get(seen.indexOf(project.number())).path()));
      }
      seen.add(project.number());
      Optional<Integer> follows = project.followsMeasure();
      if (follows.isPresent()
          && measures.stream()
              .noneMatch(
                  candidate ->
                      candidate.number() == follows.get()
                          && candidate.headingPath().equals(project.headingPath()))) {
        return Optional.of(projectFollows.get(i).orElseThrow().error(problem));
      }
    }
    return Optional.empty();
  }

  /** Reads a year, within the range of years the domain accepts. */
  static int year(YamlNode node, String what) {
    int year = node.integer();
    return build(
        node,
        () -> {
          Years.check(year, what);
          return year;
        });
  }

  /** Reads a date whose year is within the range of years the domain accepts. */
  static LocalDate date(YamlNode node, String what) {
    LocalDate date = node.date();
    return build(
        node,
        () -> {
          Years.check(date.getYear(), what);
          return date;
        });
  }

  /** Builds a value, turning a broken invariant into an error at the node it was read from. */
  static <T> T build(YamlNode node, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalStateException e) {
      throw node.error(Words.sentence(e.getMessage()));
    }
  }
}
