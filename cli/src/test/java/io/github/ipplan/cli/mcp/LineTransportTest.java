package io.github.ipplan.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The stdio transport in process: each line it cannot use is answered with the JSON-RPC error of
 * the specification (-32700 parse error, -32600 invalid request) and the next line is served; the
 * end of the input ends {@link LineTransport#serve()} once every answer is written.
 */
class LineTransportTest {
  private static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":{"
          + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
          + "\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";

  /** The client's side of the handshake: the session serves other requests after it. */
  private static final String INITIALIZED =
      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

  private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"ping\"}";

  /** Serves the lines over a transport whose resources are ready; returns every answer. */
  private static List<JsonNode> exchange(int maxChars, String input) {
    StringWriter text = new StringWriter();
    serve(new StringReader(input), text, maxChars, CompletableFuture.completedFuture(null));
    return answers(text);
  }

  private static void serve(
      Reader in, StringWriter text, int maxChars, CompletionStage<?> resourcesReady) {
    serve(in, new PrintWriter(text, true), maxChars, resourcesReady);
  }

  private static void serve(
      Reader in, PrintWriter out, int maxChars, CompletionStage<?> resourcesReady) {
    serve(in, out, maxChars, resourcesReady, new CompletableFuture<>());
  }

  private static void serve(
      Reader in,
      PrintWriter out,
      int maxChars,
      CompletionStage<?> resourcesReady,
      CompletableFuture<PlanCatalog> catalog) {
    McpJsonMapper json = McpServers.jsonMapper();
    LineTransport transport = new LineTransport(json, in, out, maxChars, resourcesReady);
    McpSyncServer server = McpServers.start(transport, json, catalog, "test");
    try {
      transport.serve();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      server.close();
    }
  }

  private static List<JsonNode> answers(StringWriter text) {
    return JsonLines.read(text.toString());
  }

  private static JsonNode withId(List<JsonNode> answers, Object id) {
    return answers.stream()
        .filter(answer -> answer.get("id").asText().equals(String.valueOf(id)))
        .filter(answer -> !answer.get("id").isNull())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no answer with id " + id + " in " + answers));
  }

  private static List<JsonNode> errorsWithoutId(List<JsonNode> answers) {
    return answers.stream().filter(answer -> answer.get("id").isNull()).toList();
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static void assertPong(List<JsonNode> answers, int id) {
    JsonNode pong = withId(answers, id);
    assertThat(pong.get("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(pong.has("error")).as("an error instead of the answer: %s", pong).isFalse();
    assertThat(pong.get("result").isObject()).isTrue();
  }

  @Test
  void aLineThatIsNotJsonIsAParseErrorAndTheNextLineIsServed() {
    List<JsonNode> answers =
        exchange(
            1000,
            lines(
                INITIALIZE,
                INITIALIZED,
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":",
                PING.formatted(4)));
    assertThat(answers).hasSize(3);
    assertThat(errorsWithoutId(answers)).hasSize(1);
    JsonNode error = errorsWithoutId(answers).get(0);
    assertThat(error.get("jsonrpc").asText()).isEqualTo("2.0");
    assertThat(error.at("/error/code").asInt()).isEqualTo(-32700);
    assertThat(error.at("/error/message").asText()).isEqualTo("Parse error: the line is not JSON");
    assertPong(answers, 4);
  }

  @Test
  void aLineLongerThanTheBoundIsAnInvalidRequestAndTheNextLineIsServed() {
    String longPing = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\",\"pad\":\"%s\"}";
    String fits = longPing.formatted("x".repeat(300 - longPing.length() + 2));
    assertThat(fits).hasSize(300);
    String over = longPing.formatted("x".repeat(300 - longPing.length() + 3));
    List<JsonNode> answers =
        exchange(300, lines(INITIALIZE, INITIALIZED, over, fits, PING.formatted(6)));
    List<JsonNode> errors = errorsWithoutId(answers);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).at("/error/code").asInt()).isEqualTo(-32600);
    assertThat(errors.get(0).at("/error/message").asText())
        .isEqualTo("Invalid request: the message is longer than 300 characters");
    assertPong(answers, 5);
    assertPong(answers, 6);
    assertThat(answers).hasSize(4);
  }

  @Test
  void theInitializeLineAtTheBoundIsReadWhole() {
    List<JsonNode> answers = exchange(INITIALIZE.length(), lines(INITIALIZE));
    assertThat(withId(answers, "init").at("/result/serverInfo/name").asText()).isEqualTo("ipplan");
  }

  @Test
  void aVersionOtherThanTwoPointZeroIsAnInvalidRequestWithTheRequestsId() {
    List<JsonNode> answers =
        exchange(
            1000,
            lines(
                INITIALIZE,
                INITIALIZED,
                "{\"jsonrpc\":\"1.0\",\"id\":7,\"method\":\"ping\"}",
                "{\"id\":8,\"method\":\"ping\"}",
                PING.formatted(9)));
    for (int id : new int[] {7, 8}) {
      JsonNode error = withId(answers, id);
      assertThat(error.at("/error/code").asInt()).isEqualTo(-32600);
      assertThat(error.at("/error/message").asText())
          .isEqualTo("Invalid request: \"jsonrpc\" must be \"2.0\"");
    }
    assertPong(answers, 9);
  }

  @Test
  void anIdThatIsNeitherStringNorNumberIsAnsweredAsNull() {
    List<JsonNode> answers =
        exchange(
            1000,
            lines(
                INITIALIZE,
                INITIALIZED,
                "{\"jsonrpc\":\"1.0\",\"id\":{\"a\":1},\"method\":\"ping\"}"));
    assertThat(errorsWithoutId(answers)).hasSize(1);
    assertThat(errorsWithoutId(answers).get(0).at("/error/code").asInt()).isEqualTo(-32600);
  }

  @Test
  void aBatchOrAnotherValueThatIsNoObjectIsAnInvalidRequest() {
    List<JsonNode> answers =
        exchange(
            1000,
            lines(
                INITIALIZE,
                INITIALIZED,
                "[" + PING.formatted(10) + "," + PING.formatted(11) + "]",
                "42"));
    List<JsonNode> errors = errorsWithoutId(answers);
    assertThat(errors).hasSize(2);
    for (JsonNode error : errors) {
      assertThat(error.at("/error/code").asInt()).isEqualTo(-32600);
      assertThat(error.at("/error/message").asText())
          .isEqualTo("Invalid request: a message is a JSON object");
    }
    assertThat(answers).hasSize(3);
  }

  @Test
  void anObjectThatIsNoRequestNotificationOrResponseIsAnInvalidRequest() {
    List<JsonNode> answers =
        exchange(1000, lines(INITIALIZE, INITIALIZED, "{\"jsonrpc\":\"2.0\",\"id\":12}"));
    JsonNode error = withId(answers, 12);
    assertThat(error.at("/error/code").asInt()).isEqualTo(-32600);
    assertThat(error.at("/error/message").asText())
        .isEqualTo("Invalid request: neither a request, a notification nor a response");
  }

  @Test
  void anUnknownMethodIsMethodNotFound() {
    List<JsonNode> answers =
        exchange(
            1000,
            lines(
                INITIALIZE,
                INITIALIZED,
                "{\"jsonrpc\":\"2.0\",\"id\":13,\"method\":\"plans/everything\"}"));
    assertThat(withId(answers, 13).at("/error/code").asInt()).isEqualTo(-32601);
  }

  @Test
  void blankLinesAreSkippedAndALastLineWithoutNewlineIsServed() {
    List<JsonNode> answers =
        exchange(
            1000,
            INITIALIZE
                + "\n"
                + INITIALIZED
                + "\n\n   \n\r\n"
                + PING.formatted(14)
                + "\r\n"
                + PING.formatted(15));
    assertPong(answers, 14);
    assertPong(answers, 15);
    assertThat(answers).hasSize(3);
  }

  @Test
  void closingTheInputEndsServingOnceEveryAnswerIsWritten() {
    StringBuilder input = new StringBuilder(lines(INITIALIZE, INITIALIZED));
    for (int id = 100; id < 150; id++) {
      input.append(PING.formatted(id)).append('\n');
    }
    List<JsonNode> answers = exchange(1000, input.toString());
    assertThat(answers).hasSize(51);
    for (int id = 100; id < 150; id++) {
      assertPong(answers, id);
    }
  }

  @Test
  void resourceRequestsWaitForTheResourcesWhileOtherRequestsAreAnswered() throws Exception {
    PipedWriter client = new PipedWriter();
    PipedReader in = new PipedReader(client, 1 << 16);
    StringWriter text = new StringWriter();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread server = new Thread(() -> serve(in, text, 1000, ready), "test-server");
    server.start();
    client.write(
        lines(
            INITIALIZE,
            INITIALIZED,
            "{\"jsonrpc\":\"2.0\",\"id\":20,\"method\":\"resources/list\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":21,\"method\":\"tools/list\"}"));
    client.flush();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (answers(text).size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    List<JsonNode> early = answers(text);
    assertThat(early).extracting(answer -> answer.get("id").asText()).containsOnly("init", "21");
    assertThat(withId(early, 21).at("/result/tools").size()).isEqualTo(Tools.ALL.size());

    ready.complete(null);
    client.close();
    server.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(server.isAlive()).isFalse();
    List<JsonNode> all = answers(text);
    assertThat(all).hasSize(3);
    assertThat(withId(all, 20).at("/result/resources").isArray()).isTrue();
  }

  @Test
  void aResourceRequestIsAnsweredWhenTheResourcesCannotBeRegistered() {
    StringWriter text = new StringWriter();
    serve(
        new StringReader(
            lines(
                INITIALIZE,
                INITIALIZED,
                "{\"jsonrpc\":\"2.0\",\"id\":22,\"method\":\"resources/list\"}")),
        text,
        1000,
        CompletableFuture.failedFuture(new IllegalStateException("no plans")));
    List<JsonNode> answers = answers(text);
    assertThat(withId(answers, 22).at("/result/resources").size()).isZero();
  }

  @Test
  void eachAnswerIsWrittenOutWhileTheInputIsStillOpen() throws Exception {
    PipedWriter client = new PipedWriter();
    PipedReader in = new PipedReader(client, 1 << 16);
    StringWriter text = new StringWriter();
    // Buffered, so that an answer reaches the text only when the transport flushes it.
    PrintWriter out = new PrintWriter(new BufferedWriter(text));
    McpJsonMapper json = McpServers.jsonMapper();
    LineTransport transport =
        new LineTransport(json, in, out, 1000, CompletableFuture.completedFuture(null));
    McpSyncServer mcp =
        McpServers.start(transport, json, new CompletableFuture<PlanCatalog>(), "test");
    Thread server =
        new Thread(
            () -> {
              try {
                transport.serve();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            "test-server");
    server.start();
    try {
      client.write(lines(INITIALIZE));
      client.flush();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (answers(text).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(answers(text))
          .extracting(answer -> answer.get("id").asText())
          .containsExactly("init");
    } finally {
      client.close();
      server.join(TimeUnit.SECONDS.toMillis(30));
      mcp.close();
    }
  }

  @Test
  void theEndOfTheInputWaitsForAToolCallThatWaitsForThePlans() {
    CompletableFuture<PlanCatalog> catalog = new CompletableFuture<>();
    StringWriter text = new StringWriter();
    CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS)
        .execute(() -> catalog.complete(BundledPlans.load()));
    serve(
        new StringReader(
            lines(
                INITIALIZE,
                INITIALIZED,
                "{\"jsonrpc\":\"2.0\",\"id\":30,\"method\":\"tools/call\",\"params\":{"
                    + "\"name\":\"measure\",\"arguments\":{\"plan\":\"national-2021-2022\","
                    + "\"number\":18}}}")),
        new PrintWriter(text, true),
        1000,
        CompletableFuture.completedFuture(null),
        catalog);
    JsonNode answer = withId(answers(text), 30);
    assertThat(answer.at("/result/isError").asBoolean()).isFalse();
    // Task 18 of the national plan: 探索推进外观设计制度改革。（知识产权局负责）
    assertThat(answer.at("/result/content/0/text").asText())
        .startsWith(
            "[national-2021-2022/measure/18]\nnational-2021-2022 measure 18\n  探索推进外观设计制度改革。");
  }

  @Test
  void onceTheOutputFailsNoLaterAnswerIsWritten() {
    List<String> attempted = new ArrayList<>();
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            attempted.add(new String(buffer, offset, length));
            throw new IOException("the pipe is closed");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("the pipe is closed");
          }

          @Override
          public void close() {}
        };
    serve(
        new StringReader(lines(INITIALIZE, INITIALIZED, PING.formatted(40), PING.formatted(41))),
        new PrintWriter(broken),
        1000,
        CompletableFuture.completedFuture(null));
    assertThat(attempted).isNotEmpty();
    assertThat(String.join("", attempted)).contains("\"init\"").doesNotContain("\"id\":4");
  }

  @Test
  void aNotificationIsWrittenOnceTheSessionIsStarted() {
    StringWriter text = new StringWriter();
    McpJsonMapper json = McpServers.jsonMapper();
    LineTransport transport =
        new LineTransport(
            json,
            new StringReader(""),
            new PrintWriter(text, true),
            1000,
            CompletableFuture.completedFuture(null));
    transport.notifyClients("notifications/tools/list_changed", null).block();
    assertThat(text.toString()).isEmpty();
    McpSyncServer server =
        McpServers.start(transport, json, new CompletableFuture<PlanCatalog>(), "test");
    try {
      transport.notifyClients("notifications/tools/list_changed", null).block();
    } finally {
      server.close();
    }
    List<JsonNode> written = answers(text);
    assertThat(written).hasSize(1);
    assertThat(written.get(0).get("method").asText()).isEqualTo("notifications/tools/list_changed");
  }

  @Test
  void aMessageBeforeTheSessionStartsIsAnError() {
    LineTransport transport =
        new LineTransport(
            McpServers.jsonMapper(),
            new StringReader(""),
            new PrintWriter(new StringWriter()),
            1000,
            CompletableFuture.completedFuture(null));
    assertThatThrownBy(() -> transport.handle(PING.formatted(50)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The server has not started the session");
  }
}
