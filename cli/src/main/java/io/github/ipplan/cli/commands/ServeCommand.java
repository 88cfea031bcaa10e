package io.github.ipplan.cli.commands;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.cli.console.Failure;
import io.github.ipplan.cli.serve.RestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the catalog over HTTP, as JSON, until interrupted (Ctrl-C). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the catalog as JSON over HTTP until stopped with Ctrl-C, each command's"
          + " --format json at a route: GET / lists them (/plans, /plans/{id},"
          + " /plans/{id}/measures/{n}, /plans/{id}/projects/{n}, /bodies, /bodies/{name},"
          + " /bodies/{name}/leads, /participates, /involves, /indicators, /projects,"
          + " /collaborations, /collaborations/{name}, /search?q=); ?plan= filters every list."
    })
final class ServeCommand extends Subcommand {
  @Option(
      names = "--port",
      paramLabel = "<n>",
      defaultValue = "8080",
      description = "The port to listen on (default ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(
      names = "--address",
      paramLabel = "<ip>",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default ${DEFAULT-VALUE}, this machine only).")
  String address;

  @Override
  void execute() {
    if (port < 0 || port > 65535) {
      throw new Failure(ExitCode.USAGE, "The port must be between 0 and 65535, not " + port + ".");
    }
    PlanCatalog catalog = catalog();
    RestServer server;
    try {
      server =
          RestServer.start(catalog, root.commandRunner(), InetAddress.getByName(address), port);
    } catch (IOException e) {
      throw new Failure(
          ExitCode.USAGE,
          "Cannot listen on "
              + address
              + ":"
              + port
              + ": "
              + Failure.reason(e)
              + "; choose another --port or --address.");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.stop();
              out().println("Stopped.");
              out().flush();
              stopped.countDown();
            },
            "ipplan-rest-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out().println("Listening on " + server.uri() + " (Ctrl-C to stop)");
    out().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Runtime.getRuntime().removeShutdownHook(hook);
      server.stop();
    }
  }
}
