package io.github.ipplan.examples.cli;

/** Counts with their nouns in agreement: {@code 1 task}, {@code 2 tasks}, {@code 1 body}. */
final class Counts {
  private Counts() {}

  /** Returns the count and the noun, in the plural unless the count is 1. */
  static String of(long count, String noun) {
    return count + " " + (count == 1 ? noun : plural(noun));
  }

  /** Returns the plural of one of the nouns the command line counts. */
  static String plural(String noun) {
    if (noun.endsWith("y") && !noun.endsWith("ey")) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun + "s";
  }
}
