package io.github.ipplan.cli.mcp;

import io.github.ipplan.PlanCatalog;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The plans as a Model Context Protocol server over a byte stream in and a writer out: standard
 * input and output under {@code ipplan mcp}.
 *
 * <p>The server answers {@code initialize} and lists its tools without waiting for the plans: a
 * tool call waits until the catalog is loaded, and a request for resources until the plans'
 * resources are registered. Where the catalog cannot be loaded, every tool call answers with a tool
 * error that says why, and the resources are none.
 */
public final class McpStdio {
  private McpStdio() {}

  /**
   * Serves until the input ends, then returns once the answers still being computed are written (a
   * few seconds at most).
   *
   * @param catalog the plans, loaded or being loaded
   * @param in the input: UTF-8, one JSON-RPC message a line
   * @param out the output, which receives protocol messages only, one a line
   * @param version the version the server gives in its answer to {@code initialize}
   * @throws IOException if the input cannot be read
   */
  public static void serve(
      CompletableFuture<PlanCatalog> catalog, InputStream in, PrintWriter out, String version)
      throws IOException {
    McpJsonMapper json = McpServers.jsonMapper();
    CompletableFuture<Void> resourcesReady = new CompletableFuture<>();
    LineTransport transport =
        new LineTransport(
            json,
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
            out,
            LineTransport.MAX_MESSAGE_CHARS,
            resourcesReady);
    McpSyncServer server = McpServers.start(transport, json, catalog, version);
    catalog.whenComplete(
        (loaded, failure) -> {
          try {
            if (loaded != null) {
              McpServers.addResources(server, loaded);
            }
          } finally {
            resourcesReady.complete(null);
          }
        });
    try {
      transport.serve();
    } finally {
      server.close();
    }
  }
}
