package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
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
import io.github.ipplan.internal.Headings;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.Rules;
import io.github.ipplan.internal.Years;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads one plan document against a registry. Each instance reads one document once. */
final class PlanReader {
  private static final ImmutableSet<String> PLAN_REQUIRED =
      ImmutableSet.of("id", "title", "issuer", "issued", "status", "period");
  private static final ImmutableSet<String> PLAN_OPTIONAL =
      ImmutableSet.of(
          "document-number",
          "published",
          "source",
          "addressees",
          "notice",
          "document-title",
          "preamble",
          "lead-rule",
          "notes",
          "measures",
          "parts",
          "chapters",
          "indicators");
  private static final ImmutableSet<String> NOTICE_REQUIRED =
      ImmutableSet.of("paragraphs", "signatory");
  private static final ImmutableSet<String> NOTICE_OPTIONAL =
      ImmutableSet.of("title", "publication-line", "attachments-heading", "attachments", "seal");
  private static final ImmutableSet<String> TABLE_KEYS = ImmutableSet.of("title", "columns");
  private static final ImmutableSet<String> PERIOD_KEYS = ImmutableSet.of("from", "to");
  private static final ImmutableSet<String> HEADING_REQUIRED = ImmutableSet.of("numeral", "title");
  private static final ImmutableSet<String> TOP_HEADING_OPTIONAL =
      ImmutableSet.of("label", "paragraphs", "indicator-table", "measures", "sections");
  private static final ImmutableSet<String> SECTION_OPTIONAL =
      ImmutableSet.of("label", "paragraphs", "indicator-table", "measures", "projects");
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
  static final ImmutableMap<String, PlanStatus> STATUSES = Words.of(PlanStatus.values());
  static final ImmutableMap<String, Assignment> ASSIGNMENTS = Words.of(Assignment.values());

  private final Registry registry;

  /** Where errors are collected when checking a file, or null when reading stops at the first. */
  private final List<PlanLoadException> errors;

  private final int limit;
  private final List<Measure> measures = new ArrayList<>();
  private final List<Project> projects = new ArrayList<>();

  /** The node of each project's number, in document order. */
  private final List<YamlNode> projectNumbers = new ArrayList<>();

  /** The node of each project's follows-measure, where it has one, in document order. */
  private final List<Optional<YamlNode>> projectFollows = new ArrayList<>();

  private final List<YamlNode> addresseeNodes = new ArrayList<>();
  private IndicatorTable indicatorTable;
  private YamlNode indicatorTableNode;

  /** The node of each measure's number, in document order. */
  private final List<YamlNode> measureNumbers = new ArrayList<>();

  private String planId = "";

  private PlanReader(Registry registry, List<PlanLoadException> errors, int limit) {
    this.registry = registry;
    this.errors = errors;
    this.limit = limit;
  }

  /** Ends a check that has found as many errors as it may report. */
  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads a plan document.
   *
   * @param planIds the ids of plans read before this one, with where each was given; this plan's id
   *     is added, and must not be among them
   */
  static Plan read(YamlNode root, Registry registry, Map<String, YamlNode> planIds) {
    return new PlanReader(registry, null, 0).plan(root, planIds);
  }

  /**
   * Checks a plan document and returns its errors, up to {@code limit} of them, in document order;
   * empty if it is a valid plan. Each measure, project, indicator and heading is checked on its
   * own, so an error in one does not hide an error in the next; the rules of the plan as a whole
   * (distinct numbers, for one) are checked once every entry is valid.
   */
  static List<PlanLoadException> check(YamlNode root, Registry registry, int limit) {
    List<PlanLoadException> errors = new ArrayList<>();
    try {
      new PlanReader(registry, errors, limit).plan(root, new HashMap<>());
    } catch (PlanLoadException e) {
      errors.add(e);
    } catch (Enough e) {
      // as many as may be reported
    }
    return errors;
  }

  /** Runs one independent step of reading; when checking, records its error and goes on. */
  private void recover(Runnable step) {
    if (errors == null) {
      step.run();
      return;
    }
    try {
      step.run();
    } catch (PlanLoadException e) {
      errors.add(e);
      if (errors.size() >= limit) {
        throw new Enough();
      }
    }
  }

