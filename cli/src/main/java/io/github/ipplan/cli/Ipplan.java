package io.github.ipplan.cli;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.console.Console;
import io.github.ipplan.cli.console.ExitCode;
import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The ipplan command line: asks the bundled plans which tasks a body leads, takes part in or is
 * involved in, shows bodies, measures, projects and indicators, searches the texts, counts
 * collaborations, exports the catalog as JSON, CSV, Graphviz DOT or GraphML, serves it over HTTP,
 * checks plan files and drafts them from published text.
 *
 * <pre>
 * java -jar cli/target/ipplan.jar leads 知识产权局
 * </pre>
 *
 * <p>This class is the launcher the executable jar names. The exit codes are those of {@link
 * ExitCode}, where each is documented. Output is UTF-8 whatever the platform's encoding. A file the
 * command line writes is written whole or not at all: a failure leaves the file that was there as
 * it was.
 */
public final class Ipplan {
  private Ipplan() {}

  /**
   * Runs the command line over the bundled plans, on standard output and error, and exits with its
   * exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = Console.outWriter();
    PrintWriter err = Console.errWriter();
    // Load the plans on a second thread while picocli builds its model and parses the
    // arguments: a cold start pays for the longer of the two, not for both.
    Supplier<PlanCatalog> catalog = BackgroundLoad.bundled();
    System.exit(run(catalog, Arguments.recover(args), out, err));
  }

  /**
   * Runs the command line over a catalog, writing to the given streams.
   *
   * @param catalog the plans to query
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(PlanCatalog catalog, String[] args, PrintWriter out, PrintWriter err) {
    return run(() -> catalog, args, out, err);
  }

  /**
   * Runs the command line over a catalog that is loaded when a command first needs it.
   *
   * @param catalog supplies the plans to query
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(
      Supplier<PlanCatalog> catalog, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = RootCommand.commandLine(catalog, args, out, err);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
