package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PlanKeys.ADDRESSEES;
import static io.github.ipplan.yaml.PlanKeys.ATTACHMENTS;
import static io.github.ipplan.yaml.PlanKeys.ATTACHMENTS_HEADING;
import static io.github.ipplan.yaml.PlanKeys.CHAPTERS;
import static io.github.ipplan.yaml.PlanKeys.COLUMNS;
import static io.github.ipplan.yaml.PlanKeys.DOCUMENT_NUMBER;
import static io.github.ipplan.yaml.PlanKeys.DOCUMENT_TITLE;
import static io.github.ipplan.yaml.PlanKeys.FROM;
import static io.github.ipplan.yaml.PlanKeys.ID;
import static io.github.ipplan.yaml.PlanKeys.INDICATORS;
import static io.github.ipplan.yaml.PlanKeys.INDICATOR_TABLE;
import static io.github.ipplan.yaml.PlanKeys.ISSUED;
import static io.github.ipplan.yaml.PlanKeys.ISSUER;
import static io.github.ipplan.yaml.PlanKeys.LABEL;
import static io.github.ipplan.yaml.PlanKeys.LEAD_RULE;
import static io.github.ipplan.yaml.PlanKeys.MEASURES;
import static io.github.ipplan.yaml.PlanKeys.NOTES;
import static io.github.ipplan.yaml.PlanKeys.NOTICE;
import static io.github.ipplan.yaml.PlanKeys.NUMERAL;
import static io.github.ipplan.yaml.PlanKeys.PARAGRAPHS;
import static io.github.ipplan.yaml.PlanKeys.PARTS;
import static io.github.ipplan.yaml.PlanKeys.PERIOD;
import static io.github.ipplan.yaml.PlanKeys.PREAMBLE;
import static io.github.ipplan.yaml.PlanKeys.PROJECTS;
import static io.github.ipplan.yaml.PlanKeys.PUBLICATION_LINE;
import static io.github.ipplan.yaml.PlanKeys.PUBLISHED;
import static io.github.ipplan.yaml.PlanKeys.SEAL;
import static io.github.ipplan.yaml.PlanKeys.SECTIONS;
import static io.github.ipplan.yaml.PlanKeys.SIGNATORY;
import static io.github.ipplan.yaml.PlanKeys.SOURCE;
import static io.github.ipplan.yaml.PlanKeys.STATUS;
import static io.github.ipplan.yaml.PlanKeys.TITLE;
import static io.github.ipplan.yaml.PlanKeys.TO;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.ipplan.Heading;
import io.github.ipplan.HeadingKind;
import io.github.ipplan.IndicatorTable;
import io.github.ipplan.Notice;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanRuleException;
import io.github.ipplan.PlanStatus;
import io.github.ipplan.internal.Headings;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.yaml.PlanKeys.Shape;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one plan document against a registry. Each instance reads one document once. */
final class PlanReader {
  static final ImmutableMap<String, PlanStatus> STATUSES = Words.of(PlanStatus.values());

  /** Stands in for a plan id that cannot be read, so that the plan's entries are still read. */
  private static final String UNREAD_ID = "unread-id";

  private final Registry registry;
  private final Problems problems;
  private final List<YamlNode> addresseeNodes = new ArrayList<>();
  private IndicatorTable indicatorTable;
  private YamlNode indicatorTableNode;
  private EntryReader entries;

  private PlanReader(Registry registry, Problems problems) {
    this.registry = registry;
    this.problems = problems;
  }

  /**
   * Reads a plan document. It fails with the error that {@link #check} lists first.
   *
   * @param planIds the ids of plans read before this one, with where each was given; this plan's id
   *     is added, and must not be among them
   */
  static Plan read(YamlNode root, Registry registry, Map<String, YamlNode> planIds) {
    Problems problems = new Problems(PlanLoader.MAX_ERRORS_PER_FILE);
    Optional<Plan> plan = new PlanReader(registry, problems).run(root, planIds);
    return plan.orElseThrow(() -> problems.inDocumentOrder().get(0));
  }

  /**
   * Checks a plan document and returns its errors, up to {@code limit} of them, in document order
   * (by line, then column); empty if it is a valid plan. Each value of the plan, and each measure,
   * project, indicator and heading and each of their values, is read on its own, so that an error
   * in one does not hide an error in another: every missing and unknown key of a mapping is
   * reported, and an error at the plan level hides no error in its entries. The rules of the plan
   * as a whole (distinct numbers, for one) are checked once every entry is valid.
   */
  static List<PlanLoadException> check(YamlNode root, Registry registry, int limit) {
    Problems problems = new Problems(limit);
    new PlanReader(registry, problems).run(root, new HashMap<>());
    return problems.inDocumentOrder();
  }

  /** Reads the plan, recording its errors; gives the plan if there are none. */
  private Optional<Plan> run(YamlNode root, Map<String, YamlNode> planIds) {
    return problems.get(() -> plan(root, planIds)).flatMap(plan -> plan);
  }

