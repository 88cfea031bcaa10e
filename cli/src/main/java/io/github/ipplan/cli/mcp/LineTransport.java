package io.github.ipplan.cli.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The Model Context Protocol's stdio transport: one JSON-RPC message a line on the input, one a
 * line on the output.
 *
 * <p>Unlike the SDK's own stdio transport, which stops reading at the first line it cannot use, a
 * line that is not JSON, not a JSON-RPC message or longer than the bound is answered with the
 * JSON-RPC error (parse error, invalid request) and the next line is read. A line is read into
 * memory up to the bound only; the rest of a longer one is skipped. When the input ends, the
 * answers still being computed are written (for a few seconds at most) and {@link #serve()}
 * returns. Answers are written whole, one at a time, from any thread.
 *
 * <p>The resources are those of the plans, known once the plans are loaded: a request whose method
 * begins with {@code resources/} is handed to the session only when the stage given to the
 * constructor completes (however it completes). Every other message is handed over at once, so that
 * {@code initialize}, {@code ping} and {@code tools/list} are answered while the plans load.
 */
final class LineTransport implements McpServerTransportProvider {
  /** The longest message read, in characters (UTF-16 units): 1 MiB. */
  static final int MAX_MESSAGE_CHARS = 1 << 20;

  /** How long the end of input waits for the answers still being computed. */
  private static final long DRAIN_SECONDS = 5;

  private static final TypeRef<Object> ANY = new TypeRef<>() {};

  private final McpJsonMapper json;
  private final Reader in;
  private final PrintWriter out;
  private final int maxChars;
  private final CompletionStage<?> resourcesReady;
  private final Object writing = new Object();

  /** One party for the reader, one per message being handled. */
  private final Phaser inFlight = new Phaser(1);

  private volatile @Nullable McpServerSession session;
  private volatile boolean outputBroken;

  /**
   * Creates the transport.
   *
   * @param json the mapper of the messages
   * @param in the input, one message a line
   * @param out the output, where each answer is written as one line
   * @param maxChars the longest line read, in characters
   * @param resourcesReady completes when the resources are registered; requests for resources wait
   *     for it
   */
  LineTransport(
      McpJsonMapper json,
      Reader in,
      PrintWriter out,
      int maxChars,
      CompletionStage<?> resourcesReady) {
    this.json = json;
    this.in = in;
    this.out = out;
    this.maxChars = maxChars;
    this.resourcesReady = resourcesReady;
  }

  @Override
  public void setSessionFactory(McpServerSession.Factory sessionFactory) {
    session = sessionFactory.create(new Session());
  }

  @Override
  public Mono<Void> notifyClients(String method, Object params) {
    McpServerSession current = session;
    return current == null ? Mono.empty() : current.sendNotification(method, params);
  }

  @Override
  public Mono<Void> closeGracefully() {
    return Mono.empty();
  }

  /**
   * Reads messages and hands each to the session until the input ends, then waits for the answers
   * still being computed.
   *
   * @throws IOException if the input cannot be read
   */
  void serve() throws IOException {
    try {
      StringBuilder line = new StringBuilder();
      boolean tooLong = false;
      char[] buffer = new char[8192];
      int read;
      while ((read = in.read(buffer)) != -1) {
        for (int i = 0; i < read; i++) {
          char c = buffer[i];
          if (c == '\n') {
            line(line, tooLong);
            line.setLength(0);
            tooLong = false;
          } else if (line.length() < maxChars) {
            line.append(c);
          } else {
            tooLong = true;
          }
        }
      }
      line(line, tooLong);
    } finally {
      drain();
    }
  }

  private void line(StringBuilder line, boolean tooLong) {
    if (tooLong) {
      writeError(
          null,
          McpSchema.ErrorCodes.INVALID_REQUEST,
          "Invalid request: the message is longer than " + maxChars + " characters");
      return;
    }
    String text = line.toString();
    if (!text.isBlank()) {
      handle(text.strip());
    }
  }

  /** Answers one line: the error where it is no message, else what the session answers. */
  void handle(String text) {
    Object parsed;
    try {
      parsed = json.readValue(text, ANY);
    } catch (IOException | RuntimeException e) {
      writeError(null, McpSchema.ErrorCodes.PARSE_ERROR, "Parse error: the line is not JSON");
      return;
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      writeError(
          null,
          McpSchema.ErrorCodes.INVALID_REQUEST,
          "Invalid request: a message is a JSON object");
      return;
    }
    Object id = map.get("id");
    if (!(id == null || id instanceof String || id instanceof Number)) {
      id = null;
    }
    if (!"2.0".equals(map.get("jsonrpc"))) {
      writeError(
          id, McpSchema.ErrorCodes.INVALID_REQUEST, "Invalid request: \"jsonrpc\" must be \"2.0\"");
      return;
    }
    JSONRPCMessage message;
    try {
      message = McpSchema.deserializeJsonRpcMessage(json, text);
    } catch (IOException | RuntimeException e) {
      writeError(
          id,
          McpSchema.ErrorCodes.INVALID_REQUEST,
          "Invalid request: neither a request, a notification nor a response");
      return;
    }
    McpServerSession current = session;
    if (current == null) {
      throw new IllegalStateException("The server has not started the session");
    }
    inFlight.register();
    Mono<Void> handling = Mono.defer(() -> current.handle(message));
    if (message instanceof McpSchema.JSONRPCRequest request
        && request.method().startsWith("resources/")) {
      // A copy, so that the session's cancelling its wait leaves the shared stage alone.
      handling =
          Mono.fromCompletionStage(resourcesReady.toCompletableFuture().copy())
              .onErrorComplete()
              .then(handling);
    }
    handling
        .doFinally(signal -> inFlight.arriveAndDeregister())
        .subscribe(ignored -> {}, error -> Log.error("Cannot answer a message", error));
  }

  /** Waits a few seconds at most for the answers still being computed, then ends the session. */
  private void drain() {
    int phase = inFlight.arriveAndDeregister();
    try {
      inFlight.awaitAdvanceInterruptibly(phase, DRAIN_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (TimeoutException e) {
      Log.error("Input ended; some answers were not ready after " + DRAIN_SECONDS + "s", null);
    }
    McpServerSession current = session;
    if (current != null) {
      current.close();
    }
  }

  private void writeError(@Nullable Object id, int code, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("jsonrpc", "2.0");
    answer.put("id", id);
    answer.put("error", error);
    write(answer);
  }

  /** Writes a value as one line of JSON. */
  private void write(Object value) {
    String line;
    try {
      line = json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("A message cannot fail to serialize", e);
    }
    synchronized (writing) {
      if (outputBroken) {
        return;
      }
      out.write(line);
      out.write('\n');
      // checkError flushes the writer first: each answer goes out whole, at once.
      if (out.checkError()) {
        outputBroken = true;
        Log.error("Cannot write to standard output; answers are dropped", null);
      }
    }
  }

  /** The one session's side of the transport. */
  private final class Session implements McpServerTransport {
    @Override
    public Mono<Void> sendMessage(JSONRPCMessage message) {
      return Mono.fromRunnable(() -> write(message));
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
      return json.convertValue(data, typeRef);
    }

    @Override
    public Mono<Void> closeGracefully() {
      return Mono.empty();
    }

    @Override
    public void close() {}
  }
}
