package io.github.ipplan.examples.cli;

import io.github.ipplan.internal.Quote;

/** A failure that ends the command with an exit code and a message on standard error. */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final int code;

  Failure(int code, String message) {
    super(message);
    this.code = code;
  }

  /**
   * Says why a file cannot be read or written: {@code /no/such/dir/x.json: no such file or
   * directory}.
   */
  static String cannotRead(java.io.IOException e) {
    return "Cannot read " + reason(e);
  }

  /**
   * Names the file and the reason an I/O operation on it failed; the name escaped as {@code
   * validate} escapes names ({@link Quote#escape}).
   */
  static String reason(java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      return Quote.escape(missing.getFile()) + ": no such file or directory";
    }
    if (e instanceof java.nio.file.AccessDeniedException denied) {
      return Quote.escape(denied.getFile()) + ": permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException failed && failed.getFile() != null) {
      return Quote.escape(failed.getFile())
          + ": "
          + (failed.getReason() != null ? failed.getReason() : e.getClass().getSimpleName());
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** A failure for an unknown body, plan, measure or project: exit code 3. */
  static Failure notFound(String message) {
    return new Failure(Cli.NOT_FOUND, message);
  }
}