  private Optional<Plan> plan(YamlNode root, Map<String, YamlNode> planIds) {
    YamlNode.Mapping map = root.mapping(Shape.PLAN, problems::add);
    Plan.Builder plan = Plan.builder();
    String planId = problems.get(() -> id(map.get(ID), planIds)).orElse(UNREAD_ID);
    plan.id(planId);
    entries = new EntryReader(registry, problems, planId);
    problems.recover(() -> plan.title(map.get(TITLE).text()));
    problems.recover(() -> plan.issuer(registry.resolve(map.get(ISSUER))));
    problems.recover(() -> plan.issued(EntryReader.date(map.get(ISSUED), "The issue date")));
    problems.recover(() -> plan.status(map.get(STATUS).oneOf(STATUSES)));
    problems.recover(() -> period(map.get(PERIOD), plan));
    problems.recover(() -> plan.documentNumber(map.text(DOCUMENT_NUMBER)));
    map.optional(PUBLISHED)
        .ifPresent(
            node ->
                problems.recover(
                    () -> plan.published(EntryReader.date(node, "The publication date"))));
    map.optional(SOURCE).ifPresent(node -> problems.recover(() -> plan.source(uri(node))));
    problems.recover(() -> plan.leadRule(map.text(LEAD_RULE)));
    problems.recover(() -> plan.notes(map.texts(NOTES)));
    map.optional(ADDRESSEES)
        .ifPresent(
            node ->
                problems.recover(
                    () -> {
                      addresseeNodes.addAll(node.list());
                      plan.addressees(entries.agencies(node));
                    }));
    map.optional(NOTICE).ifPresent(node -> problems.recover(() -> plan.notice(notice(node))));
    problems.recover(() -> plan.documentTitle(map.text(DOCUMENT_TITLE)));
    problems.recover(() -> plan.preamble(map.texts(PREAMBLE)));

    map.optional(MEASURES)
        .ifPresent(node -> problems.recover(() -> entries.measures(node, ImmutableList.of())));
    Optional<YamlNode> parts = map.optional(PARTS);
    Optional<YamlNode> chapters = map.optional(CHAPTERS);
    if (parts.isPresent() && chapters.isPresent()) {
      problems.add(chapters.get().error("a plan has parts or chapters, not both"));
    }
    parts.ifPresent(
        node -> problems.recover(() -> plan.outline(topHeadings(node, HeadingKind.PART))));
    chapters.ifPresent(
        node -> problems.recover(() -> plan.outline(topHeadings(node, HeadingKind.CHAPTER))));
    map.optional(INDICATORS)
        .ifPresent(node -> problems.recover(() -> plan.indicators(entries.indicators(node))));
    if (!problems.isEmpty()) {
      return Optional.empty(); // the entries in error are left out: the whole is not checked
    }
    plan.measures(entries.measures()).projects(entries.projects());
    if (indicatorTable != null) {
      plan.indicatorTable(indicatorTable);
    }
    try {
      return Optional.of(plan.build());
    } catch (PlanRuleException refusal) {
      problems.add(locate(refusal, root));
      return Optional.empty();
    }
  }

  /** Reads the plan's id, which must not be the id of a plan read before. */
  private static String id(YamlNode node, Map<String, YamlNode> planIds) {
    String id = node.text();
    YamlNode other = planIds.putIfAbsent(id, node);
    if (other != null) {
      throw node.error("plan id " + Quote.of(id) + " is already used", "by " + other.location());
    }
    return id;
  }

  private void period(YamlNode node, Plan.Builder plan) {
    YamlNode.Mapping period = node.mapping(Shape.PERIOD, problems::add);
    problems.recover(
        () -> plan.firstYear(EntryReader.year(period.get(FROM), "The first year of the plan")));
    problems.recover(
        () -> plan.lastYear(EntryReader.year(period.get(TO), "The last year of the plan")));
  }

  /** Points at the element of the plan a rule of the plan as a whole refused. */
  private PlanLoadException locate(PlanRuleException refusal, YamlNode root) {
    String problem = Words.sentence(refusal.getMessage());
    if (refusal.element() == PlanRuleException.Element.ADDRESSEE) {
      return addresseeNodes
          .get(refusal.index())
          .error(
              problem,
              "first named at " + addresseeNodes.get(refusal.earlier().orElseThrow()).path());
    }
    return entries.locate(refusal, problem).orElseGet(() -> root.error(problem));
  }

  private ImmutableList<Heading> topHeadings(YamlNode list, HeadingKind kind) {
    List<Heading> headings = new ArrayList<>();
    for (YamlNode node : list.list()) {
      problems.recover(() -> topHeading(node, kind, headings));
    }
    return ImmutableList.copyOf(headings);
  }

