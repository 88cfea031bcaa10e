package io.github.ipplan.cli.console;

import io.github.ipplan.internal.Quote;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** A failure that ends the command with an exit code and a message on standard error. */
public final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit code the command ends with. */
  private final ExitCode code;

  /**
   * Creates a failure.
   *
   * @param code the exit code the command ends with
   * @param message the line printed on standard error; empty for none
   */
  public Failure(ExitCode code, String message) {
    super(message);
    this.code = code;
  }

  /**
   * Returns the exit code the command ends with.
   *
   * @return the exit code
   */
  public ExitCode code() {
    return code;
  }

  /**
   * Says why a file cannot be read or written: {@code /no/such/dir/x.json: no such file or
   * directory}.
   *
   * @param e the failure of the read
   * @return {@code Cannot read } and the {@linkplain #reason reason}
   */
  public static String cannotRead(IOException e) {
    return "Cannot read " + reason(e);
  }

  /**
   * Names the file and the reason an I/O operation on it failed; the name escaped as {@code
   * validate} escapes names ({@link Quote#escape}).
   *
   * @param e the failure of the operation
   * @return the file's name and the reason
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return Quote.escape(missing.getFile()) + ": no such file or directory";
    }
    if (e instanceof AccessDeniedException denied) {
      return Quote.escape(denied.getFile()) + ": permission denied";
    }
    if (e instanceof FileSystemException failed && failed.getFile() != null) {
      return Quote.escape(failed.getFile())
          + ": "
          + (failed.getReason() != null ? failed.getReason() : e.getClass().getSimpleName());
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /**
   * Returns a failure for an unknown body, plan, measure or project ({@link ExitCode#NOT_FOUND}).
   *
   * @param message the sentence that says what is unknown
   * @return the failure
   */
  public static Failure notFound(String message) {
    return new Failure(ExitCode.NOT_FOUND, message);
  }
}
