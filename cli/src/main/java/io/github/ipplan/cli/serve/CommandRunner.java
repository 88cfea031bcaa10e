package io.github.ipplan.cli.serve;

import io.github.ipplan.PlanCatalog;
import java.io.PrintWriter;

/**
 * Runs one command line over a catalog, as the {@code ipplan} command does: the REST API answers
 * each route with the JSON of the command it stands for. The entry package supplies it, so that
 * this package does not depend on the commands that start it.
 */
@FunctionalInterface
public interface CommandRunner {
  /**
   * Runs a command line.
   *
   * @param catalog the plans to query
   * @param args the arguments, the command first
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  int run(PlanCatalog catalog, String[] args, PrintWriter out, PrintWriter err);
}
