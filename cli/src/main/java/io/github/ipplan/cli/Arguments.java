package io.github.ipplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
   * Returns the arguments as they are when none holds a replacement character; otherwise the
   * arguments with each that holds one replaced by its entry among the last {@code args.length}
   * entries of the command-line file, decoded as UTF-8. Every entry of that file ends with a NUL,
   * so an empty argument is an entry too, wherever it stands. The arguments are returned as they
   * are where that file cannot be read, holds too few entries, or disagrees with an argument that
   * was decoded whole: its entries and the arguments would not line up.
   */
  static String[] recover(String[] args, Path commandLine) {
    if (!anyMangled(args)) {
      return args;
    }
    try {
      List<String> all = entries(Files.readAllBytes(commandLine));
      if (all.size() < args.length) {
        return args;
      }
      List<String> own = all.subList(all.size() - args.length, all.size());
      String[] recovered = new String[args.length];
      for (int i = 0; i < args.length; i++) {
        if (mangled(args[i])) {
          recovered[i] = own.get(i);
        } else if (own.get(i).equals(args[i])) {
          recovered[i] = args[i];
        } else {
          return args;
        }
      }
      return recovered;
    } catch (IOException | SecurityException e) {
      return args;
    }
  }

  /** A loop, not a stream: the main thread makes no lambda before picocli starts. */
  private static boolean anyMangled(String[] args) {
    for (String arg : args) {
      if (mangled(arg)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mangled(String arg) {
    return arg.indexOf('\uFFFD') >= 0;
  }

  /**
   * The NUL-terminated entries of a command-line file, decoded as UTF-8, empty ones included; a
   * last entry without its NUL counts too.
   */
  static List<String> entries(byte[] bytes) {
    List<String> entries = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        entries.add(new String(bytes, start, i - start, UTF_8));
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      entries.add(new String(bytes, start, bytes.length - start, UTF_8));
    }
    return entries;
  }
}
