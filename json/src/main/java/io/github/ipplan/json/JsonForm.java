package io.github.ipplan.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ipplan.Agency;
import io.github.ipplan.Baseline;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON form as trees: one object per domain value, field names as in the README's "JSON
 * export", fields in a fixed order, absent values and empty lists left out, bodies as their ids.
 */
final class JsonForm {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonForm() {}

  /** An enum constant as the JSON form writes it: lower case, words joined by hyphens. */
  static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A heading as a measure, project or indicator table refers to it: numeral and title. */
  static String headingReference(Heading heading) {
    return heading.numeral() + " " + heading.title();
  }

  static ObjectNode catalog(PlanCatalog catalog) {
    ObjectNode root = JSON.objectNode();
    ArrayNode bodies = root.putArray("bodies");
    catalog.agencies().forEach(agency -> bodies.add(agency(agency)));
    ArrayNode plans = root.putArray("plans");
    catalog.plans().forEach(plan -> plans.add(plan(plan)));
    return root;
  }

  static ObjectNode plan(Plan plan) {
    ObjectNode node = JSON.objectNode();
    node.put("id", plan.id());
    node.put("title", plan.title());
    put(node, "documentNumber", plan.documentNumber());
    node.put("issuer", plan.issuer().id());
    node.put("issued", plan.issued().toString());
    put(node, "published", plan.published().map(Object::toString));
    node.put("status", word(plan.status()));
    node.putObject("period").put("from", plan.firstYear()).put("to", plan.lastYear());
    put(node, "source", plan.source().map(Object::toString));
    array(node, "addressees", plan.addressees(), agency -> JSON.textNode(agency.id()));
    plan.notice().ifPresent(notice -> node.set("notice", notice(notice)));
    put(node, "documentTitle", plan.documentTitle());
    array(node, "preamble", plan.preamble(), JSON::textNode);
    put(node, "leadRule", plan.leadRule());
    array(node, "notes", plan.notes(), JSON::textNode);
    array(node, "outline", plan.outline(), JsonForm::heading);
    array(node, "measures", plan.measures(), JsonForm::measure);
    array(node, "projects", plan.projects(), JsonForm::project);
    plan.indicatorTable().ifPresent(table -> node.set("indicatorTable", indicatorTable(table)));
    array(node, "indicators", plan.indicators(), JsonForm::indicator);
    return node;
  }

  static ObjectNode notice(Notice notice) {
    ObjectNode node = JSON.objectNode();
    put(node, "title", notice.title());
    put(node, "publicationLine", notice.publicationLine());
    array(node, "paragraphs", notice.paragraphs(), JSON::textNode);
    put(node, "attachmentsHeading", notice.attachmentsHeading());
    array(node, "attachments", notice.attachments(), JSON::textNode);
    node.put("signatory", notice.signatory());
    put(node, "seal", notice.seal());
    return node;
  }

  static ObjectNode indicatorTable(IndicatorTable table) {
    ObjectNode node = JSON.objectNode();
    node.put("title", table.title());
    array(node, "columns", table.columns(), JSON::textNode);
    array(
        node, "headings", table.headingPath(), heading -> JSON.textNode(headingReference(heading)));
    return node;
  }

  static ObjectNode agency(Agency agency) {
    ObjectNode node = JSON.objectNode();
    node.put("id", agency.id());
    node.put("name", agency.name());
    array(node, "printedNames", agency.printedNames(), JSON::textNode);
    put(node, "fullName", agency.fullName());
    node.put("englishName", agency.englishName());
    node.put("englishNameDescriptive", agency.englishNameDescriptive());
    put(node, "abbreviation", agency.abbreviation());
    array(node, "aliases", agency.aliases(), JSON::textNode);
    node.put("kind", word(agency.kind()));
    put(node, "level", agency.level().map(JsonForm::word));
    node.put("publicBody", agency.isPublicBody());
    put(node, "successor", agency.successorId());
    array(node, "notes", agency.notes(), JSON::textNode);
    return node;
  }

