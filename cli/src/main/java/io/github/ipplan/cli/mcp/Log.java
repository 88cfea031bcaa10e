package io.github.ipplan.cli.mcp;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The server's own log: one line on standard error per problem. Standard output carries protocol
 * messages only; the SDK's log goes through SLF4J, which the jar binds to no output.
 */
final class Log {
  private static final PrintStream ERR =
      new PrintStream(
          new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);

  private Log() {}

  /** Writes a problem and its cause, if any, on one line. */
  static void error(String message, @Nullable Throwable cause) {
    ERR.println(line(message, cause));
  }

  /** Returns the line of a problem: its message, then the cause's type and message, if any. */
  static String line(String message, @Nullable Throwable cause) {
    return "ipplan mcp: "
        + message
        + (cause == null
            ? ""
            : ": "
                + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
  }
}
