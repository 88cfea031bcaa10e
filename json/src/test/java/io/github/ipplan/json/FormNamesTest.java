package io.github.ipplan.json;

import static io.github.ipplan.json.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.ipplan.Agency;
import io.github.ipplan.Assignment;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.PlanStatus;
import io.github.ipplan.yaml.BundledPlans;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema, the names in {@link Fields}, the writer and the reader agree on every field
 * name of every kind of object. The schema is the reference: its {@code $defs} with {@code
 * properties} are the kinds of object, and each kind's properties are its names in the order the
 * form writes them.
 */
class FormNamesTest {
  /** A name no kind of object has. */
  private static final String UNLISTED = "unlisted";

  private static final PlanCatalog BUNDLED = BundledPlans.load();

  private static JsonNode defs;

  /** Each object definition's property names, in the schema's order, by definition name. */
  private static Map<String, List<String>> kinds;

  @BeforeAll
  static void readSchema() throws Exception {
    try (InputStream in = IpplanModule.schema()) {
      defs = new ObjectMapper().readTree(in).get("$defs");
    }
    kinds = new TreeMap<>();
    defs.fields()
        .forEachRemaining(
            def -> {
              if (def.getValue().has("properties")) {
                kinds.put(
                    def.getKey(),
                    ImmutableList.copyOf(def.getValue().get("properties").fieldNames()));
              }
            });
  }

  /**
   * A definition with its properties: itself, or the one it refers to ({@code agency} holds its
   * properties in {@code agencyFields}).
   */
  private static String resolve(String def) {
    JsonNode node = defs.get(def);
    assertThat(node).as("$defs/%s", def).isNotNull();
    return node.has("properties") ? def : refName(node);
  }

  private static String refName(JsonNode node) {
    String ref = node.get("$ref").asText();
    assertThat(ref).startsWith("#/$defs/");
    return ref.substring("#/$defs/".length());
  }

  /** The definition an enum of {@link Fields} names: {@code IndicatorTable} is indicatorTable. */
  private static String defName(Class<?> kind) {
    String name = kind.getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static List<Class<?>> fieldEnums() {
    return Arrays.stream(Fields.class.getDeclaredClasses()).filter(Class::isEnum).toList();
  }

  private static List<String> keys(Class<?> kind) {
    return Arrays.stream(kind.getEnumConstants()).map(c -> ((Fields.Field) c).key()).toList();
  }

  @Test
  void everyKindOfObject_hasItsSchemaPropertiesAsItsNames_inTheSameOrder() {
    Map<String, List<String>> stated = new TreeMap<>();
    for (Class<?> kind : fieldEnums()) {
      stated.put(resolve(defName(kind)), keys(kind));
    }

    assertThat(stated).hasSameSizeAs(fieldEnums()).isEqualTo(kinds);
    assertThat(kinds).hasSize(14).containsKeys("agencyFields", "period", "textSpan");
  }

  @Test
  void everyKindOfObject_inTheSchema_refusesOtherNames() {
    for (Class<?> kind : fieldEnums()) {
      JsonNode def = defs.get(defName(kind));
      String closed = def.has("properties") ? "additionalProperties" : "unevaluatedProperties";

      assertThat(def.path(closed).isBoolean() && !def.path(closed).booleanValue())
          .as("%s has %s false", defName(kind), closed)
          .isTrue();
    }
  }

  @Test
  void theSchema_holdsNoObjectOutsideItsDefinitions() {
    List<String> inline = new ArrayList<>();
    defs.fields()
        .forEachRemaining(
            def ->
                def.getValue()
                    .path("properties")
                    .forEach(
                        property ->
                            inline.addAll(
                                property.findParents("properties").stream()
                                    .map(JsonNode::toString)
                                    .toList())));

    assertThat(inline).isEmpty();
  }

  /**
   * The bundled catalog, and a made-up plan with what the bundled plans lack: a document number and
   * a measure whose printed list of bodies ends in 等.
   */
  private static PlanCatalog catalogWithEveryField() {
    Plan national = BUNDLED.plan("national-2021-2022").orElseThrow();
    List<Agency> bodies =
        List.of(BUNDLED.agency("cnipa").orElseThrow(), BUNDLED.agency("samr").orElseThrow());
    Plan sample =
        Plan.builder()
            .id("sample-2024")
            .title("示例年度推进计划")
            .documentNumber("示例〔2024〕1号")
            .issuer(national.issuer())
            .issued(LocalDate.of(2024, 3, 1))
            .status(PlanStatus.IN_FORCE)
            .firstYear(2024)
            .lastYear(2024)
            .addMeasures(
                Measure.builder()
                    .planId("sample-2024")
                    .number(1)
                    .text("推进一项工作。")
                    .responsible(bodies)
                    .openEnded(true)
                    .assignment(Assignment.JOINT)
                    .build())
            .build();
    List<Plan> plans = new ArrayList<>(BUNDLED.plans());
    plans.add(sample);
    return PlanCatalog.of(BUNDLED.agencies(), plans);
  }

  /** One object of the written form, its definition and its path. */
  private record Found(String kind, String path, ObjectNode object) {}

  /**
   * Collects every object of a written value whose schema is given, following the schema's
   * references and the items of its lists.
   */
  private static void collect(JsonNode value, JsonNode schema, String path, List<Found> found) {
    if (schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        collect(value.get(i), schema.get("items"), path + "[" + i + "]", found);
      }
      return;
    }
    if (!schema.has("$ref")) {
      return;
    }
    String kind = refName(schema);
    if (!kinds.containsKey(kind)) {
      collect(value, defs.get(kind), path, found);
      return;
    }
    found.add(new Found(kind, path, (ObjectNode) value));
    JsonNode properties = defs.get(kind).get("properties");
    value
        .fields()
        .forEachRemaining(
            field -> {
              JsonNode property = properties.get(field.getKey());
              if (property != null) {
                collect(field.getValue(), property, path + "." + field.getKey(), found);
              }
            });
  }

