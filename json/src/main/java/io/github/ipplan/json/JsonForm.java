package io.github.ipplan.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ipplan.Agency;
import io.github.ipplan.Baseline;
import io.github.ipplan.EnumWords;
import io.github.ipplan.Heading;
import io.github.ipplan.Indicator;
import io.github.ipplan.IndicatorTable;
import io.github.ipplan.Measure;
import io.github.ipplan.Notice;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Project;
import io.github.ipplan.Responsibility;
import io.github.ipplan.SearchHit;
import io.github.ipplan.TextSpan;
import io.github.ipplan.json.Fields.Field;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON form as trees: one object per domain value, its field names those of {@link Fields},
 * fields in a fixed order, absent values and empty lists left out, bodies as their ids.
 */
final class JsonForm {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonForm() {}

  /** A heading as a measure, project or indicator table refers to it: numeral and title. */
  static String headingReference(Heading heading) {
    return heading.numeral() + " " + heading.title();
  }

  static ObjectNode catalog(PlanCatalog catalog) {
    ObjectNode root = JSON.objectNode();
    ArrayNode bodies = root.putArray(Fields.Catalog.BODIES.key());
    catalog.agencies().forEach(agency -> bodies.add(agency(agency)));
    ArrayNode plans = root.putArray(Fields.Catalog.PLANS.key());
    catalog.plans().forEach(plan -> plans.add(plan(plan)));
    return root;
  }

  static ObjectNode plan(Plan plan) {
    ObjectNode node = JSON.objectNode();
    node.put(Fields.Plan.ID.key(), plan.id());
    node.put(Fields.Plan.TITLE.key(), plan.title());
    put(node, Fields.Plan.DOCUMENT_NUMBER, plan.documentNumber());
    node.put(Fields.Plan.ISSUER.key(), plan.issuer().id());
    node.put(Fields.Plan.ISSUED.key(), plan.issued().toString());
    put(node, Fields.Plan.PUBLISHED, plan.published().map(Object::toString));
    node.put(Fields.Plan.STATUS.key(), EnumWords.word(plan.status()));
    node.putObject(Fields.Plan.PERIOD.key())
        .put(Fields.Period.FROM.key(), plan.firstYear())
        .put(Fields.Period.TO.key(), plan.lastYear());
    put(node, Fields.Plan.SOURCE, plan.source().map(Object::toString));
    array(node, Fields.Plan.ADDRESSEES, plan.addressees(), agency -> JSON.textNode(agency.id()));
    plan.notice().ifPresent(notice -> node.set(Fields.Plan.NOTICE.key(), notice(notice)));
    put(node, Fields.Plan.DOCUMENT_TITLE, plan.documentTitle());
    array(node, Fields.Plan.PREAMBLE, plan.preamble(), JSON::textNode);
    put(node, Fields.Plan.LEAD_RULE, plan.leadRule());
    array(node, Fields.Plan.NOTES, plan.notes(), JSON::textNode);
    array(node, Fields.Plan.OUTLINE, plan.outline(), JsonForm::heading);
    array(node, Fields.Plan.MEASURES, plan.measures(), JsonForm::measure);
    array(node, Fields.Plan.PROJECTS, plan.projects(), JsonForm::project);
    plan.indicatorTable()
        .ifPresent(table -> node.set(Fields.Plan.INDICATOR_TABLE.key(), indicatorTable(table)));
    array(node, Fields.Plan.INDICATORS, plan.indicators(), JsonForm::indicator);
    return node;
  }

  static ObjectNode notice(Notice notice) {
    ObjectNode node = JSON.objectNode();
    put(node, Fields.Notice.TITLE, notice.title());
    put(node, Fields.Notice.PUBLICATION_LINE, notice.publicationLine());
    array(node, Fields.Notice.PARAGRAPHS, notice.paragraphs(), JSON::textNode);
    put(node, Fields.Notice.ATTACHMENTS_HEADING, notice.attachmentsHeading());
    array(node, Fields.Notice.ATTACHMENTS, notice.attachments(), JSON::textNode);
    node.put(Fields.Notice.SIGNATORY.key(), notice.signatory());
    put(node, Fields.Notice.SEAL, notice.seal());
    return node;
  }

