package io.github.ipplan.yaml.testing;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.Agency;
import io.github.ipplan.Assignment;
import io.github.ipplan.Baseline;
import io.github.ipplan.Heading;
import io.github.ipplan.HeadingKind;
import io.github.ipplan.Indicator;
import io.github.ipplan.IndicatorKind;
import io.github.ipplan.IndicatorNature;
import io.github.ipplan.IndicatorTable;
import io.github.ipplan.Measure;
import io.github.ipplan.Notice;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanStatus;
import io.github.ipplan.Project;
import io.github.ipplan.TargetBound;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Builds random but valid plans over a registry, from a seed, for round-trip properties (shared
 * with the JSON module's tests as part of ipplan-yaml's test jar).
 */
public final class RandomPlans {
  /** Strings YAML would misread if written plainly, and other awkward text. */
  private static final List<String> AWKWARD =
      List.of(
          "on",
          "yes",
          "No",
          "null",
          "~",
          "2021",
          "0x1F",
          "1_000",
          "1:30",
          "2021-12-27",
          ".inf",
          "-",
          "- a",
          "a: b",
          "a:b",
          "#c",
          "a #c",
          "&a",
          "*a",
          "!t",
          "!!str",
          "%x",
          "@x",
          "`x",
          "'q'",
          "\"q\"",
          " lead",
          "trail ",
          "a\nb",
          "a\tb",
          "[x]",
          "{x: y}",
          "? x",
          "| x",
          "> x",
          "---",
          "...",
          "\\",
          "“引号”",
          "（一）",
          "意見",
          "a\u00a0b",
          "x\u2028y",
          "\uFEFFx",
          "a\u200Bb",
          "\u3000x\u3000");

  private static final String ALPHABET =
      "知识产权局推进加强保护完善制度，。、；：“”《》（）() :#-'\"!&*%@`[]{}|>?,\\ abcXYZ0123456789";

  private final Random random;
  private final List<Agency> registry;

  private RandomPlans(long seed, List<Agency> registry) {
    this.random = new Random(seed);
    this.registry = registry;
  }

  /**
   * Returns a random valid plan over the registry; the same seed gives the same plan.
   *
   * @param seed the seed
   * @param registry the bodies the plan may name
   * @return the plan
   */
  public static Plan generate(long seed, List<Agency> registry) {
    return new RandomPlans(seed, registry).plan();
  }

