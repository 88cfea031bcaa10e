package io.github.ipplan.json;

import static io.github.ipplan.json.Json.MAPPER;
import static io.github.ipplan.json.Json.writeValid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.collect.ImmutableList;
import io.github.ipplan.Agency;
import io.github.ipplan.Heading;
import io.github.ipplan.Indicator;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Project;
import io.github.ipplan.SearchHit;
import io.github.ipplan.yaml.BundledPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The written form: exact JSON for values checked against the printed source, and every value of
 * the bundled plans valid against the shipped schema.
 */
class JsonFormTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final Plan NATIONAL = CATALOG.plan("national-2021-2022").orElseThrow();

  /**
   * Task 1 of the national plan as the source prints it (national-annual-plan-2021-2022.txt): under
   * 一、完善知识产权制度 / （一）完善知识产权法律法规规章, "1. 推进修订……做好地理标志专门立法论证。（市场监管总局、农业农村部、知识产权局负责）". The first body
   * leads (the plan's lead rule); 负责 is a joint assignment; the bodies' ids are the registry's
   * (samr, mara, cnipa).
   */
  @Test
  void nationalTask1_isWrittenExactly() throws Exception {
    Measure task1 = NATIONAL.measure(1).orElseThrow();

    assertThat(writeValid("measure", task1))
        .isEqualTo(
            "{\"id\":\"national-2021-2022/measure/1\",\"plan\":\"national-2021-2022\",\"number\":1,"
                + "\"headings\":[\"一 完善知识产权制度\",\"一 完善知识产权法律法规规章\"],"
                + "\"text\":\"推进修订《中华人民共和国反垄断法》《中华人民共和国专利法实施细则》"
                + "《关于规范专利申请行为的若干规定》《商业秘密保护规定》，推进制定《商标代理管理办法》。"
                + "推进知识产权基础性法律研究论证。做好《中华人民共和国商标法》进一步修改研究论证。"
                + "做好地理标志专门立法论证。\","
                + "\"responsibilities\":["
                + "{\"body\":\"samr\",\"printedName\":\"市场监管总局\",\"role\":\"lead\",\"position\":1},"
                + "{\"body\":\"mara\",\"printedName\":\"农业农村部\",\"role\":\"participant\","
                + "\"position\":2},"
                + "{\"body\":\"cnipa\",\"printedName\":\"知识产权局\",\"role\":\"participant\","
                + "\"position\":3}],"
                + "\"assignment\":\"joint\"}");
  }

  /**
   * The README's "JSON for Java services" example, as it stands there. Its first task is national
   * task 11 as printed: under 一、完善知识产权制度 / （二）改革完善知识产权重大政策, "11. 制定出台知识产权有关分项规划。（知识产权局负责）"; 知识产权局
   * leads 36 tasks.
   */
  @Test
  void theReadmeExample_writesTheDocumentedJson() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new IpplanModule());
    PlanCatalog catalog = BundledPlans.load();
    Agency cnipa = catalog.agency("知识产权局").orElseThrow();
    String json =
        mapper.writerWithDefaultPrettyPrinter().writeValueAsString(catalog.measuresLedBy(cnipa));

    assertThat(json)
        .startsWith(
            String.join(
                System.lineSeparator(),
                "[ {",
                "  \"id\" : \"national-2021-2022/measure/11\",",
                "  \"plan\" : \"national-2021-2022\",",
                "  \"number\" : 11,",
                "  \"headings\" : [ \"一 完善知识产权制度\", \"二 改革完善知识产权重大政策\" ],",
                "  \"text\" : \"制定出台知识产权有关分项规划。\",",
                "  \"responsibilities\" : [ {",
                "    \"body\" : \"cnipa\",",
                "    \"printedName\" : \"知识产权局\",",
                "    \"role\" : \"lead\",",
                "    \"position\" : 1",
                "  } ],",
                "  \"assignment\" : \"joint\"",
                "}, {",
                "  \"id\" : \"national-2021-2022/measure/14\","));
    assertThat(MAPPER.readTree(json)).hasSize(36);
  }

  @Test
  void aListOfMeasures_isAnArrayOfMeasures() throws Exception {
    Agency cnipa = CATALOG.agency("知识产权局").orElseThrow();
    List<Measure> led = CATALOG.measuresLedBy(cnipa);

    JsonNode array = MAPPER.readTree(Json.write(led));

    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(led.size());
    for (JsonNode measure : array) {
      assertThat(measure.get("responsibilities").get(0).get("body").asText()).isEqualTo("cnipa");
      assertThat(Json.errors("measure", measure.toString())).isEmpty();
    }
  }

  @Test
  void aBody_hasItsFieldsInOrder_andLeavesAbsentValuesOut() throws Exception {
    Agency cnipa = CATALOG.agency("知识产权局").orElseThrow();

    JsonNode body = MAPPER.readTree(writeValid("agency", cnipa));

    assertThat(body.get("id").asText()).isEqualTo("cnipa");
    assertThat(body.get("printedNames").get(0).asText()).isEqualTo("知识产权局");
    assertThat(body.get("publicBody").asBoolean()).isTrue();
    List<String> order =
        List.of(
            "id",
            "name",
            "printedNames",
            "fullName",
            "englishName",
            "englishNameDescriptive",
            "abbreviation",
            "aliases",
            "kind",
            "level",
            "publicBody",
            "successor",
            "notes");
    List<String> fields = ImmutableList.copyOf(body.fieldNames());
    assertThat(fields).isSubsetOf(order);
    assertThat(fields)
        .isEqualTo(order.stream().filter(fields::contains).toList())
        .doesNotContain("successor");
    assertThat(body.toString()).doesNotContain("null");
  }

  @Test
  void everyValueOfTheBundledPlans_matchesItsDefinition() {
    writeValid("catalog", CATALOG);
    CATALOG.agencies().forEach(agency -> writeValid("agency", agency));
    for (Plan plan : CATALOG.plans()) {
      writeValid("plan", plan);
      plan.outline().forEach(heading -> headings(heading));
      plan.measures().forEach(measure -> writeValid("measure", measure));
      plan.measures().stream()
          .flatMap(measure -> measure.responsibilities().stream())
          .forEach(responsibility -> writeValid("responsibility", responsibility));
      plan.projects().forEach(project -> writeValid("project", project));
      plan.indicators().forEach(indicator -> writeValid("indicator", indicator));
      plan.indicatorTable().ifPresent(table -> writeValid("indicatorTable", table));
      plan.notice().ifPresent(notice -> writeValid("notice", notice));
    }
    for (Indicator indicator : CATALOG.indicators()) {
      indicator.baseline().ifPresent(baseline -> writeValid("baseline", baseline));
    }
    List<SearchHit> hits = CATALOG.search("知识产权 保护");
    assertThat(hits).isNotEmpty();
    hits.forEach(hit -> writeValid("searchHit", hit));
    hits.get(0).spans().forEach(span -> writeValid("textSpan", span));
  }

  private static void headings(Heading heading) {
    writeValid("heading", heading);
    heading.subheadings().forEach(JsonFormTest::headings);
  }

  /**
   * Guangzhou's project 5 as printed: a project has a title, and its bodies are not listed; the
   * form writes the plan id and number as its id.
   */
  @Test
  void aProject_isWrittenWithItsIdAndPlan() throws Exception {
    Project project = CATALOG.plan("guangzhou-2021-2025").orElseThrow().project(5).orElseThrow();

    JsonNode node = MAPPER.readTree(writeValid("project", project));

    assertThat(node.get("id").asText()).isEqualTo("guangzhou-2021-2025/project/5");
    assertThat(node.get("plan").asText()).isEqualTo("guangzhou-2021-2025");
    assertThat(node.get("number").asInt()).isEqualTo(5);
  }

  @Test
  void prettyOutput_isTheMappersOwn() throws Exception {
    Measure task1 = NATIONAL.measure(1).orElseThrow();

    String pretty = MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(task1);

    assertThat(pretty).startsWith("{\n  \"id\" : \"national-2021-2022/measure/1\",\n");
  }

  @Test
  void theSchema_isInTheJar_asA202012SchemaOfACatalog() throws Exception {
    try (java.io.InputStream in = IpplanModule.schema()) {
      JsonNode schema = new ObjectMapper().readTree(in);

      assertThat(schema.get("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.get("$ref").asText()).isEqualTo("#/$defs/catalog");
      assertThat(ImmutableList.copyOf(schema.get("$defs").fieldNames()))
          .contains(
              "catalog",
              "plan",
              "agency",
              "heading",
              "measure",
              "responsibility",
              "project",
              "indicator",
              "indicatorTable",
              "notice",
              "baseline",
              "searchHit",
              "textSpan");
    }
  }

  @Test
  void theSchema_refusesWhatTheModuleNeverWrites() {
    assertThat(Json.errors("measure", "{\"id\":\"x\",\"plan\":\"p\",\"number\":1}")).isNotEmpty();
    assertThat(
            Json.errors(
                "responsibility",
                "{\"body\":\"cnipa\",\"printedName\":\"知识产权局\",\"role\":\"boss\",\"position\":1}"))
        .isNotEmpty();
    assertThat(Json.errors("catalog", "{\"bodies\":[],\"plans\":[],\"extra\":1}")).isNotEmpty();
  }
}
