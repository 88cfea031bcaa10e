package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.ipplan.yaml.PlanKeys.Shape;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The plan and registry formats are stated once: the JSON Schemas name exactly the keys of {@link
 * PlanKeys}, which the reader reads, and what the writer writes uses no other key.
 */
class PlanKeysTest {
  private static final JsonNode PLAN = schema("plan.schema.json");
  private static final JsonNode REGISTRY = schema("registry.schema.json");

  /** Where each kind of mapping is defined in its schema. */
  private static final Map<Shape, JsonNode> DEFINED = new EnumMap<>(Shape.class);

  static {
    DEFINED.put(Shape.PLAN, PLAN);
    DEFINED.put(Shape.PERIOD, PLAN.at("/properties/period"));
    DEFINED.put(Shape.NOTICE, PLAN.at("/properties/notice"));
    DEFINED.put(Shape.TOP_HEADING, PLAN.at("/$defs/topHeading"));
    DEFINED.put(Shape.SECTION, PLAN.at("/$defs/section"));
    DEFINED.put(Shape.TABLE, PLAN.at("/$defs/indicatorTable"));
    DEFINED.put(Shape.MEASURE, PLAN.at("/$defs/measure"));
    DEFINED.put(Shape.PROJECT, PLAN.at("/$defs/project"));
    DEFINED.put(Shape.INDICATOR, PLAN.at("/$defs/indicator"));
    DEFINED.put(Shape.BASELINE, PLAN.at("/$defs/indicator/properties/baseline"));
    DEFINED.put(Shape.REGISTRY, REGISTRY);
    DEFINED.put(Shape.AGENCY, REGISTRY.at("/$defs/agency"));
    DEFINED.put(Shape.EXTENSION, REGISTRY.at("/$defs/extension"));
  }

  private static JsonNode schema(String name) {
    try (InputStream in =
        PlanKeysTest.class.getResourceAsStream(Loading.RESOURCE_DIRECTORY + name)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Set<String> names(Iterator<String> names) {
    Set<String> set = new TreeSet<>();
    names.forEachRemaining(set::add);
    return set;
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> set = new TreeSet<>();
    array.forEach(item -> set.add(item.asText()));
    return set;
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void theSchemaNamesExactlyTheKeysOfEachShape(Shape shape) {
    JsonNode object = DEFINED.get(shape);
    Set<String> keys = new TreeSet<>(shape.required());
    keys.addAll(shape.optional());

    assertThat(object.path("additionalProperties").asBoolean(true))
        .as(shape + " is closed")
        .isFalse();
    assertThat(names(object.get("properties").fieldNames())).as(shape.name()).isEqualTo(keys);
    assertThat(texts(object.path("required")))
        .as(shape + " required")
        .isEqualTo(new TreeSet<>(shape.required()));
    assertThat(Sets.intersection(shape.required(), shape.optional()))
        .as(shape + " keys are required or optional")
        .isEmpty();
  }

  /** Every closed object of each schema is the definition of one shape. */
  @Test
  void everyObjectTheSchemasDefine_isAShape() {
    List<JsonNode> objects = new ArrayList<>();
    closedObjects(PLAN, objects);
    closedObjects(REGISTRY, objects);

    assertThat(objects).hasSameSizeAs(DEFINED.values());
    assertThat(objects).allMatch(object -> DEFINED.values().stream().anyMatch(d -> d == object));
  }

  private static void closedObjects(JsonNode node, List<JsonNode> found) {
    if (node.isObject() && node.has("properties") && node.has("additionalProperties")) {
      found.add(node);
    }
    node.forEach(child -> closedObjects(child, found));
  }

  @Test
  void writtenPlansAndRegistry_useOnlyTheSchemasKeys() {
    for (var plan : BundledPlans.load().plans()) {
      assertThat(unknownKeys(PLAN, PLAN, parse(PlanWriter.write(plan)), "$"))
          .as(plan.id())
          .isEmpty();
    }
    String registry = PlanWriter.writeRegistry(BundledPlans.load().agencies());
    assertThat(unknownKeys(REGISTRY, REGISTRY, parse(registry), "$")).isEmpty();
    assertThat(registry).contains("\n  - id: ").contains("\n    english: ");
  }

  @Test
  void importedDrafts_useOnlyTheSchemasKeys() throws IOException {
    ImportResult national =
        PlanImporter.importText(
            ImportAgreementTest.NATIONAL,
            SourceText.read(ImportAgreementTest.NATIONAL),
            PlanImporter.Shape.NATIONAL_ANNUAL,
            "national-2021-2022",
            LoadOptions.defaults());
    ImportResult guangzhou =
        PlanImporter.importText(
            ImportAgreementTest.GUANGZHOU,
            SourceText.read(ImportAgreementTest.GUANGZHOU),
            PlanImporter.Shape.FIVE_YEAR,
            "guangzhou-2021-2025",
            LoadOptions.defaults());

    for (ImportResult result : List.of(national, guangzhou)) {
      Object draft = parse(result.yaml());
      assertThat(unknownKeys(PLAN, PLAN, draft, "$")).isEmpty();
      assertThat(new ArrayList<Object>(((Map<?, ?>) draft).keySet()))
          .contains(PlanKeys.ID, PlanKeys.TITLE);
    }
  }

  /** An unknown key is found: the walk below can fail. */
  @Test
  void aKeyTheSchemaDoesNotName_isFound() {
    Object plan = parse("id: a\nmeasures:\n  - number: 1\n    text: t\n    lead: x\n");

    assertThat(unknownKeys(PLAN, PLAN, plan, "$")).containsExactly("$.measures[0].lead");
  }

  private static Object parse(String yaml) {
    return new Yaml(new LoaderOptions()).load(yaml);
  }

  /** The paths of the keys in {@code value} that its schema {@code at} does not name. */
  private static List<String> unknownKeys(JsonNode root, JsonNode at, Object value, String path) {
    List<String> unknown = new ArrayList<>();
    JsonNode schema = at;
    while (schema.has("$ref")) {
      schema = root.at(schema.get("$ref").asText().substring(1));
    }
    if (value instanceof Map<?, ?> map) {
      JsonNode properties = schema.path("properties");
      if (!properties.isObject() && schema.has("else")) {
        // a registry entry: an extension if it has "extends", else a body
        JsonNode branch =
            map.containsKey(PlanKeys.EXTENDS) ? schema.get("then") : schema.get("else");
        return unknownKeys(root, branch, value, path);
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        if (properties.has(key)) {
          unknown.addAll(
              unknownKeys(root, properties.get(key), entry.getValue(), path + "." + key));
        } else {
          unknown.add(path + "." + key);
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        unknown.addAll(unknownKeys(root, schema.path("items"), list.get(i), path + "[" + i + "]"));
      }
    }
    return unknown;
  }

  @Test
  void shapesKeepTheirOrder_forTheHintsThatListThem() {
    assertThat(Shape.MEASURE.required()).containsExactly("number", "text");
    assertThat(Shape.EXTENSION.optional())
        .containsExactly("printed", "aliases", "successor", "notes");
    assertThat(ImmutableSet.copyOf(Shape.values())).hasSize(DEFINED.size());
  }
}
