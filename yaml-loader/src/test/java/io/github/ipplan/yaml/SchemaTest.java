package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.AgencyLevel;
import io.github.ipplan.Assignment;
import io.github.ipplan.IndicatorKind;
import io.github.ipplan.IndicatorNature;
import io.github.ipplan.PlanStatus;
import io.github.ipplan.TargetBound;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Checks the JSON Schemas shipped in the jar against the bundled files and the loader. */
class SchemaTest {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final JsonSchema PLAN = schema("plan.schema.json");
  private static final JsonSchema REGISTRY = schema("registry.schema.json");

  private static JsonSchema schema(String name) {
    try (InputStream in = SchemaTest.class.getResourceAsStream(Loading.RESOURCE_DIRECTORY + name)) {
      assertThat(in).as("%s in the jar's resources", name).isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The JSON an editor sees: YAML read by its resolved tags, dates as strings. */
  private static JsonNode json(byte[] yaml) {
    return json(YamlDocument.compose("test.yaml", yaml, LoadOptions.defaults()).node());
  }

  private static JsonNode json(Node node) {
    if (node instanceof MappingNode mapping) {
      ObjectNode object = JSON.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        object.set(((ScalarNode) tuple.getKeyNode()).getValue(), json(tuple.getValueNode()));
      }
      return object;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = JSON.arrayNode();
      sequence.getValue().forEach(item -> array.add(json(item)));
      return array;
    }
    String value = ((ScalarNode) node).getValue();
    Tag tag = node.getTag();
    if (tag.equals(Tag.INT)) {
      return JSON.numberNode(
          new BigInteger(value.replace("_", ""), value.startsWith("0x") ? 16 : 10));
    }
    if (tag.equals(Tag.FLOAT)) {
      return JSON.numberNode(new BigDecimal(value));
    }
    if (tag.equals(Tag.BOOL)) {
      return JSON.booleanNode(List.of("true", "yes", "on").contains(value.toLowerCase()));
    }
    if (tag.equals(Tag.NULL)) {
      return JSON.nullNode();
    }
    return JSON.textNode(value);
  }

  private static byte[] bytes(String resource) throws IOException {
    return Files.readAllBytes(Path.of(resource));
  }

  private static Path test(String name) {
    return Path.of("src/test/resources", name);
  }

  @Test
  void bundledPlans_areValid() {
    for (String plan : BundledPlans.PLAN_RESOURCES) {
      assertThat(PLAN.validate(json(Loading.resource(plan).bytes()))).as(plan).isEmpty();
    }
  }

  @Test
  void bundledRegistry_isValid() {
    assertThat(REGISTRY.validate(json(Loading.resource(Loading.REGISTRY_RESOURCE).bytes())))
        .isEmpty();
  }

  @Test
  void validFixtures_areValid() throws IOException {
    assertThat(PLAN.validate(json(bytes(test("valid/small-plan.yaml").toString())))).isEmpty();
    assertThat(PLAN.validate(json(bytes(test("valid/later-edition.yaml").toString())))).isEmpty();
    assertThat(REGISTRY.validate(json(bytes(test("valid/later-edition-registry.yaml").toString()))))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "unknown-key.yaml",
        "missing-key.yaml",
        "unknown-assignment.yaml",
        "boolean-title.yaml",
        "assignment-without-bodies.yaml",
        "parts-and-chapters.yaml",
        "open-ended-without-bodies.yaml",
        "non-numeric-target.yaml",
        "zero-number.yaml",
        "bound-without-evidence.yaml",
        "unknown-bound.yaml"
      })
  void invalidPlans_areInvalid(String file) throws IOException {
    Set<ValidationMessage> messages =
        PLAN.validate(json(bytes(test("invalid/" + file).toString())));

    assertThat(messages).as(file).isNotEmpty();
  }

  @Test
  void aThirdPartyWithALevel_isInvalid() throws IOException {
    JsonNode registry = json(Loading.resource(Loading.REGISTRY_RESOURCE).bytes());
    ObjectNode thirdParty =
        (ObjectNode) registry.get("agencies").get(registry.get("agencies").size() - 1);
    assertThat(thirdParty.get("kind").asText()).isEqualTo("non-government-organisation");
    thirdParty.put("level", "municipal");

    assertThat(REGISTRY.validate(registry)).isNotEmpty();
  }

