package io.github.ipplan.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Recovers arguments the JVM could not decode. */
final class Arguments {
  /** Where Linux keeps the raw bytes of this process's command line, NUL-separated. */
  private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

  private Arguments() {}

  /**
   * Java 17 decodes arguments with the locale's charset; under {@code LC_ALL=C} a Chinese argument
   * arrives as replacement characters. On Linux the raw bytes are still in {@code
   * /proc/self/cmdline}: when an argument was mangled, decode them as UTF-8 instead.
   */
  static String[] recover(String[] args) {
    return recover(args, COMMAND_LINE);
  }

  /**
   * Returns the arguments as they are when none holds a replacement character; otherwise the last
   * {@code args.length} NUL-separated entries of the command-line file decoded as UTF-8, or the
   * arguments as they are where that file cannot be read or holds too few entries.
   */
  static String[] recover(String[] args, Path commandLine) {
    if (Arrays.stream(args).noneMatch(arg -> arg.indexOf('\uFFFD') >= 0)) {
      return args;
    }
    try {
      String[] all = new String(Files.readAllBytes(commandLine), UTF_8).split("\0");
      return all.length >= args.length
          ? Arrays.copyOfRange(all, all.length - args.length, all.length)
          : args;
    } catch (IOException | RuntimeException e) {
      return args;
    }
  }
}
