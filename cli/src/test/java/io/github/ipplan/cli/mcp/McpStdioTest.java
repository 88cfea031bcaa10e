package io.github.ipplan.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * {@code ipplan mcp} in process: the messages of a whole session on the input, every answer read
 * back from the output. Texts are checked against the source documents.
 */
class McpStdioTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PlanCatalog CATALOG = BundledPlans.load();

  private static final String HANDSHAKE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
          + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
          + "\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}\n"
          + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n";

  private static final String LIST_RESOURCES =
      "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"resources/list\"}\n";

  private static final String CALL_MEASURE_18 =
      "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"measure\","
          + "\"arguments\":{\"plan\":\"national-2021-2022\",\"number\":18}}}\n";

  private static String read(int id, String uri) {
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"method\":\"resources/read\",\"params\":{\"uri\":\""
        + uri
        + "\"}}\n";
  }

  private static List<JsonNode> serve(CompletableFuture<PlanCatalog> catalog, String input) {
    StringWriter text = new StringWriter();
    try {
      McpStdio.serve(
          catalog,
          new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
          new PrintWriter(text, true),
          "9.9.9");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return JsonLines.read(text.toString());
  }

  private static JsonNode withId(List<JsonNode> answers, int id) {
    return answers.stream()
        .filter(answer -> answer.path("id").asInt(-1) == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no answer with id " + id + " in " + answers));
  }

  @Test
  void initializeGivesTheServersNameVersionAndInstructions() {
    JsonNode result = withId(serve(new CompletableFuture<>(), HANDSHAKE), 1).get("result");
    assertThat(result.at("/serverInfo/name").asText()).isEqualTo("ipplan");
    assertThat(result.at("/serverInfo/version").asText()).isEqualTo("9.9.9");
    assertThat(result.at("/instructions").asText()).isEqualTo(McpServers.INSTRUCTIONS);
  }

  @Test
  void everyPlanIsAResourceAsTextAndAsJson() {
    List<JsonNode> answers =
        serve(
            CompletableFuture.completedFuture(CATALOG),
            HANDSHAKE
                + LIST_RESOURCES
                + read(3, "ipplan://plans/national-2021-2022.txt")
                + read(4, "ipplan://plans/guangzhou-2021-2025.json"));
    JsonNode resources = withId(answers, 2).at("/result/resources");
    assertThat(resources.findValuesAsText("uri"))
        .containsExactlyInAnyOrder(
            "ipplan://plans/national-2021-2022.txt",
            "ipplan://plans/national-2021-2022.json",
            "ipplan://plans/guangzhou-2021-2025.txt",
            "ipplan://plans/guangzhou-2021-2025.json");
    JsonNode nationalText = null;
    JsonNode guangzhouJson = null;
    for (JsonNode resource : resources) {
      if (resource.get("uri").asText().equals("ipplan://plans/national-2021-2022.txt")) {
        nationalText = resource;
      } else if (resource.get("uri").asText().equals("ipplan://plans/guangzhou-2021-2025.json")) {
        guangzhouJson = resource;
      }
    }
    assertThat(nationalText.get("name").asText()).isEqualTo("national-2021-2022.txt");
    assertThat(nationalText.get("title").asText()).isEqualTo("知识产权强国建设纲要和“十四五”规划实施年度推进计划");
    assertThat(nationalText.get("mimeType").asText()).isEqualTo("text/plain");
    assertThat(nationalText.get("description").asText())
        .isEqualTo("The whole text of 知识产权强国建设纲要和“十四五”规划实施年度推进计划, rendered back from the model.");
    assertThat(guangzhouJson.get("name").asText()).isEqualTo("guangzhou-2021-2025.json");
    assertThat(guangzhouJson.get("title").asText()).isEqualTo("广州市知识产权保护和运用“十四五”规划 (JSON)");
    assertThat(guangzhouJson.get("mimeType").asText()).isEqualTo("application/json");

    JsonNode text = withId(answers, 3).at("/result/contents/0");
    assertThat(text.get("uri").asText()).isEqualTo("ipplan://plans/national-2021-2022.txt");
    assertThat(text.get("mimeType").asText()).isEqualTo("text/plain");
    assertThat(text.get("text").asText())
        .contains("\n18. 探索推进外观设计制度改革。（知识产权局负责）\n")
        .contains("\n上述各项任务分工中，由多个部门负责的，列第一位的部门为牵头部门，其他为参与部门。");

    JsonNode json = withId(answers, 4).at("/result/contents/0");
    assertThat(json.get("uri").asText()).isEqualTo("ipplan://plans/guangzhou-2021-2025.json");
    assertThat(json.get("mimeType").asText()).isEqualTo("application/json");
    JsonNode plan = readTree(json.get("text").asText());
    // The Guangzhou draft: 48 tasks, 项目1 to 项目7, 13 rows of indicators.
    assertThat(plan.get("id").asText()).isEqualTo("guangzhou-2021-2025");
    assertThat(plan.get("measures").size()).isEqualTo(48);
    assertThat(plan.get("projects").size()).isEqualTo(7);
    assertThat(plan.get("indicators").size()).isEqualTo(13);
  }

  @Test
  void aToolCallIsAnsweredWithTheTextAndTheStructuredContent() {
    JsonNode result =
        withId(serve(CompletableFuture.completedFuture(CATALOG), HANDSHAKE + CALL_MEASURE_18), 5)
            .get("result");
    assertThat(result.get("isError").asBoolean()).isFalse();
    assertThat(result.at("/content/0/text").asText())
        .isEqualTo(
            "[national-2021-2022/measure/18]\n"
                + "national-2021-2022 measure 18\n"
                + "  探索推进外观设计制度改革。\n"
                + "  bodies: 知识产权局 (lead)  [负责]\n"
                + "headings: 一、完善知识产权制度 / （二）改革完善知识产权重大政策\n");
    assertThat(result.at("/structuredContent/id").asText())
        .isEqualTo("national-2021-2022/measure/18");
  }

  @Test
  void withoutThePlansToolCallsSayWhyAndThereIsNoResource() {
    List<JsonNode> answers =
        serve(
            CompletableFuture.failedFuture(
                new IllegalStateException("plans.yaml:1:1: the file is empty, at $")),
            HANDSHAKE + LIST_RESOURCES + CALL_MEASURE_18);
    assertThat(withId(answers, 2).at("/result/resources").size()).isZero();
    JsonNode result = withId(answers, 5).get("result");
    assertThat(result.get("isError").asBoolean()).isTrue();
    assertThat(result.at("/content/0/text").asText())
        .isEqualTo("The plans cannot be loaded: plans.yaml:1:1: the file is empty, at $");
  }

  private static JsonNode readTree(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
