package io.github.ipplan.examples.cli;

/** A failure that ends the command with an exit code and a message on standard error. */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int code;

  Failure(int code, String message) {
    super(message);
    this.code = code;
  }

  /** A failure for an unknown body, plan, measure or project: exit code 3. */
  static Failure notFound(String message) {
    return new Failure(Cli.NOT_FOUND, message);
  }
}
