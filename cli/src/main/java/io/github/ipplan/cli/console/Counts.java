package io.github.ipplan.cli.console;

/** Counts with their nouns in agreement: {@code 1 task}, {@code 2 tasks}, {@code 1 body}. */
public final class Counts {
  private Counts() {}

  /**
   * Returns the count and the noun, in the plural unless the count is 1.
   *
   * @param count the count
   * @param noun the noun, in the singular
   * @return the counts
   */
  public static String of(long count, String noun) {
    return count + " " + (count == 1 ? noun : plural(noun));
  }

  /**
   * Returns the plural of one of the nouns the command line counts.
   *
   * @param noun the noun, in the singular
   * @return the plural
   */
  public static String plural(String noun) {
    if (noun.endsWith("y") && !noun.endsWith("ey")) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun + "s";
  }
}