  static ObjectNode heading(Heading heading) {
    ObjectNode node = JSON.objectNode();
    node.put("kind", word(heading.kind()));
    node.put("numeral", heading.numeral());
    node.put("label", heading.printedLabel());
    node.put("title", heading.title());
    array(node, "paragraphs", heading.paragraphs(), JSON::textNode);
    array(node, "sections", heading.subheadings(), JsonForm::heading);
    return node;
  }

  static ObjectNode measure(Measure measure) {
    ObjectNode node = JSON.objectNode();
    node.put("id", measure.id());
    node.put("plan", measure.planId());
    node.put("number", measure.number());
    put(node, "label", measure.label());
    array(
        node,
        "headings",
        measure.headingPath(),
        heading -> JSON.textNode(headingReference(heading)));
    put(node, "title", measure.title());
    node.put("text", measure.text());
    array(node, "responsibilities", measure.responsibilities(), JsonForm::responsibility);
    if (measure.openEnded()) {
      node.put("openEnded", true);
    }
    put(node, "assignment", measure.assignment().map(JsonForm::word));
    array(node, "notes", measure.notes(), JSON::textNode);
    return node;
  }

  static ObjectNode responsibility(Responsibility responsibility) {
    return JSON.objectNode()
        .put("body", responsibility.agency().id())
        .put("printedName", responsibility.printedName())
        .put("role", word(responsibility.role()))
        .put("position", responsibility.position());
  }

  static ObjectNode project(Project project) {
    ObjectNode node = JSON.objectNode();
    node.put("id", project.id());
    node.put("plan", project.planId());
    node.put("number", project.number());
    node.put("title", project.title());
    array(
        node,
        "headings",
        project.headingPath(),
        heading -> JSON.textNode(headingReference(heading)));
    project.followsMeasure().ifPresent(number -> node.put("followsMeasure", number));
    array(node, "paragraphs", project.paragraphs(), JSON::textNode);
    array(node, "notes", project.notes(), JSON::textNode);
    return node;
  }

  static ObjectNode indicator(Indicator indicator) {
    ObjectNode node = JSON.objectNode();
    node.put("id", indicator.id());
    node.put("plan", indicator.planId());
    node.put("row", indicator.row());
    node.put("name", indicator.name());
    node.put("cell", indicator.printedCell());
    node.put("target", indicator.target());
    node.put("unit", indicator.unit());
    node.put("targetYear", indicator.targetYear());
    node.put("kind", word(indicator.kind()));
    node.put("nature", word(indicator.nature()));
    put(node, "source", indicator.source().map(Agency::id));
    put(node, "sourceName", indicator.sourceName());
    put(node, "bound", indicator.bound().map(JsonForm::word));
    put(node, "boundEvidence", indicator.boundEvidence());
    indicator.baseline().ifPresent(baseline -> node.set("baseline", baseline(baseline)));
    array(node, "notes", indicator.notes(), JSON::textNode);
    return node;
  }

  static ObjectNode baseline(Baseline baseline) {
    return JSON.objectNode()
        .put("value", baseline.value())
        .put("year", baseline.year())
        .put("evidence", baseline.evidence());
  }

  static ObjectNode searchHit(SearchHit hit) {
    ObjectNode node =
        JSON.objectNode()
            .put("id", hit.id())
            .put("plan", hit.planId())
            .put("kind", word(hit.kind()))
            .put("text", hit.text());
    ArrayNode spans = node.putArray("spans");
    hit.spans().forEach(span -> spans.add(textSpan(span)));
    return node;
  }

  static ObjectNode textSpan(TextSpan span) {
    return JSON.objectNode().put("start", span.start()).put("end", span.end());
  }

  private static void put(ObjectNode node, String field, Optional<String> value) {
    value.ifPresent(text -> node.put(field, text));
  }

  private static <T> void array(
      ObjectNode node, String field, List<T> values, Function<T, JsonNode> item) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(field);
      values.forEach(value -> array.add(item.apply(value)));
    }
  }
}
