package io.github.ipplan.cli.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ipplan.Agency;
import io.github.ipplan.Collaboration;
import io.github.ipplan.EnumWords;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Project;
import io.github.ipplan.SearchHit;
import io.github.ipplan.json.IpplanModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line's JSON. Domain values are written by {@link IpplanModule} in the form the
 * README's "JSON export" documents; this class adds the command line's own summaries (plans and
 * bodies with their counts, collaborations) and the documents that combine them.
 */
public final class Json {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new IpplanModule())
          .enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /**
   * Returns a value (a domain value, a list of them, or a tree) as indented JSON and a newline.
   *
   * @param value a domain value, a list of them, or a JSON tree
   * @return the JSON text, ending in a newline
   */
  public static String pretty(Object value) {
    try {
      return MAPPER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A domain value or JSON tree cannot fail to serialize", e);
    }
  }

  /**
   * The catalog document, {@code {"bodies": [...], "plans": [...]}}, kept to some plans.
   *
   * @param catalog the catalog
   * @param plans the plans
   * @return the document
   */
  public static Map<String, Object> catalog(PlanCatalog catalog, List<Plan> plans) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("bodies", catalog.agencies());
    document.put("plans", plans);
    return document;
  }

  /**
   * Returns the plans as the {@code plans} command lists them: id, title, issuer, dates, status,
   * period and counts.
   *
   * @param plans the plans
   * @return one object per plan
   */
  public static ArrayNode plans(List<Plan> plans) {
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
              .put("status", EnumWords.word(plan.status()));
      node.putObject("period").put("from", plan.firstYear()).put("to", plan.lastYear());
      node.put("measures", plan.measures().size())
          .put("projects", plan.projects().size())
          .put("indicators", plan.indicators().size());
    }
    return array;
  }

  /**
   * Returns the bodies as the {@code bodies} command lists them, with their counts.
   *
   * @param rows the bodies with their counts, in the order they are written
   * @return one object per body
   */
  public static ArrayNode bodies(List<BodyCounts> rows) {
    ArrayNode array = JSON.arrayNode();
    for (BodyCounts row : rows) {
      array
          .addObject()
          .put("id", row.agency().id())
          .put("name", row.agency().name())
          .put("englishName", row.agency().englishName())
          .put("kind", EnumWords.word(row.agency().kind()))
          .put("leads", row.leads())
          .put("participates", row.participates())
          .put("reports", row.reports());
    }
    return array;
  }

  /**
   * Returns a body as the {@code body} command shows it: the body and its counts in each plan.
   *
   * @param agency the body
   * @param plans the body's counts in each plan
   * @return the body's JSON with its counts per plan
   */
  public static ObjectNode body(Agency agency, List<PlanCounts> plans) {
    ObjectNode node = MAPPER.valueToTree(agency);
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

  /**
   * The search document, {@code {"measures": [...], "projects": [...], "hits": [...]}}.
   *
   * @param measures the measures found
   * @param projects the projects found
   * @param hits the search hits
   * @return the document
   */
  public static Map<String, Object> search(
      List<Measure> measures, List<Project> projects, List<SearchHit> hits) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("measures", measures);
    document.put("projects", projects);
    document.put("hits", hits);
    return document;
  }

  /**
   * Returns the pairs of bodies as the {@code collaborations} command lists them.
   *
   * @param rows the rows, in the order they are written
   * @return one object per pair
   */
  public static ArrayNode collaborations(List<Collaboration> rows) {
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
}