  @Test
  void schemaEnums_areTheLoadersWords() throws IOException {
    JsonNode plan =
        new ObjectMapper()
            .readTree(
                SchemaTest.class.getResourceAsStream(
                    Loading.RESOURCE_DIRECTORY + "plan.schema.json"));
    JsonNode registry =
        new ObjectMapper()
            .readTree(
                SchemaTest.class.getResourceAsStream(
                    Loading.RESOURCE_DIRECTORY + "registry.schema.json"));

    assertThat(words(plan.at("/properties/status/enum")))
        .isEqualTo(List.copyOf(Words.of(PlanStatus.values()).keySet()));
    assertThat(words(plan.at("/$defs/measure/properties/assignment/enum")))
        .isEqualTo(List.copyOf(Words.of(Assignment.values()).keySet()));
    assertThat(words(plan.at("/$defs/indicator/properties/kind/enum")))
        .isEqualTo(List.copyOf(Words.of(IndicatorKind.values()).keySet()));
    assertThat(words(plan.at("/$defs/indicator/properties/nature/enum")))
        .isEqualTo(List.copyOf(Words.of(IndicatorNature.values()).keySet()));
    assertThat(words(plan.at("/$defs/indicator/properties/bound/enum")))
        .isEqualTo(List.copyOf(Words.of(TargetBound.values()).keySet()));
    assertThat(words(registry.at("/$defs/agency/properties/kind/enum")))
        .isEqualTo(List.copyOf(Words.of(AgencyKind.values()).keySet()));
    assertThat(words(registry.at("/$defs/agency/properties/level/enum")))
        .isEqualTo(List.copyOf(Words.of(AgencyLevel.values()).keySet()));
  }

  /** The schema refuses what the domain refuses: a bound without its sentence, or the reverse. */
  @ParameterizedTest
  @ValueSource(strings = {"bound", "bound-evidence"})
  void aBoundOrItsEvidenceAlone_isInvalid(String removed) {
    JsonNode plan = json(Loading.resource("guangzhou-2021-2025.yaml").bytes());
    ObjectNode indicator = (ObjectNode) plan.get("indicators").get(3);
    assertThat(indicator.get("bound").asText()).isEqualTo("more-than");
    assertThat(PLAN.validate(plan)).isEmpty();
    indicator.remove(removed);

    assertThat(PLAN.validate(plan)).isNotEmpty();
  }

  @Test
  void writtenPlans_areValid() {
    for (var plan : BundledPlans.load().plans()) {
      assertThat(PLAN.validate(json(PlanWriter.write(plan).getBytes(UTF_8))))
          .as(plan.id())
          .isEmpty();
    }
  }

  /** The schema and the loader agree on which titles, years and sources a plan may have. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "title: 示例计划",
        "title: \"\\u00A0\"",
        "title: \"\\u3000\"",
        "title: \"\\u200B\"",
        "title: \"\\uFEFF\"",
        "title: \"\\u2060\\u00A0\"",
        "title: \"a\\u200B\"",
        "title: \"a\\u0000b\"",
        "title: \"a\\x80\"",
        "title: \"a\\e\"",
        "title: \"a\\uFFFE\"",
        "title: \"a\\uFDD0\"",
        "title: \"a\\tb\"",
        "title: \"a\\nb\"",
        "title: \"\\t\"",
        "period: {from: 1948, to: 2023}",
        "period: {from: 1949, to: 2100}",
        "period: {from: 2023, to: 2101}",
        "issued: 0000-01-01",
        "issued: 1949-10-01",
        "issued: 2101-01-01",
        "source: https://www.gov.cn/a.htm",
        "source: HTTP://example.org",
        "source: javascript:alert(1)",
        "source: ftp://example.org/a",
        "source: \"https:///no-host\""
      })
  void schemaAndLoader_agree(String line) {
    String key = line.substring(0, line.indexOf(':'));
    StringBuilder yaml = new StringBuilder();
    for (String header : HostileCorpus.HEADER.split("\n")) {
      if (!header.startsWith(key + ":")) {
        yaml.append(header).append('\n');
      }
    }
    byte[] bytes = yaml.append(line).append('\n').toString().getBytes(UTF_8);
    boolean loads;
    try {
      Loading.catalog(
          Loading.registry(List.of(), LoadOptions.defaults()),
          List.of(new Loading.Source("agree.yaml", bytes, false)),
          LoadOptions.defaults());
      loads = true;
    } catch (PlanLoadException e) {
      loads = false;
    }
    assertThat(PLAN.validate(json(bytes)).isEmpty())
        .as(line + " valid to the schema")
        .isEqualTo(loads);
  }

  private static List<String> words(JsonNode array) {
    List<String> words = new ArrayList<>();
    array.forEach(word -> words.add(word.asText()));
    return words;
  }
}