  private Plan plan() {
    String id = "plan-" + random.nextInt(1000);
    HeadingKind kind = random.nextBoolean() ? HeadingKind.PART : HeadingKind.CHAPTER;
    List<Heading> outline = new ArrayList<>();
    List<Measure> measures = new ArrayList<>();
    List<Project> projects = new ArrayList<>();
    addMeasures(id, ImmutableList.of(), random.nextInt(3), measures);
    int tops = random.nextInt(4);
    Set<String> topNumerals = new HashSet<>();
    for (int t = 0; t < tops; t++) {
      List<Heading> sections = new ArrayList<>();
      int sectionCount = random.nextInt(4);
      Set<String> sectionNumerals = new HashSet<>();
      for (int s = 0; s < sectionCount; s++) {
        sections.add(heading(HeadingKind.SECTION, sectionNumerals).build());
      }
      Heading top = heading(kind, topNumerals).subheadings(sections).build();
      outline.add(top);
      addMeasures(id, ImmutableList.of(top), random.nextInt(3), measures);
      for (Heading section : sections) {
        ImmutableList<Heading> path = ImmutableList.of(top, section);
        List<Measure> added = addMeasures(id, path, random.nextInt(4), measures);
        if (!added.isEmpty() && random.nextBoolean()) {
          Project.Builder project =
              Project.builder()
                  .planId(id)
                  .number(projects.size() + 1)
                  .title(text())
                  .paragraphs(texts(1 + random.nextInt(3)))
                  .headingPath(path)
                  .notes(texts(random.nextInt(2)));
          if (random.nextBoolean()) {
            project.followsMeasure(added.get(random.nextInt(added.size())).number());
          }
          projects.add(project.build());
        }
      }
    }
    List<ImmutableList<Heading>> paths = new ArrayList<>();
    for (Heading top : outline) {
      paths.add(ImmutableList.of(top));
      top.subheadings().forEach(section -> paths.add(ImmutableList.of(top, section)));
    }
    List<Indicator> indicators = new ArrayList<>();
    int rows = random.nextInt(4);
    for (int row = 1; row <= rows; row++) {
      Indicator.Builder indicator =
          Indicator.builder()
              .planId(id)
              .row(row)
              .name(text())
              .target(BigDecimal.valueOf(random.nextInt(10_000_000), random.nextInt(4)))
              .unit(text())
              .targetYear(2000 + random.nextInt(50))
              .kind(pick(IndicatorKind.values()))
              .nature(pick(IndicatorNature.values()))
              .notes(texts(random.nextInt(2)));
      if (random.nextInt(4) == 0) {
        indicator.cell(text());
      }
      if (random.nextBoolean()) {
        Agency source = pick(registry);
        indicator.source(source).sourceName(pick(List.copyOf(source.names())));
      }
      if (random.nextBoolean()) {
        indicator.baseline(
            Baseline.builder()
                .value(BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3)))
                .year(2000 + random.nextInt(30))
                .evidence(text())
                .build());
      }
      if (random.nextBoolean()) {
        indicator.bound(pick(TargetBound.values())).boundEvidence(text());
      }
      indicators.add(indicator.build());
    }
    int first = 2000 + random.nextInt(30);
    Plan.Builder plan =
        Plan.builder()
            .id(id)
            .title(text())
            .issuer(pick(registry))
            .issued(LocalDate.ofEpochDay(random.nextInt(20_000)))
            .status(pick(PlanStatus.values()))
            .firstYear(first)
            .lastYear(first + random.nextInt(6))
            .addressees(distinct(random.nextInt(5)))
            .outline(outline)
            .measures(measures)
            .projects(projects)
            .indicators(indicators)
            .notes(texts(random.nextInt(3)));
    if (random.nextBoolean()) {
      plan.published(LocalDate.ofEpochDay(random.nextInt(20_000)));
    }
    if (!paths.isEmpty() && random.nextBoolean()) {
      plan.indicatorTable(
          IndicatorTable.builder()
              .title(text())
              .columns(texts(3))
              .headingPath(pick(paths))
              .build());
    }
    if (random.nextBoolean()) {
      Notice.Builder notice =
          Notice.builder().paragraphs(texts(1 + random.nextInt(2))).signatory(text());
      if (random.nextBoolean()) {
        notice.title(text()).publicationLine(text()).seal(text());
      }
      if (random.nextBoolean()) {
        notice.attachmentsHeading(text()).attachments(texts(1 + random.nextInt(2)));
      }
      plan.notice(notice.build());
    }
    if (random.nextBoolean()) {
      plan.documentTitle(text());
    }
    plan.preamble(texts(random.nextInt(2)));
    if (random.nextBoolean()) {
      plan.documentNumber(text());
    }
    if (random.nextBoolean()) {
      plan.leadRule(text());
    }
    if (random.nextBoolean()) {
      plan.source(URI.create("https://example.org/plans/" + random.nextInt(100) + "?a=b#c"));
    }
    return plan.build();
  }

  private List<Measure> addMeasures(
      String planId, ImmutableList<Heading> path, int count, List<Measure> measures) {
    List<Measure> added = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Agency> bodies = distinct(random.nextInt(5));
      Measure.Builder measure =
          Measure.builder()
              .planId(planId)
              .number(measures.size() + 1)
              .headingPath(path)
              .text(text())
              .responsible(
                  bodies, bodies.stream().map(body -> pick(List.copyOf(body.names()))).toList())
              .notes(texts(random.nextInt(3)));
      if (random.nextBoolean()) {
        measure.title(text());
      }
      if (random.nextInt(4) == 0) {
        measure.label(measures.size() + 1 + pick(List.of("．", " . ", ".", "、")));
      }
      if (!bodies.isEmpty()) {
        measure.assignment(pick(Assignment.values())).openEnded(random.nextBoolean());
      }
      Measure built = measure.build();
      measures.add(built);
      added.add(built);
    }
    return added;
  }

  /** A heading whose numeral differs from its siblings' (those in {@code numerals}). */
  private Heading.Builder heading(HeadingKind kind, Set<String> numerals) {
    String numeral = text();
    if (!numerals.add(numeral)) {
      numeral = numeral + numerals.size();
      numerals.add(numeral);
    }
    Heading.Builder heading =
        Heading.builder()
            .kind(kind)
            .numeral(numeral)
            .title(text())
            .paragraphs(texts(random.nextInt(3)));
    if (random.nextBoolean()) {
      heading.label(text());
    }
    return heading;
  }

  private List<Agency> distinct(int count) {
    List<Agency> shuffled = new ArrayList<>(registry);
    Collections.shuffle(shuffled, random);
    return shuffled.subList(0, count);
  }

  private List<String> texts(int count) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      texts.add(text());
    }
    return texts;
  }

  /** A non-blank string: an awkward one, or random characters from an awkward alphabet. */
  private String text() {
    if (random.nextInt(3) == 0) {
      return pick(AWKWARD);
    }
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(30);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString().isBlank() ? "x" + text : text.toString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
