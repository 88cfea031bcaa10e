package io.github.ipplan.examples.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ipplan.PlanCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The REST example on the JDK's own HTTP server ({@code com.sun.net.httpserver}): serves {@link
 * RestApi}'s routes until {@link #stop()}.
 */
final class RestServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final RestApi api;

  private RestServer(HttpServer server, ExecutorService executor, RestApi api) {
    this.server = server;
    this.executor = executor;
    this.api = api;
  }

  /**
   * Starts serving the catalog.
   *
   * @param catalog the plans to serve
   * @param address the address to listen on, such as the loopback address
   * @param port the port, or 0 for any free one
   * @return the running server
   * @throws IOException if the address cannot be bound
   */
  static RestServer start(PlanCatalog catalog, InetAddress address, int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
    ExecutorService executor =
        Executors.newFixedThreadPool(
            4,
            task -> {
              Thread thread = new Thread(task, "ipplan-rest");
              thread.setDaemon(true);
              return thread;
            });
    RestServer rest = new RestServer(server, executor, new RestApi(catalog));
    server.createContext("/", rest::exchange);
    server.setExecutor(executor);
    server.start();
    return rest;
  }

  /** Returns the address it listens on, such as {@code http://127.0.0.1:8080/}. */
  URI uri() {
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + bound.getPort() + "/");
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      RestApi.Response response;
      try {
        URI uri = exchange.getRequestURI();
        response = api.handle(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery());
      } catch (RuntimeException e) {
        response =
            new RestApi.Response(
                500,
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode()
                    .put("status", 500)
                    .put("error", "Internal error: " + e));
      }
      byte[] body = response.bytes();
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      if (response.status() == 405) {
        exchange.getResponseHeaders().set("Allow", "GET");
      }
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(response.status(), head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  /** Stops listening, lets the requests in progress finish for up to a second, and returns. */
  void stop() {
    server.stop(1);
    executor.shutdown();
    try {
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
