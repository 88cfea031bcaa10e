package io.github.ipplan.examples;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.examples.cli.Cli;
import java.io.PrintWriter;

/**
 * The ipplan command line: asks the bundled plans which tasks a body leads, takes part in or is
 * involved in, shows bodies, measures, projects and indicators, searches the texts, counts
 * collaborations and exports the catalog as JSON, CSV or Graphviz DOT.
 *
 * <pre>
 * java -jar examples/target/ipplan.jar leads 知识产权局
 * </pre>
 *
 * <p>This class is the launcher the executable jar names; the commands live in {@link
 * io.github.ipplan.examples.cli}. Exit codes: 0 success (also when nothing matches), 1 unexpected
 * failure, 2 usage error, 3 unknown body, plan, measure or project. Output is UTF-8 whatever the
 * platform's encoding.
 */
public final class Ipplan {
  /** Exit code for an unknown body, plan, measure or project. */
  static final int NOT_FOUND = Cli.NOT_FOUND;

  private Ipplan() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Cli.main(args);
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
  static int run(PlanCatalog catalog, String[] args, PrintWriter out, PrintWriter err) {
    return Cli.run(catalog, args, out, err);
  }
}
