package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PlanKeys.ASSIGNMENT;
import static io.github.ipplan.yaml.PlanKeys.BASELINE;
import static io.github.ipplan.yaml.PlanKeys.BOUND;
import static io.github.ipplan.yaml.PlanKeys.BOUND_EVIDENCE;
import static io.github.ipplan.yaml.PlanKeys.CELL;
import static io.github.ipplan.yaml.PlanKeys.EVIDENCE;
import static io.github.ipplan.yaml.PlanKeys.FOLLOWS_MEASURE;
import static io.github.ipplan.yaml.PlanKeys.KIND;
import static io.github.ipplan.yaml.PlanKeys.LABEL;
import static io.github.ipplan.yaml.PlanKeys.NAME;
import static io.github.ipplan.yaml.PlanKeys.NATURE;
import static io.github.ipplan.yaml.PlanKeys.NOTES;
import static io.github.ipplan.yaml.PlanKeys.NUMBER;
import static io.github.ipplan.yaml.PlanKeys.OPEN_ENDED;
import static io.github.ipplan.yaml.PlanKeys.PARAGRAPHS;
import static io.github.ipplan.yaml.PlanKeys.RESPONSIBLE;
import static io.github.ipplan.yaml.PlanKeys.SOURCE;
import static io.github.ipplan.yaml.PlanKeys.TARGET;
import static io.github.ipplan.yaml.PlanKeys.TEXT;
import static io.github.ipplan.yaml.PlanKeys.TITLE;
import static io.github.ipplan.yaml.PlanKeys.UNIT;
import static io.github.ipplan.yaml.PlanKeys.VALUE;
import static io.github.ipplan.yaml.PlanKeys.YEAR;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.ipplan.Agency;
import io.github.ipplan.Assignment;
import io.github.ipplan.Baseline;
import io.github.ipplan.Heading;
import io.github.ipplan.Indicator;
import io.github.ipplan.IndicatorKind;
import io.github.ipplan.IndicatorNature;
import io.github.ipplan.Measure;
import io.github.ipplan.PlanRuleException;
import io.github.ipplan.Project;
import io.github.ipplan.TargetBound;
import io.github.ipplan.internal.Years;
import io.github.ipplan.yaml.PlanKeys.Shape;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the entries of one plan document, its measures, projects and indicators, each on its own
 * and each of its values on its own, recording every error in the document's {@link Problems}.
 * Keeps where each measure's and project's number was given, to point at the entry a rule of the
 * plan as a whole refuses.
 */
final class EntryReader {
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
    YamlNode.Mapping map = node.mapping(Shape.MEASURE, problems::add);
    Measure.Builder measure = Measure.builder().planId(planId).headingPath(path);
    Optional<YamlNode> responsible = map.optional(RESPONSIBLE);
    Optional<YamlNode> assignment = map.optional(ASSIGNMENT);
    Optional<YamlNode> openEnded = map.optional(OPEN_ENDED);
    Runnable steps =
        () -> {
          problems.recover(() -> measure.number(map.get(NUMBER).integer()));
          problems.recover(() -> measure.text(map.get(TEXT).text()));
          problems.recover(() -> measure.label(map.text(LABEL)));
          problems.recover(() -> measure.title(map.text(TITLE)));
          problems.recover(() -> measure.notes(map.texts(NOTES)));
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
    measureNumbers.add(map.get(NUMBER));
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
      // The domain refuses a body named twice, and says which naming repeats which.
      List<YamlNode> items = list.list();
      throw e.getCause() instanceof PlanRuleException refusal
          ? items
              .get(refusal.index())
              .error(
                  Words.sentence(e.getMessage()),
                  "first named at " + items.get(refusal.earlier().orElseThrow()).path())
          : list.error(Words.sentence(e.getMessage()));
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
    YamlNode.Mapping map = node.mapping(Shape.PROJECT, problems::add);
    Project.Builder project = Project.builder().planId(planId).headingPath(path);
    Optional<YamlNode> follows = map.optional(FOLLOWS_MEASURE);
    Runnable steps =
        () -> {
          problems.recover(() -> project.number(map.get(NUMBER).integer()));
          problems.recover(() -> project.title(map.get(TITLE).text()));
          problems.recover(() -> project.paragraphs(map.get(PARAGRAPHS).texts()));
          problems.recover(() -> project.notes(map.texts(NOTES)));
          follows.ifPresent(
              value -> problems.recover(() -> project.followsMeasure(value.integer())));
        };
    projects.add(problems.all(steps, () -> build(node, project::build)));
    projectNumbers.add(map.get(NUMBER));
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
    YamlNode.Mapping map = node.mapping(Shape.INDICATOR, problems::add);
    Indicator.Builder indicator = Indicator.builder().planId(planId).row(row);
    Runnable steps =
        () -> {
          problems.recover(() -> indicator.name(map.get(NAME).text()));
          problems.recover(() -> indicator.target(map.get(TARGET).decimal()));
          problems.recover(() -> indicator.unit(map.get(UNIT).text()));
          problems.recover(() -> indicator.targetYear(year(map.get(YEAR), "The target")));
          problems.recover(() -> indicator.kind(map.get(KIND).oneOf(INDICATOR_KINDS)));
          problems.recover(() -> indicator.nature(map.get(NATURE).oneOf(NATURES)));
          problems.recover(() -> indicator.cell(map.text(CELL)));
          map.optional(SOURCE)
              .ifPresent(
                  source ->
                      problems.recover(
                          () ->
                              indicator
                                  .source(registry.resolve(source))
                                  .sourceName(source.text())));
          map.optional(BOUND)
              .ifPresent(bound -> problems.recover(() -> indicator.bound(bound.oneOf(BOUNDS))));
          problems.recover(() -> indicator.boundEvidence(map.text(BOUND_EVIDENCE)));
          problems.recover(() -> indicator.notes(map.texts(NOTES)));
          map.optional(BASELINE)
              .ifPresent(
                  baseline -> problems.recover(() -> indicator.baseline(baseline(baseline))));
        };
    return problems.all(steps, () -> build(node, indicator::build));
  }

  private Baseline baseline(YamlNode node) {
    YamlNode.Mapping map = node.mapping(Shape.BASELINE, problems::add);
    Baseline.Builder baseline = Baseline.builder();
    Runnable steps =
        () -> {
          problems.recover(() -> baseline.value(map.get(VALUE).decimal()));
          problems.recover(() -> baseline.year(year(map.get(YEAR), "The baseline")));
          problems.recover(() -> baseline.evidence(map.get(EVIDENCE).text()));
        };
    return problems.all(steps, () -> build(node, baseline::build));
  }

  /**
   * Points at the measure or project a rule of the plan as a whole refused, where the refusal names
   * one by a value this reader kept the place of: its number, used before, or the measure it
   * follows.
   */
  Optional<PlanLoadException> locate(PlanRuleException refusal, String problem) {
    String field = refusal.field().orElse("");
    List<YamlNode> numbers =
        switch (refusal.element()) {
          case MEASURE -> measureNumbers;
          case PROJECT -> projectNumbers;
          default -> List.of();
        };
    if (numbers.isEmpty()) {
      return Optional.empty();
    }
    if (field.equals("number")) {
      YamlNode first = numbers.get(refusal.earlier().orElseThrow());
      return Optional.of(
          numbers.get(refusal.index()).error(problem, "first used at " + first.path()));
    }
    if (field.equals("followsMeasure")) {
      return Optional.of(projectFollows.get(refusal.index()).orElseThrow().error(problem));
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