  private static JsonNode refTo(String def) {
    return new ObjectMapper().createObjectNode().put("$ref", "#/$defs/" + def);
  }

  @Test
  void theWriter_writesEveryNameOfEveryKind_andNoOther_inTheSchemasOrder() {
    PlanCatalog catalog = catalogWithEveryField();
    List<Found> found = new ArrayList<>();
    collect(MAPPER.valueToTree(catalog), refTo("catalog"), "$", found);
    JsonNode hits = MAPPER.valueToTree(catalog.search("知识产权 保护"));
    assertThat(hits).isNotEmpty();
    for (JsonNode hit : hits) {
      collect(hit, refTo("searchHit"), "$", found);
    }

    Map<String, Set<String>> written = new TreeMap<>();
    for (Found object : found) {
      List<String> names = ImmutableList.copyOf(object.object().fieldNames());
      List<String> order = kinds.get(object.kind());
      assertThat(names)
          .as("%s (%s)", object.path(), object.kind())
          .isSubsetOf(order)
          .isEqualTo(order.stream().filter(names::contains).toList());
      written.computeIfAbsent(object.kind(), k -> new TreeSet<>()).addAll(names);
    }

    Map<String, Set<String>> expected = new TreeMap<>();
    kinds.forEach((kind, names) -> expected.put(kind, new TreeSet<>(names)));
    assertThat(written).isEqualTo(expected);
  }

  @Test
  void theReader_readsEveryName_back() throws Exception {
    PlanCatalog catalog = catalogWithEveryField();

    PlanCatalog again = MAPPER.readValue(Json.write(catalog), PlanCatalog.class);

    assertThat(again.plans()).isEqualTo(catalog.plans());
    assertThat(again.agencies()).isEqualTo(catalog.agencies());
    assertThat(again.plan("sample-2024").orElseThrow().documentNumber()).contains("示例〔2024〕1号");
    assertThat(again.plan("sample-2024").orElseThrow().measure(1).orElseThrow().openEnded())
        .isTrue();
  }

  @Test
  void theReader_refusesAnUnlistedName_inEveryKindOfObject_atItsPath() {
    ObjectNode document = MAPPER.valueToTree(catalogWithEveryField());
    List<Found> found = new ArrayList<>();
    collect(document, refTo("catalog"), "$", found);
    Map<String, Found> first = new LinkedHashMap<>();
    for (Found object : found) {
      first.putIfAbsent(object.kind(), object);
    }
    Set<String> read = new LinkedHashSet<>(kinds.keySet());
    read.removeAll(Set.of("searchHit", "textSpan"));
    assertThat(first.keySet()).containsExactlyInAnyOrderElementsOf(read);

    for (Found object : first.values()) {
      ObjectNode damaged = document.deepCopy();
      ObjectNode target = (ObjectNode) damaged.at(pointer(object.path()));
      target.put(UNLISTED, 1);

      assertThatThrownBy(() -> MAPPER.readValue(damaged.toString(), PlanCatalog.class))
          .as(object.kind())
          .isInstanceOfSatisfying(
              JsonMappingException.class,
              e ->
                  assertThat(e.getOriginalMessage())
                      .isEqualTo(
                          object.path()
                              + "."
                              + UNLISTED
                              + ": is not a field here; the fields are "
                              + String.join(", ", kinds.get(object.kind()))));
    }
  }

  /** A path such as {@code $.plans[0].period} as a JSON Pointer, {@code /plans/0/period}. */
  private static String pointer(String path) {
    return path.substring(1).replace('.', '/').replace("[", "/").replace("]", "");
  }
}
