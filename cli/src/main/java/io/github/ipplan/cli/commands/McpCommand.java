package io.github.ipplan.cli.commands;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.cli.console.Failure;
import io.github.ipplan.cli.mcp.McpStdio;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;

/**
 * {@code ipplan mcp}: the plans as a Model Context Protocol server over standard input and output,
 * until the input ends.
 *
 * <p>The tools mirror the command line (plans, bodies, body, leads, participates, involves,
 * measure, project, search, indicators, collaborations); each plan is a resource, as text ({@code
 * ipplan://plans/<id>.txt}) and as JSON ({@code ipplan://plans/<id>.json}). Standard output carries
 * protocol messages only. The catalog (the bundled plans, and the files {@code --file} and {@code
 * --registry} name) loads on a thread of its own while the server answers {@code initialize}.
 */
@Command(
    name = "mcp",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the plans to an AI assistant as a Model Context Protocol server over standard input"
          + " and output, until the input ends. Tools mirror the commands (leads, measure,"
          + " search, ...); each plan is a resource (ipplan://plans/<id>.txt and .json).",
      "Client configuration: {\"command\": \"ipplan\", \"args\": [\"mcp\"]}"
    })
final class McpCommand extends Subcommand {
  private final InputStream in;

  /** Creates the command, reading standard input. */
  McpCommand() {
    this(System.in);
  }

  McpCommand(InputStream in) {
    this.in = in;
  }

  /**
   * Serves until the input ends. Where the plans cannot be loaded, the reason is printed on
   * standard error when the load fails, the tools answer with it, and the command ends with the
   * load's exit code (4 for a plan or registry file that is invalid or cannot be read).
   */
  @Override
  void execute() {
    CompletableFuture<PlanCatalog> catalog = new CompletableFuture<>();
    AtomicReference<RuntimeException> failed = new AtomicReference<>();
    Thread loader =
        new Thread(
            () -> {
              try {
                catalog.complete(catalog());
              } catch (RuntimeException e) {
                failed.set(e);
                root.err.println(e.getMessage());
                root.err.flush();
                catalog.completeExceptionally(e);
              }
            },
            "ipplan-mcp-load");
    loader.setDaemon(true);
    loader.start();
    try {
      McpStdio.serve(catalog, in, out(), version());
    } catch (IOException e) {
      throw new Failure(ExitCode.UNEXPECTED, "Cannot read standard input: " + Failure.reason(e));
    }
    RuntimeException failure = failed.get();
    if (failure != null) {
      throw new Failure(failure instanceof Failure f ? f.code() : ExitCode.UNEXPECTED, "");
    }
  }

  private static String version() {
    String version = McpCommand.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
