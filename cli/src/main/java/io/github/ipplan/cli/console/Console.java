package io.github.ipplan.cli.console;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Standard output and standard error in UTF-8, whatever the platform's encoding: the command line
 * prints Chinese text, which a Latin-1 or ASCII default would turn into question marks.
 */
public final class Console {
  private Console() {}

  /**
   * Returns standard output as a UTF-8 stream that flushes at every line.
   *
   * @return standard output
   */
  public static PrintStream out() {
    return new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
  }

  /**
   * Returns standard error as a UTF-8 stream that flushes at every line.
   *
   * @return standard error
   */
  public static PrintStream err() {
    return new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
  }

  /**
   * Returns standard output as a UTF-8 writer that flushes at every line.
   *
   * @return standard output
   */
  public static PrintWriter outWriter() {
    return new PrintWriter(new FileOutputStream(FileDescriptor.out), true, UTF_8);
  }

  /**
   * Returns standard error as a UTF-8 writer that flushes at every line.
   *
   * @return standard error
   */
  public static PrintWriter errWriter() {
    return new PrintWriter(new FileOutputStream(FileDescriptor.err), true, UTF_8);
  }
}
