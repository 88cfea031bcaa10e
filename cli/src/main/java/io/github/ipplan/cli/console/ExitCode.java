package io.github.ipplan.cli.console;

/**
 * The exit codes of the {@code ipplan} command line, each with the words its help lists it with;
 * the one place they are defined. A user's mistake is never {@link #UNEXPECTED}: a mistake in the
 * arguments, or a port that cannot be listened on, is {@link #USAGE}; a name or number that matches
 * nothing is {@link #NOT_FOUND}; a file that cannot be read or written, for whatever reason the
 * system gives (a missing folder, a file where a directory should be, a directory where a file
 * should be, no permission, a full disk), is {@link #INVALID_FILE}, with one line on standard error
 * that names the file and the reason. {@link #UNEXPECTED} is kept for failures the command line
 * does not expect: a bug. picocli ends a run with {@link #UNEXPECTED} when a command throws and
 * with {@link #USAGE} when the arguments do not parse; the commands end with the others.
 */
public enum ExitCode {
  /**
   * 0: the command did its work, also when nothing matches; {@code validate}: every file is valid.
   */
  SUCCESS(0, "success (also when nothing matches); validate: every file is valid"),
  /** 1: a failure the command line does not expect, a bug. */
  UNEXPECTED(1, "unexpected failure (a bug)"),
  /**
   * 2: a usage error: an unknown command or option, a missing or malformed argument, a port that
   * cannot be listened on.
   */
  USAGE(2, "usage error, also a port that cannot be listened on"),
  /** 3: no body, plan, measure or project has the name or number given. */
  NOT_FOUND(3, "unknown body, plan, measure or project"),
  /**
   * 4: a plan or registry file is invalid or cannot be read (a directory, a FIFO or a device is not
   * read), or an output file cannot be written (a missing folder, a file in a directory's place, no
   * permission, a full disk).
   */
  INVALID_FILE(
      4,
      "a plan or registry file is invalid or cannot be read (validate: some file is),"
          + " or an output file cannot be written (missing folder, file in the way,"
          + " no permission, full disk)"),
  /**
   * 5: {@code import} wrote the plan file, but it does not load yet: a body no registry knows, or
   * metadata the text does not print.
   */
  IMPORT_INCOMPLETE(5, "import: the plan file was written but does not load yet");

  private final int code;
  private final String description;

  ExitCode(int code, String description) {
    this.code = code;
    this.description = description;
  }

  /**
   * Returns the number the process exits with.
   *
   * @return the exit code, 0 to 5
   */
  public int code() {
    return code;
  }

  /**
   * Returns what the code means, as the command line's help lists it.
   *
   * @return for example {@code usage error}
   */
  public String description() {
    return description;
  }
}