  private Plan plan(YamlNode root, Map<String, YamlNode> planIds) {
    YamlNode.Mapping map = root.mapping(PLAN_REQUIRED, PLAN_OPTIONAL);
    YamlNode idNode = map.get("id");
    planId = idNode.text();
    YamlNode other = planIds.putIfAbsent(planId, idNode);
    if (other != null) {
      throw idNode.error(
          "plan id " + Quote.of(planId) + " is already used", "by " + other.location());
    }
    YamlNode.Mapping period = map.get("period").mapping(PERIOD_KEYS, ImmutableSet.of());
    Plan.Builder plan =
        Plan.builder()
            .id(planId)
            .title(map.get("title").text())
            .issuer(registry.resolve(map.get("issuer")))
            .issued(date(map.get("issued"), "The issue date"))
            .status(map.get("status").oneOf(STATUSES))
            .firstYear(year(period.get("from"), "The first year of the plan"))
            .lastYear(year(period.get("to"), "The last year of the plan"));
    plan.documentNumber(map.text("document-number"));
    Optional<YamlNode> published = map.optional("published");
    if (published.isPresent()) {
      plan.published(date(published.get(), "The publication date"));
    }
    Optional<YamlNode> source = map.optional("source");
    if (source.isPresent()) {
      plan.source(uri(source.get()));
    }
    plan.leadRule(map.text("lead-rule"));
    plan.notes(map.texts("notes"));
    Optional<YamlNode> addressees = map.optional("addressees");
    if (addressees.isPresent()) {
      addresseeNodes.addAll(addressees.get().list());
      plan.addressees(agencies(addressees.get()));
    }
    Optional<YamlNode> notice = map.optional("notice");
    if (notice.isPresent()) {
      plan.notice(notice(notice.get()));
    }
    plan.documentTitle(map.text("document-title"));
    plan.preamble(map.texts("preamble"));

    measures(map.optional("measures"), ImmutableList.of());
    Optional<YamlNode> parts = map.optional("parts");
    Optional<YamlNode> chapters = map.optional("chapters");
    if (parts.isPresent() && chapters.isPresent()) {
      throw chapters.get().error("a plan has parts or chapters, not both");
    }
    if (parts.isPresent()) {
      plan.outline(topHeadings(parts.get(), HeadingKind.PART));
    }
    if (chapters.isPresent()) {
      plan.outline(topHeadings(chapters.get(), HeadingKind.CHAPTER));
    }
    plan.measures(measures).projects(projects);
    if (indicatorTable != null) {
      plan.indicatorTable(indicatorTable);
    }
    Optional<YamlNode> indicators = map.optional("indicators");
    if (indicators.isPresent()) {
      plan.indicators(indicators(indicators.get()));
    }
    if (errors != null && !errors.isEmpty()) {
      return null; // the entries in error are left out, so the plan as a whole is not checked
    }
    try {
      return plan.build();
    } catch (IllegalStateException e) {
      throw locate(e, root);
    }
  }