  static ObjectNode indicatorTable(IndicatorTable table) {
    ObjectNode node = JSON.objectNode();
    node.put(Fields.IndicatorTable.TITLE.key(), table.title());
    array(node, Fields.IndicatorTable.COLUMNS, table.columns(), JSON::textNode);
    array(
        node,
        Fields.IndicatorTable.HEADINGS,
        table.headingPath(),
        heading -> JSON.textNode(headingReference(heading)));
    return node;
  }

  static ObjectNode agency(Agency agency) {
    ObjectNode node = JSON.objectNode();
    node.put(Fields.Agency.ID.key(), agency.id());
    node.put(Fields.Agency.NAME.key(), agency.name());
    array(node, Fields.Agency.PRINTED_NAMES, agency.printedNames(), JSON::textNode);
    put(node, Fields.Agency.FULL_NAME, agency.fullName());
    node.put(Fields.Agency.ENGLISH_NAME.key(), agency.englishName());
    node.put(Fields.Agency.ENGLISH_NAME_DESCRIPTIVE.key(), agency.englishNameDescriptive());
    put(node, Fields.Agency.ABBREVIATION, agency.abbreviation());
    array(node, Fields.Agency.ALIASES, agency.aliases(), JSON::textNode);
    node.put(Fields.Agency.KIND.key(), EnumWords.word(agency.kind()));
    put(node, Fields.Agency.LEVEL, agency.level().map(EnumWords::word));
    node.put(Fields.Agency.PUBLIC_BODY.key(), agency.isPublicBody());
    put(node, Fields.Agency.SUCCESSOR, agency.successorId());
    array(node, Fields.Agency.NOTES, agency.notes(), JSON::textNode);
    return node;
  }

  static ObjectNode heading(Heading heading) {
    ObjectNode node = JSON.objectNode();
    node.put(Fields.Heading.KIND.key(), EnumWords.word(heading.kind()));
    node.put(Fields.Heading.NUMERAL.key(), heading.numeral());
    node.put(Fields.Heading.LABEL.key(), heading.printedLabel());
    node.put(Fields.Heading.TITLE.key(), heading.title());
    array(node, Fields.Heading.PARAGRAPHS, heading.paragraphs(), JSON::textNode);
    array(node, Fields.Heading.SECTIONS, heading.subheadings(), JsonForm::heading);
    return node;
  }

  static ObjectNode measure(Measure measure) {
    ObjectNode node = JSON.objectNode();
    node.put(Fields.Measure.ID.key(), measure.id());
    node.put(Fields.Measure.PLAN.key(), measure.planId());
    node.put(Fields.Measure.NUMBER.key(), measure.number());
    put(node, Fields.Measure.LABEL, measure.label());
    array(
        node,
        Fields.Measure.HEADINGS,
        measure.headingPath(),
        heading -> JSON.textNode(headingReference(heading)));
    put(node, Fields.Measure.TITLE, measure.title());
    node.put(Fields.Measure.TEXT.key(), measure.text());
    array(
        node,
        Fields.Measure.RESPONSIBILITIES,
        measure.responsibilities(),
        JsonForm::responsibility);
    if (measure.openEnded()) {
      node.put(Fields.Measure.OPEN_ENDED.key(), true);
    }
    put(node, Fields.Measure.ASSIGNMENT, measure.assignment().map(EnumWords::word));
    array(node, Fields.Measure.NOTES, measure.notes(), JSON::textNode);
    return node;
  }

  static ObjectNode responsibility(Responsibility responsibility) {
    return JSON.objectNode()
        .put(Fields.Responsibility.BODY.key(), responsibility.agency().id())
        .put(Fields.Responsibility.PRINTED_NAME.key(), responsibility.printedName())
        .put(Fields.Responsibility.ROLE.key(), EnumWords.word(responsibility.role()))
        .put(Fields.Responsibility.POSITION.key(), responsibility.position());
  }