  /**
   * Reads a part or chapter, its sections, and what stands under each. What stands under a heading
   * in error is still read, as if it stood under the headings above.
   */
  private void topHeading(YamlNode node, HeadingKind kind, List<Heading> headings) {
    YamlNode.Mapping map = node.mapping(Shape.TOP_HEADING, problems::add);
    List<YamlNode> sectionNodes = new ArrayList<>();
    map.optional(SECTIONS)
        .ifPresent(list -> problems.recover(() -> sectionNodes.addAll(list.list())));
    List<YamlNode.Mapping> sectionMaps = new ArrayList<>();
    List<Optional<Heading>> sectionHeadings = new ArrayList<>();
    List<Heading> sections = new ArrayList<>();
    for (YamlNode sectionNode : sectionNodes) {
      problems.recover(
          () -> {
            YamlNode.Mapping section = sectionNode.mapping(Shape.SECTION, problems::add);
            sectionMaps.add(section);
            Optional<Heading> heading =
                problems.get(
                    () ->
                        numbered(
                            heading(section, HeadingKind.SECTION, List.of(), sectionNode),
                            sections,
                            sectionNode,
                            "in this part or chapter"));
            sectionHeadings.add(heading);
          });
    }
    Optional<Heading> heading =
        problems.get(
            () ->
                numbered(
                    heading(map, kind, sections, node),
                    headings,
                    node,
                    "at the top of the outline"));
    ImmutableList<Heading> top = heading.map(ImmutableList::of).orElse(ImmutableList.of());
    problems.recover(() -> indicatorTable(map, top));
    map.optional(MEASURES).ifPresent(list -> problems.recover(() -> entries.measures(list, top)));
    for (int i = 0; i < sectionMaps.size(); i++) {
      YamlNode.Mapping section = sectionMaps.get(i);
      ImmutableList<Heading> path =
          ImmutableList.<Heading>builder()
              .addAll(top)
              .addAll(sectionHeadings.get(i).stream().toList())
              .build();
      problems.recover(() -> indicatorTable(section, path));
      section
          .optional(MEASURES)
          .ifPresent(list -> problems.recover(() -> entries.measures(list, path)));
      section
          .optional(PROJECTS)
          .ifPresent(list -> problems.recover(() -> entries.projects(list, path)));
    }
  }

  /**
   * Adds a heading to its siblings, under the domain's rule that headings under one parent have
   * distinct numerals; a heading that breaks it is left out.
   */
  private static Heading numbered(
      Heading heading, List<Heading> siblings, YamlNode node, String where) {
    List<Heading> numbered = new ArrayList<>(siblings);
    numbered.add(heading);
    Heading checked =
        EntryReader.build(
            node,
            () -> {
              Headings.checkNumerals(numbered.stream().map(Heading::numeral).toList(), where);
              return heading;
            });
    siblings.add(checked);
    return checked;
  }

  private Heading heading(
      YamlNode.Mapping map, HeadingKind kind, List<Heading> subheadings, YamlNode node) {
    Heading.Builder heading = Heading.builder().kind(kind).subheadings(subheadings);
    return problems.all(
        () -> {
          problems.recover(() -> heading.numeral(map.get(NUMERAL).text()));
          problems.recover(() -> heading.title(map.get(TITLE).text()));
          problems.recover(() -> heading.label(map.text(LABEL)));
          problems.recover(() -> heading.paragraphs(map.texts(PARAGRAPHS)));
        },
        () -> EntryReader.build(node, heading::build));
  }

  /** Reads a heading's indicator table, which places the plan's indicators under it. */
  private void indicatorTable(YamlNode.Mapping heading, ImmutableList<Heading> path) {
    Optional<YamlNode> node = heading.optional(INDICATOR_TABLE);
    if (node.isEmpty()) {
      return;
    }
    if (indicatorTableNode != null) {
      throw node.get()
          .error("a plan has one indicator table", "the first is at " + indicatorTableNode.path());
    }
    indicatorTableNode = node.get();
    YamlNode.Mapping table = node.get().mapping(Shape.TABLE, problems::add);
    IndicatorTable.Builder builder = IndicatorTable.builder().headingPath(path);
    indicatorTable =
        problems.all(
            () -> {
              problems.recover(() -> builder.title(table.get(TITLE).text()));
              problems.recover(() -> builder.columns(table.get(COLUMNS).texts()));
            },
            () -> EntryReader.build(node.get(), builder::build));
  }

  private Notice notice(YamlNode node) {
    YamlNode.Mapping map = node.mapping(Shape.NOTICE, problems::add);
    Notice.Builder notice = Notice.builder();
    return problems.all(
        () -> {
          problems.recover(() -> notice.paragraphs(map.get(PARAGRAPHS).texts()));
          problems.recover(() -> notice.signatory(map.get(SIGNATORY).text()));
          problems.recover(() -> notice.title(map.text(TITLE)));
          problems.recover(() -> notice.publicationLine(map.text(PUBLICATION_LINE)));
          problems.recover(() -> notice.attachmentsHeading(map.text(ATTACHMENTS_HEADING)));
          problems.recover(() -> notice.attachments(map.texts(ATTACHMENTS)));
          problems.recover(() -> notice.seal(map.text(SEAL)));
        },
        () -> EntryReader.build(node, notice::build));
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
