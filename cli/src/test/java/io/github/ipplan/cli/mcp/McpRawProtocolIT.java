package io.github.ipplan.cli.mcp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's {@code mcp} spoken to line by line: every line it cannot use is answered with
 * the JSON-RPC error and the next is served; standard output carries JSON-RPC messages only; the
 * process ends when its input closes.
 */
class McpRawProtocolIT {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CALL =
      "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"tools/call\",\"params\":{\"name\":\"measure\","
          + "\"arguments\":{\"plan\":\"national-2021-2022\",\"number\":18}}}";

  private Process process;
  private OutputStream in;
  private BufferedReader out;

  private void send(String line) throws Exception {
    in.write((line + "\n").getBytes(UTF_8));
    in.flush();
  }

  private JsonNode answer() throws Exception {
    String line = out.readLine();
    assertThat(line).as("an answer").isNotNull();
    JsonNode answer = JSON.readTree(line);
    assertThat(answer.get("jsonrpc").asText()).isEqualTo("2.0");
    return answer;
  }

  private void assertStillServing(int id) throws Exception {
    send(String.format(CALL, id));
    JsonNode answer = answer();
    assertThat(answer.get("id").asInt()).isEqualTo(id);
    assertThat(answer.at("/result/content/0/text").asText())
        .startsWith(
            "[national-2021-2022/measure/18]\nnational-2021-2022 measure 18\n  探索推进外观设计制度改革。");
  }

  @Test
  void eachUnusableLineIsAnsweredWithAnErrorAndTheServerKeepsServingUntilInputCloses()
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(JAVA, "-jar", "target/ipplan.jar", "mcp");
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    process = builder.start();
    in = process.getOutputStream();
    out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
    try {
      send(
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
              + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
      assertThat(answer().at("/result/serverInfo/name").asText()).isEqualTo("ipplan");
      send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
      assertStillServing(2);

      send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",");
      JsonNode malformed = answer();
      assertThat(malformed.get("id").isNull()).isTrue();
      assertThat(malformed.at("/error/code").asInt()).isEqualTo(-32700);
      assertThat(malformed.at("/error/message").asText())
          .isEqualTo("Parse error: the line is not JSON");
      assertStillServing(4);

      send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"plans/everything\"}");
      JsonNode unknown = answer();
      assertThat(unknown.get("id").asInt()).isEqualTo(5);
      assertThat(unknown.at("/error/code").asInt()).isEqualTo(-32601);
      assertStillServing(6);

      String padding = "x".repeat(LineTransport.MAX_MESSAGE_CHARS);
      send(
          "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\",\"params\":{\"pad\":\""
              + padding
              + "\"}}");
      JsonNode oversized = answer();
      assertThat(oversized.get("id").isNull()).isTrue();
      assertThat(oversized.at("/error/code").asInt()).isEqualTo(-32600);
      assertThat(oversized.at("/error/message").asText())
          .isEqualTo("Invalid request: the message is longer than 1048576 characters");
      assertStillServing(8);

      send("[1, 2]");
      assertThat(answer().at("/error/code").asInt()).isEqualTo(-32600);
      send("{\"jsonrpc\":\"1.0\",\"id\":9,\"method\":\"ping\"}");
      JsonNode version = answer();
      assertThat(version.get("id").asInt()).isEqualTo(9);
      assertThat(version.at("/error/code").asInt()).isEqualTo(-32600);
      assertStillServing(10);

      in.close();
      assertThat(out.readLine()).as("nothing but answers on standard output").isNull();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ended when input closed").isTrue();
      assertThat(process.exitValue()).isZero();
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void aPlanFileThatCannotBeLoadedIsReportedByEveryToolCallAndEndsWithExitCodeFour(
      @TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.yaml");
    ProcessBuilder builder =
        new ProcessBuilder(JAVA, "-jar", "target/ipplan.jar", "mcp", "--file", missing.toString());
    process = builder.start();
    in = process.getOutputStream();
    out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
    try {
      send(
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
              + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
      assertThat(answer().at("/result/serverInfo/name").asText()).isEqualTo("ipplan");
      send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
      send(String.format(CALL, 2));
      JsonNode call = answer();
      assertThat(call.get("id").asInt()).isEqualTo(2);
      assertThat(call.at("/result/isError").asBoolean()).isTrue();
      String reason = "Cannot read " + missing + ": no such file or directory";
      assertThat(call.at("/result/content/0/text").asText())
          .isEqualTo("The plans cannot be loaded: " + reason);
      send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"resources/list\"}");
      JsonNode resources = answer();
      assertThat(resources.get("id").asInt()).isEqualTo(3);
      assertThat(resources.at("/result/resources").size()).isZero();

      in.close();
      assertThat(out.readLine()).isNull();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(4);
      assertThat(new String(process.getErrorStream().readAllBytes(), UTF_8))
          .isEqualTo(reason + "\n");
    } finally {
      process.destroyForcibly();
    }
  }
}