  /**
   * Points at the entry that broke a rule of the plan as a whole: the domain refuses the plan, and
   * the same rules, applied to the entries in document order, find where.
   */
  private PlanLoadException locate(IllegalStateException refusal, YamlNode root) {
    String problem = Words.sentence(refusal.getMessage());
    List<String> ids = new ArrayList<>();
    for (YamlNode node : addresseeNodes) {
      ids.add(registry.resolve(node).id());
    }
    int addressee = Rules.firstRepeat(ids);
    if (addressee >= 0) {
      return addresseeNodes
          .get(addressee)
          .error(
              problem,
              "first named at " + addresseeNodes.get(ids.indexOf(ids.get(addressee))).path());
    }
    List<Integer> numbers = measures.stream().map(Measure::number).toList();
    int measure = Rules.firstRepeat(numbers);
    if (measure >= 0) {
      return measureNumbers
          .get(measure)
          .error(
              problem,
              "first used at " + measureNumbers.get(numbers.indexOf(numbers.get(measure))).path());
    }
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      Project project = projects.get(i);
      if (seen.contains(project.number())) {
        return projectNumbers
            .get(i)
            .error(
                problem,
                "first used at " + projectNumbers.get(seen.indexOf(project.number())).path());
      }
      seen.add(project.number());
      Optional<Integer> follows = project.followsMeasure();
      if (follows.isPresent()
          && measures.stream()
              .noneMatch(
                  candidate ->
                      candidate.number() == follows.get()
                          && candidate.headingPath().equals(project.headingPath()))) {
        return projectFollows.get(i).orElseThrow().error(problem);
      }
    }
    return root.error(problem);
  }

  private ImmutableList<Heading> topHeadings(YamlNode list, HeadingKind kind) {
    List<Heading> headings = new ArrayList<>();
    for (YamlNode node : list.list()) {
      recover(() -> topHeading(node, kind, headings));
    }
    return ImmutableList.copyOf(headings);
  }

  private void topHeading(YamlNode node, HeadingKind kind, List<Heading> headings) {
    YamlNode.Mapping map = node.mapping(HEADING_REQUIRED, TOP_HEADING_OPTIONAL);
    List<YamlNode.Mapping> sectionMaps = new ArrayList<>();
    List<Heading> sections = new ArrayList<>();
    for (YamlNode sectionNode :
        map.optional("sections").map(YamlNode::list).orElse(ImmutableList.of())) {
      YamlNode.Mapping section = sectionNode.mapping(HEADING_REQUIRED, SECTION_OPTIONAL);
      sectionMaps.add(section);
      sections.add(heading(section, HeadingKind.SECTION, List.of(), sectionNode));
      build(sectionNode, () -> numerals(sections, "in this part or chapter"));
    }
    Heading heading = heading(map, kind, sections, node);
    headings.add(heading);
    build(node, () -> numerals(headings, "at the top of the outline"));
    indicatorTable(map, ImmutableList.of(heading));
    measures(map.optional("measures"), ImmutableList.of(heading));
    for (int i = 0; i < sections.size(); i++) {
      ImmutableList<Heading> path = ImmutableList.of(heading, sections.get(i));
      indicatorTable(sectionMaps.get(i), path);
      measures(sectionMaps.get(i).optional("measures"), path);
      Optional<YamlNode> projects = sectionMaps.get(i).optional("projects");
      if (projects.isPresent()) {
        projects(projects.get(), path);
      }
    }
  }

  /** Applies the domain's rule that headings under one parent have distinct numerals. */
  private static List<Heading> numerals(List<Heading> headings, String where) {
    Headings.checkNumerals(headings, where);
    return headings;
  }

  /** Reads a year, within the range of years the domain accepts. */
  private static int year(YamlNode node, String what) {
    int year = node.integer();
    return build(
        node,
        () -> {
          Years.check(year, what);
          return year;
        });
  }

  /** Reads a date whose year is within the range of years the domain accepts. */
  private static LocalDate date(YamlNode node, String what) {
    LocalDate date = node.date();
    return build(
        node,
        () -> {
          Years.check(date.getYear(), what);
          return date;
        });
  }

  private static Heading heading(
      YamlNode.Mapping map, HeadingKind kind, List<Heading> subheadings, YamlNode node) {
    Heading.Builder heading =
        Heading.builder()
            .kind(kind)
            .numeral(map.get("numeral").text())
            .title(map.get("title").text())
            .subheadings(subheadings);
    heading.label(map.text("label"));
    heading.paragraphs(map.texts("paragraphs"));
    return build(node, heading::build);
  }

  /** Reads a heading's indicator table, which places the plan's indicators under it. */
  private void indicatorTable(YamlNode.Mapping heading, ImmutableList<Heading> path) {
    Optional<YamlNode> node = heading.optional("indicator-table");
    if (node.isEmpty()) {
      return;
    }
    if (indicatorTable != null) {
      throw node.get()
          .error("a plan has one indicator table", "the first is at " + indicatorTableNode.path());
    }
    YamlNode.Mapping table = node.get().mapping(TABLE_KEYS, ImmutableSet.of());
    indicatorTableNode = node.get();
    indicatorTable =
        build(
            node.get(),
            IndicatorTable.builder()
                    .title(table.get("title").text())
                    .columns(table.get("columns").texts())
                    .headingPath(path)
                ::build);
  }

  private static Notice notice(YamlNode node) {
    YamlNode.Mapping map = node.mapping(NOTICE_REQUIRED, NOTICE_OPTIONAL);
    Notice.Builder notice =
        Notice.builder()
            .paragraphs(map.get("paragraphs").texts())
            .signatory(map.get("signatory").text());
    notice.title(map.text("title"));
    notice.publicationLine(map.text("publication-line"));
    notice.attachmentsHeading(map.text("attachments-heading"));
    notice.attachments(map.texts("attachments"));
    notice.seal(map.text("seal"));
    return build(node, notice::build);
  }

  private void measures(Optional<YamlNode> list, ImmutableList<Heading> path) {
    if (list.isPresent()) {
      for (YamlNode node : list.get().list()) {
        recover(() -> measures.add(measure(node, path)));
      }
    }
  }

  private Measure measure(YamlNode node, ImmutableList<Heading> path) {
    YamlNode.Mapping map = node.mapping(MEASURE_REQUIRED, MEASURE_OPTIONAL);
    measureNumbers.add(map.get("number"));
    int number = map.get("number").integer();
    Measure.Builder measure =
        Measure.builder()
            .planId(planId)
            .number(number)
            .headingPath(path)
            .text(map.get("text").text());
    measure.label(map.text("label"));
    measure.title(map.text("title"));
    measure.notes(map.texts("notes"));
    Optional<YamlNode> responsible = map.optional("responsible");
    Optional<YamlNode> assignment = map.optional("assignment");
    Optional<YamlNode> openEnded = map.optional("open-ended");
    if (openEnded.isPresent() && responsible.isEmpty()) {
      throw openEnded.get().error("open-ended is given but no responsible bodies");
    }
    if (openEnded.isPresent()) {
      measure.openEnded(openEnded.get().bool());
    }
    if (responsible.isPresent()) {
      ImmutableList<Agency> bodies = agencies(responsible.get());
      if (bodies.isEmpty()) {
        throw responsible
            .get()
            .error(
                "a measure's list of responsible bodies must not be empty",
                "leave out the key if the measure names no body");
      }
      try {
        measure.responsible(bodies, responsible.get().texts());
      } catch (IllegalArgumentException e) {
        // The domain refuses a body named twice; the same rule finds the second naming.
        List<YamlNode> items = responsible.get().list();
        List<String> ids = bodies.stream().map(Agency::id).toList();
        int repeat = Rules.firstRepeat(ids);
        throw repeat < 0
            ? responsible.get().error(Words.sentence(e.getMessage()))
            : items
                .get(repeat)
                .error(
                    Words.sentence(e.getMessage()),
                    "first named at " + items.get(ids.indexOf(ids.get(repeat))).path());
      }
      measure.assignment(
          assignment.isPresent() ? assignment.get().oneOf(ASSIGNMENTS) : Assignment.JOINT);
    } else if (assignment.isPresent()) {
      throw assignment.get().error("an assignment is given but no responsible bodies");
    }
    return build(node, measure::build);
  }

  private void projects(YamlNode list, ImmutableList<Heading> path) {
    for (YamlNode node : list.list()) {
      recover(() -> project(node, path));
    }
  }

  private void project(YamlNode node, ImmutableList<Heading> path) {
    YamlNode.Mapping map = node.mapping(PROJECT_REQUIRED, PROJECT_OPTIONAL);
    projectNumbers.add(map.get("number"));
    int number = map.get("number").integer();
    Project.Builder project =
        Project.builder()
            .planId(planId)
            .number(number)
            .title(map.get("title").text())
            .paragraphs(map.get("paragraphs").texts())
            .headingPath(path);
    project.notes(map.texts("notes"));
    Optional<YamlNode> follows = map.optional("follows-measure");
    projectFollows.add(follows);
    if (follows.isPresent()) {
      project.followsMeasure(follows.get().integer());
    }
    projects.add(build(node, project::build));
  }

  private ImmutableList<Indicator> indicators(YamlNode list) {
    ImmutableList.Builder<Indicator> indicators = ImmutableList.builder();
    List<YamlNode> nodes = list.list();
    for (int i = 0; i < nodes.size(); i++) {
      YamlNode node = nodes.get(i);
      int row = i + 1;
      recover(() -> indicators.add(indicator(node, row)));
    }
    return indicators.build();
  }

  private Indicator indicator(YamlNode node, int row) {
    YamlNode.Mapping map = node.mapping(INDICATOR_REQUIRED, INDICATOR_OPTIONAL);
    Indicator.Builder indicator =
        Indicator.builder()
            .planId(planId)
            .row(row)
            .name(map.get("name").text())
            .target(map.get("target").decimal())
            .unit(map.get("unit").text())
            .targetYear(year(map.get("year"), "The target"))
            .kind(map.get("kind").oneOf(INDICATOR_KINDS))
            .nature(map.get("nature").oneOf(NATURES));
    indicator.cell(map.text("cell"));
    Optional<YamlNode> source = map.optional("source");
    if (source.isPresent()) {
      indicator.source(registry.resolve(source.get())).sourceName(source.get().text());
    }
    Optional<YamlNode> bound = map.optional("bound");
    if (bound.isPresent()) {
      indicator.bound(bound.get().oneOf(BOUNDS));
    }
    indicator.boundEvidence(map.text("bound-evidence"));
    indicator.notes(map.texts("notes"));
    Optional<YamlNode> baselineNode = map.optional("baseline");
    if (baselineNode.isPresent()) {
      YamlNode.Mapping baseline = baselineNode.get().mapping(BASELINE_KEYS, ImmutableSet.of());
      indicator.baseline(
          build(
              baselineNode.get(),
              Baseline.builder()
                      .value(baseline.get("value").decimal())
                      .year(year(baseline.get("year"), "The baseline"))
                      .evidence(baseline.get("evidence").text())
                  ::build));
    }
    return build(node, indicator::build);
  }

  /** Builds a value, turning a broken invariant into an error at the node it was read from. */
  private static <T> T build(YamlNode node, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalStateException e) {
      throw node.error(Words.sentence(e.getMessage()));
    }
  }

  /** Resolves a list of body names, in order. */
  private ImmutableList<Agency> agencies(YamlNode list) {
    ImmutableList.Builder<Agency> agencies = ImmutableList.builder();
    for (YamlNode node : list.list()) {
      agencies.add(registry.resolve(node));
    }
    return agencies.build();
  }

  private static URI uri(YamlNode node) {
    String text = node.text();
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw node.error("invalid address " + Quote.of(text) + ": " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw node.error(
          "expected an http or https address but found " + Quote.of(text),
          "a plan's source is the web page it was published on");
    }
    return uri;
  }
}
