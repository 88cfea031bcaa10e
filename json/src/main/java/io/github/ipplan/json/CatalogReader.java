package io.github.ipplan.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ipplan.Agency;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.AgencyLevel;
import io.github.ipplan.Assignment;
import io.github.ipplan.Baseline;
import io.github.ipplan.EnumWords;
import io.github.ipplan.Heading;
import io.github.ipplan.HeadingKind;
import io.github.ipplan.Indicator;
import io.github.ipplan.IndicatorKind;
import io.github.ipplan.IndicatorNature;
import io.github.ipplan.IndicatorTable;
import io.github.ipplan.Measure;
import io.github.ipplan.Notice;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.PlanStatus;
import io.github.ipplan.Project;
import io.github.ipplan.Role;
import io.github.ipplan.TargetBound;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.json.Fields.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link PlanCatalog} from a catalog document's tree, the inverse of {@link JsonForm}:
 * bodies first, so that plans can refer to them by id, then each plan. Every error names the path
 * of the value at fault, such as {@code $.plans[0].measures[3].responsibilities[0].body}.
 */
final class CatalogReader {
  /** A catalog document that cannot be read; the message names the path at fault. */
  static final class InvalidCatalog extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidCatalog(String message) {
      super(message);
    }
  }

  private final Map<String, Agency> bodies = new HashMap<>();

  PlanCatalog catalog(JsonNode root) {
    DocumentObject document = new DocumentObject(root).only(Fields.Catalog.values());
    List<Agency> registry = new ArrayList<>();
    for (DocumentObject body : document.objects(Fields.Catalog.BODIES, true)) {
      Agency agency = agency(body);
      if (bodies.putIfAbsent(agency.id(), agency) != null) {
        throw body.invalid(Fields.Agency.ID, "body " + Quote.of(agency.id()) + " is given twice");
      }
      registry.add(agency);
    }
    List<Plan> plans = new ArrayList<>();
    for (DocumentObject plan : document.objects(Fields.Catalog.PLANS, true)) {
      plans.add(plan(plan));
    }
    return document.build(() -> PlanCatalog.of(registry, plans));
  }

  private Agency agency(DocumentObject node) {
    node.only(Fields.Agency.values());
    Agency agency =
        node.build(
            () ->
                Agency.builder()
                    .id(node.text(Fields.Agency.ID))
                    .printedNames(node.texts(Fields.Agency.PRINTED_NAMES))
                    .fullName(node.optionalText(Fields.Agency.FULL_NAME))
                    .englishName(node.text(Fields.Agency.ENGLISH_NAME))
                    .englishNameDescriptive(node.bool(Fields.Agency.ENGLISH_NAME_DESCRIPTIVE))
                    .abbreviation(node.optionalText(Fields.Agency.ABBREVIATION))
                    .aliases(node.texts(Fields.Agency.ALIASES))
                    .kind(node.word(Fields.Agency.KIND, AgencyKind.class))
                    .level(node.optionalWord(Fields.Agency.LEVEL, AgencyLevel.class))
                    .successorId(node.optionalText(Fields.Agency.SUCCESSOR))
                    .notes(node.texts(Fields.Agency.NOTES))
                    .build());
    node.expect(Fields.Agency.NAME, agency.name());
    if (node.bool(Fields.Agency.PUBLIC_BODY) != agency.isPublicBody()) {
      throw node.invalid(
          Fields.Agency.PUBLIC_BODY, "must be " + agency.isPublicBody() + " for this body");
    }
    return agency;
  }

  private Agency body(DocumentObject node, Field field) {
    String id = node.text(field);
    Agency agency = bodies.get(id);
    if (agency == null) {
      throw node.invalid(field, "no body has the id " + Quote.of(id));
    }
    return agency;
  }

  private Plan plan(DocumentObject node) {
    node.only(Fields.Plan.values());
    String id = node.text(Fields.Plan.ID);
    DocumentObject period = node.object(Fields.Plan.PERIOD).only(Fields.Period.values());
    List<Agency> addressees = new ArrayList<>();
    List<String> addresseeIds = node.texts(Fields.Plan.ADDRESSEES);
    for (int i = 0; i < addresseeIds.size(); i++) {
      Agency addressee = bodies.get(addresseeIds.get(i));
      if (addressee == null) {
        throw DocumentObject.invalid(
            node.at(Fields.Plan.ADDRESSEES).index(i),
            "no body has the id " + Quote.of(addresseeIds.get(i)));
      }
      addressees.add(addressee);
    }
    List<Heading> outline =
        node.objects(Fields.Plan.OUTLINE, false).stream().map(this::heading).toList();
    Plan.Builder plan =
        node.build(
            () -> {
              Plan.Builder builder = Plan.builder();
              builder
                  .id(id)
                  .title(node.text(Fields.Plan.TITLE))
                  .documentNumber(node.optionalText(Fields.Plan.DOCUMENT_NUMBER))
                  .issuer(body(node, Fields.Plan.ISSUER))
                  .issued(node.date(Fields.Plan.ISSUED))
                  .published(
                      node.optional(Fields.Plan.PUBLISHED, () -> node.date(Fields.Plan.PUBLISHED)))
                  .status(node.word(Fields.Plan.STATUS, PlanStatus.class))
                  .firstYear(period.integer(Fields.Period.FROM))
                  .lastYear(period.integer(Fields.Period.TO))
                  .source(node.optional(Fields.Plan.SOURCE, () -> node.uri(Fields.Plan.SOURCE)))
                  .notice(
                      node.optional(
                          Fields.Plan.NOTICE, () -> notice(node.object(Fields.Plan.NOTICE))))
                  .documentTitle(node.optionalText(Fields.Plan.DOCUMENT_TITLE))
                  .preamble(node.texts(Fields.Plan.PREAMBLE))
                  .leadRule(node.optionalText(Fields.Plan.LEAD_RULE))
                  .notes(node.texts(Fields.Plan.NOTES))
                  .addressees(addressees)
                  .outline(outline);
              return builder;
            });
    for (DocumentObject measure : node.objects(Fields.Plan.MEASURES, false)) {
      plan.addMeasures(measure(measure, id, outline));
    }
    for (DocumentObject project : node.objects(Fields.Plan.PROJECTS, false)) {
      plan.addProjects(project(project, id, outline));
    }
    node.optional(
            Fields.Plan.INDICATOR_TABLE,
            () -> indicatorTable(node.object(Fields.Plan.INDICATOR_TABLE), outline))
        .ifPresent(plan::indicatorTable);
    for (DocumentObject indicator : node.objects(Fields.Plan.INDICATORS, false)) {
      plan.addIndicators(indicator(indicator, id));
    }
    return node.build(plan::build);
  }

  private Notice notice(DocumentObject node) {
    node.only(Fields.Notice.values());
    return node.build(
        () ->
            Notice.builder()
                .title(node.optionalText(Fields.Notice.TITLE))
                .publicationLine(node.optionalText(Fields.Notice.PUBLICATION_LINE))
                .paragraphs(node.texts(Fields.Notice.PARAGRAPHS))
                .attachmentsHeading(node.optionalText(Fields.Notice.ATTACHMENTS_HEADING))
                .attachments(node.texts(Fields.Notice.ATTACHMENTS))
                .signatory(node.text(Fields.Notice.SIGNATORY))
                .seal(node.optionalText(Fields.Notice.SEAL))
                .build());
  }

  private Heading heading(DocumentObject node) {
    node.only(Fields.Heading.values());
    List<Heading> sections =
        node.objects(Fields.Heading.SECTIONS, false).stream().map(this::heading).toList();
    Heading usual =
        node.build(
            () ->
                Heading.builder()
                    .kind(node.word(Fields.Heading.KIND, HeadingKind.class))
                    .numeral(node.text(Fields.Heading.NUMERAL))
                    .title(node.text(Fields.Heading.TITLE))
                    .paragraphs(node.texts(Fields.Heading.PARAGRAPHS))
                    .subheadings(sections)
                    .build());
    String label = node.text(Fields.Heading.LABEL);
    // The form writes the printed label; the value holds it only where it is not the usual one.
    return label.equals(usual.printedLabel())
        ? usual
        : node.build(() -> Heading.builder().from(usual).label(label).build());
  }

  private Measure measure(DocumentObject node, String planId, List<Heading> outline) {
    node.only(Fields.Measure.values());
    node.expect(Fields.Measure.PLAN, planId);
    List<Agency> agencies = new ArrayList<>();
    List<String> printedNames = new ArrayList<>();
    List<DocumentObject> responsibilities = node.objects(Fields.Measure.RESPONSIBILITIES, false);
    for (int i = 0; i < responsibilities.size(); i++) {
      DocumentObject responsibility = responsibilities.get(i).only(Fields.Responsibility.values());
      if (responsibility.integer(Fields.Responsibility.POSITION) != i + 1) {
        throw responsibility.invalid(
            Fields.Responsibility.POSITION, "must be " + (i + 1) + ", its place in the list");
      }
      Role role = i == 0 ? Role.LEAD : Role.PARTICIPANT;
      if (responsibility.word(Fields.Responsibility.ROLE, Role.class) != role) {
        throw responsibility.invalid(
            Fields.Responsibility.ROLE, "must be '" + EnumWords.word(role) + "'");
      }
      agencies.add(body(responsibility, Fields.Responsibility.BODY));
      printedNames.add(responsibility.text(Fields.Responsibility.PRINTED_NAME));
    }
    if (node.has(Fields.Measure.OPEN_ENDED) && !node.bool(Fields.Measure.OPEN_ENDED)) {
      throw node.invalid(Fields.Measure.OPEN_ENDED, "is either true or left out");
    }
    Measure measure =
        node.build(
            () -> {
              Measure.Builder builder =
                  Measure.builder()
                      .planId(planId)
                      .number(node.integer(Fields.Measure.NUMBER))
                      .label(node.optionalText(Fields.Measure.LABEL))
                      .headingPath(headingPath(node, Fields.Measure.HEADINGS, outline))
                      .title(node.optionalText(Fields.Measure.TITLE))
                      .text(node.text(Fields.Measure.TEXT))
                      .openEnded(node.has(Fields.Measure.OPEN_ENDED))
                      .assignment(node.optionalWord(Fields.Measure.ASSIGNMENT, Assignment.class))
                      .notes(node.texts(Fields.Measure.NOTES));
              if (!agencies.isEmpty()) {
                builder.responsible(agencies, printedNames);
              }
              return builder.build();
            });
    node.expect(Fields.Measure.ID, measure.id());
    return measure;
  }

  private Project project(DocumentObject node, String planId, List<Heading> outline) {
    node.only(Fields.Project.values());
    node.expect(Fields.Project.PLAN, planId);
    Project project =
        node.build(
            () ->
                Project.builder()
                    .planId(planId)
                    .number(node.integer(Fields.Project.NUMBER))
                    .title(node.text(Fields.Project.TITLE))
                    .headingPath(headingPath(node, Fields.Project.HEADINGS, outline))
                    .followsMeasure(
                        node.optional(
                            Fields.Project.FOLLOWS_MEASURE,
                            () -> node.integer(Fields.Project.FOLLOWS_MEASURE)))
                    .paragraphs(node.texts(Fields.Project.PARAGRAPHS))
                    .notes(node.texts(Fields.Project.NOTES))
                    .build());
    node.expect(Fields.Project.ID, project.id());
    return project;
  }

  private IndicatorTable indicatorTable(DocumentObject node, List<Heading> outline) {
    node.only(Fields.IndicatorTable.values());
    return node.build(
        () ->
            IndicatorTable.builder()
                .title(node.text(Fields.IndicatorTable.TITLE))
                .columns(node.texts(Fields.IndicatorTable.COLUMNS))
                .headingPath(headingPath(node, Fields.IndicatorTable.HEADINGS, outline))
                .build());
  }

  private Indicator indicator(DocumentObject node, String planId) {
    node.only(Fields.Indicator.values());
    node.expect(Fields.Indicator.PLAN, planId);
    Optional<Agency> source =
        node.optional(Fields.Indicator.SOURCE, () -> body(node, Fields.Indicator.SOURCE));
    Indicator usual =
        node.build(
            () ->
                Indicator.builder()
                    .planId(planId)
                    .row(node.integer(Fields.Indicator.ROW))
                    .name(node.text(Fields.Indicator.NAME))
                    .target(node.decimal(Fields.Indicator.TARGET))
                    .unit(node.text(Fields.Indicator.UNIT))
                    .targetYear(node.integer(Fields.Indicator.TARGET_YEAR))
                    .kind(node.word(Fields.Indicator.KIND, IndicatorKind.class))
                    .nature(node.word(Fields.Indicator.NATURE, IndicatorNature.class))
                    .source(source)
                    .sourceName(node.optionalText(Fields.Indicator.SOURCE_NAME))
                    .bound(node.optionalWord(Fields.Indicator.BOUND, TargetBound.class))
                    .boundEvidence(node.optionalText(Fields.Indicator.BOUND_EVIDENCE))
                    .baseline(
                        node.optional(
                            Fields.Indicator.BASELINE,
                            () -> baseline(node.object(Fields.Indicator.BASELINE))))
                    .notes(node.texts(Fields.Indicator.NOTES))
                    .build());
    String cell = node.text(Fields.Indicator.CELL);
    // The form writes the printed cell; the value holds it only where it is not the usual one.
    Indicator indicator =
        cell.equals(usual.printedCell())
            ? usual
            : node.build(() -> Indicator.builder().from(usual).cell(cell).build());
    node.expect(Fields.Indicator.ID, indicator.id());
    return indicator;
  }

  private static Baseline baseline(DocumentObject node) {
    node.only(Fields.Baseline.values());
    return node.build(
        () ->
            Baseline.builder()
                .value(node.decimal(Fields.Baseline.VALUE))
                .year(node.integer(Fields.Baseline.YEAR))
                .evidence(node.text(Fields.Baseline.EVIDENCE))
                .build());
  }

  /** The headings a node's field names, found in the plan's outline level by level. */
  private static List<Heading> headingPath(
      DocumentObject node, Field field, List<Heading> outline) {
    List<String> names = node.texts(field);
    List<Heading> path = new ArrayList<>();
    List<Heading> level = outline;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Heading found =
          level.stream()
              .filter(heading -> JsonForm.headingReference(heading).equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      DocumentObject.invalid(
                          node.at(field).index(path.size()),
                          "no heading " + Quote.of(name) + " at this level of the plan's outline"));
      path.add(found);
      level = found.subheadings();
    }
    return path;
  }
}
