package io.github.ipplan.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ipplan.Agency;
import io.github.ipplan.Heading;
import io.github.ipplan.Indicator;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Project;
import io.github.ipplan.Responsibility;
import io.github.ipplan.SearchHit;
import io.github.ipplan.examples.CollaborationCounts;
import io.github.ipplan.examples.Text;
import io.github.ipplan.examples.Words;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The command line's JSON: one object per domain value, field names as in the README's "JSON
 * export", fields in a fixed order, absent values left out.
 */
final class Json {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static String pretty(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A JSON tree cannot fail to serialize", e);
    }
  }

  static ObjectNode catalog(PlanCatalog catalog, List<Plan> plans) {
    ObjectNode root = JSON.objectNode();
    ArrayNode bodies = root.putArray("bodies");
    catalog.agencies().forEach(agency -> bodies.add(agency(agency)));
    ArrayNode planNodes = root.putArray("plans");
    plans.forEach(plan -> planNodes.add(plan(plan)));
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
    node.put("status", Words.hyphenated(plan.status()));
    node.putObject("period").put("from", plan.firstYear()).put("to", plan.lastYear());
    put(node, "source", plan.source().map(Object::toString));
    array(node, "addressees", plan.addressees(), agency -> JSON.textNode(agency.id()));
    plan.notice()
        .ifPresent(
            notice -> {
              ObjectNode entry = node.putObject("notice");
              put(entry, "title", notice.title());
              put(entry, "publicationLine", notice.publicationLine());
              array(entry, "paragraphs", notice.paragraphs(), JSON::textNode);
              put(entry, "attachmentsHeading", notice.attachmentsHeading());
              array(entry, "attachments", notice.attachments(), JSON::textNode);
              entry.put("signatory", notice.signatory());
              put(entry, "seal", notice.seal());
            });
    put(node, "documentTitle", plan.documentTitle());
    array(node, "preamble", plan.preamble(), JSON::textNode);
    put(node, "leadRule", plan.leadRule());
    array(node, "notes", plan.notes(), JSON::textNode);
    array(node, "outline", plan.outline(), Json::heading);
    array(node, "measures", plan.measures(), Json::measure);
    array(node, "projects", plan.projects(), Json::project);
    plan.indicatorTable()
        .ifPresent(
            table -> {
              ObjectNode entry = node.putObject("indicatorTable");
              entry.put("title", table.title());
              array(entry, "columns", table.columns(), JSON::textNode);
              array(
                  entry,
                  "headings",
                  table.headingPath(),
                  heading -> JSON.textNode(Text.heading(heading)));
            });
    array(node, "indicators", plan.indicators(), Json::indicator);
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
    node.put("kind", Words.hyphenated(agency.kind()));
    put(node, "level", agency.level().map(Words::hyphenated));
    node.put("publicBody", agency.isPublicBody());
    put(node, "successor", agency.successorId());
    array(node, "notes", agency.notes(), JSON::textNode);
    return node;
  }

  static ArrayNode plans(List<Plan> plans) {
    ArrayNode array = JSON.arrayNode();
    for (Plan plan : plans) {
      ObjectNode node =
          array
              .addObject()
              .put("id", plan.id())
              .put("title", plan.title())
              .put("issuer", plan.issuer().id())
              .put("issuerName", plan.issuer().name())
              .put("issued", plan.issued().toString())
              .put("status", Words.hyphenated(plan.status()));
      node.putObject("period").put("from", plan.firstYear()).put("to", plan.lastYear());
      node.put("measures", plan.measures().size())
          .put("projects", plan.projects().size())
          .put("indicators", plan.indicators().size());
    }
    return array;
  }

  static ArrayNode bodies(List<BodiesCommand.Row> rows) {
    ArrayNode array = JSON.arrayNode();
    for (BodiesCommand.Row row : rows) {
      array
          .addObject()
          .put("id", row.agency().id())
          .put("name", row.agency().name())
          .put("englishName", row.agency().englishName())
          .put("kind", Words.hyphenated(row.agency().kind()))
          .put("leads", row.leads())
          .put("participates", row.participates())
          .put("reports", row.reports());
    }
    return array;
  }

  static ObjectNode body(Agency agency, List<PlanCounts> plans) {
    ObjectNode node = agency(agency);
    ArrayNode counts = node.putArray("plans");
    for (PlanCounts plan : plans) {
      counts
          .addObject()
          .put("plan", plan.plan().id())
          .put("leads", plan.leads())
          .put("participates", plan.participates())
          .put("reports", plan.reports());
    }
    return node;
  }

  static ObjectNode heading(Heading heading) {
    ObjectNode node = JSON.objectNode();
    node.put("kind", Words.hyphenated(heading.kind()));
    node.put("numeral", heading.numeral());
    node.put("label", heading.printedLabel());
    node.put("title", heading.title());
    array(node, "paragraphs", heading.paragraphs(), JSON::textNode);
    array(node, "sections", heading.subheadings(), Json::heading);
    return node;
  }

  static ArrayNode measures(List<Measure> measures) {
    return arrayOf(measures, Json::measure);
  }

  static ObjectNode measure(Measure measure) {
    ObjectNode node = JSON.objectNode();
    node.put("id", measure.id());
    node.put("plan", measure.planId());
    node.put("number", measure.number());
    put(node, "label", measure.label());
    array(node, "headings", measure.headingPath(), heading -> JSON.textNode(Text.heading(heading)));
    put(node, "title", measure.title());
    node.put("text", measure.text());
    array(node, "responsibilities", measure.responsibilities(), Json::responsibility);
    if (measure.openEnded()) {
      node.put("openEnded", true);
    }
    put(node, "assignment", measure.assignment().map(Words::hyphenated));
    array(node, "notes", measure.notes(), JSON::textNode);
    return node;
  }

  static ObjectNode responsibility(Responsibility responsibility) {
    return JSON.objectNode()
        .put("body", responsibility.agency().id())
        .put("printedName", responsibility.printedName())
        .put("role", Words.hyphenated(responsibility.role()))
        .put("position", responsibility.position());
  }

  static ArrayNode projects(List<Project> projects) {
    return arrayOf(projects, Json::project);
  }

  static ObjectNode project(Project project) {
    ObjectNode node = JSON.objectNode();
    node.put("id", project.id());
    node.put("plan", project.planId());
    node.put("number", project.number());
    node.put("title", project.title());
    array(node, "headings", project.headingPath(), heading -> JSON.textNode(Text.heading(heading)));
    project.followsMeasure().ifPresent(number -> node.put("followsMeasure", number));
    array(node, "paragraphs", project.paragraphs(), JSON::textNode);
    array(node, "notes", project.notes(), JSON::textNode);
    return node;
  }

  static ArrayNode indicators(List<Indicator> indicators) {
    return arrayOf(indicators, Json::indicator);
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
    node.put("kind", Words.hyphenated(indicator.kind()));
    node.put("nature", Words.hyphenated(indicator.nature()));
    put(node, "source", indicator.source().map(Agency::id));
    put(node, "sourceName", indicator.sourceName());
    put(node, "bound", indicator.bound().map(Words::hyphenated));
    put(node, "boundEvidence", indicator.boundEvidence());
    indicator
        .baseline()
        .ifPresent(
            baseline ->
                node.putObject("baseline")
                    .put("value", baseline.value())
                    .put("year", baseline.year())
                    .put("evidence", baseline.evidence()));
    array(node, "notes", indicator.notes(), JSON::textNode);
    return node;
  }

  static ObjectNode search(List<Measure> measures, List<Project> projects, List<SearchHit> hits) {
    ObjectNode node = JSON.objectNode();
    node.set("measures", measures(measures));
    node.set("projects", projects(projects));
    ArrayNode array = node.putArray("hits");
    for (SearchHit hit : hits) {
      ObjectNode item =
          array
              .addObject()
              .put("id", hit.id())
              .put("plan", hit.planId())
              .put("kind", Words.hyphenated(hit.kind()))
              .put("text", hit.text());
      ArrayNode spans = item.putArray("spans");
      hit.spans()
          .forEach(span -> spans.addObject().put("start", span.start()).put("end", span.end()));
    }
    return node;
  }

  static ArrayNode collaborations(List<CollaborationCounts.Collaboration> rows) {
    ArrayNode array = JSON.arrayNode();
    rows.forEach(
        c ->
            array
                .addObject()
                .put("body", c.body().id())
                .put("partner", c.partner().id())
                .put("shared", c.shared())
                .put("ledByBody", c.ledByBody())
                .put("ledByPartner", c.ledByPartner()));
    return array;
  }

  private static <T> ArrayNode arrayOf(List<T> values, Function<T, JsonNode> item) {
    ArrayNode array = JSON.arrayNode();
    values.forEach(value -> array.add(item.apply(value)));
    return array;
  }

  private static void put(ObjectNode node, String field, Optional<String> value) {
    value.ifPresent(text -> node.put(field, text));
  }

  private static <T> void array(
      ObjectNode node, String field, List<T> values, Function<T, JsonNode> item) {
    if (!values.isEmpty()) {
      node.set(field, arrayOf(values, item));
    }
  }
}