  static ObjectNode project(Project project) {
    ObjectNode node = JSON.objectNode();
    node.put(Fields.Project.ID.key(), project.id());
    node.put(Fields.Project.PLAN.key(), project.planId());
    node.put(Fields.Project.NUMBER.key(), project.number());
    node.put(Fields.Project.TITLE.key(), project.title());
    array(
        node,
        Fields.Project.HEADINGS,
        project.headingPath(),
        heading -> JSON.textNode(headingReference(heading)));
    project
        .followsMeasure()
        .ifPresent(number -> node.put(Fields.Project.FOLLOWS_MEASURE.key(), number));
    array(node, Fields.Project.PARAGRAPHS, project.paragraphs(), JSON::textNode);
    array(node, Fields.Project.NOTES, project.notes(), JSON::textNode);
    return node;
  }

  static ObjectNode indicator(Indicator indicator) {
    ObjectNode node = JSON.objectNode();
    node.put(Fields.Indicator.ID.key(), indicator.id());
    node.put(Fields.Indicator.PLAN.key(), indicator.planId());
    node.put(Fields.Indicator.ROW.key(), indicator.row());
    node.put(Fields.Indicator.NAME.key(), indicator.name());
    node.put(Fields.Indicator.CELL.key(), indicator.printedCell());
    node.put(Fields.Indicator.TARGET.key(), indicator.target());
    node.put(Fields.Indicator.UNIT.key(), indicator.unit());
    node.put(Fields.Indicator.TARGET_YEAR.key(), indicator.targetYear());
    node.put(Fields.Indicator.KIND.key(), EnumWords.word(indicator.kind()));
    node.put(Fields.Indicator.NATURE.key(), EnumWords.word(indicator.nature()));
    put(node, Fields.Indicator.SOURCE, indicator.source().map(Agency::id));
    put(node, Fields.Indicator.SOURCE_NAME, indicator.sourceName());
    put(node, Fields.Indicator.BOUND, indicator.bound().map(EnumWords::word));
    put(node, Fields.Indicator.BOUND_EVIDENCE, indicator.boundEvidence());
    indicator
        .baseline()
        .ifPresent(baseline -> node.set(Fields.Indicator.BASELINE.key(), baseline(baseline)));
    array(node, Fields.Indicator.NOTES, indicator.notes(), JSON::textNode);
    return node;
  }

  static ObjectNode baseline(Baseline baseline) {
    return JSON.objectNode()
        .put(Fields.Baseline.VALUE.key(), baseline.value())
        .put(Fields.Baseline.YEAR.key(), baseline.year())
        .put(Fields.Baseline.EVIDENCE.key(), baseline.evidence());
  }

  static ObjectNode searchHit(SearchHit hit) {
    ObjectNode node =
        JSON.objectNode()
            .put(Fields.SearchHit.ID.key(), hit.id())
            .put(Fields.SearchHit.PLAN.key(), hit.planId())
            .put(Fields.SearchHit.KIND.key(), EnumWords.word(hit.kind()))
            .put(Fields.SearchHit.TEXT.key(), hit.text());
    ArrayNode spans = node.putArray(Fields.SearchHit.SPANS.key());
    hit.spans().forEach(span -> spans.add(textSpan(span)));
    return node;
  }

  static ObjectNode textSpan(TextSpan span) {
    return JSON.objectNode()
        .put(Fields.TextSpan.START.key(), span.start())
        .put(Fields.TextSpan.END.key(), span.end());
  }

  private static void put(ObjectNode node, Field field, Optional<String> value) {
    value.ifPresent(text -> node.put(field.key(), text));
  }

  private static <T> void array(
      ObjectNode node, Field field, List<T> values, Function<T, JsonNode> item) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(field.key());
      values.forEach(value -> array.add(item.apply(value)));
    }
  }
}
