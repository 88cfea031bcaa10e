package io.github.ipplan.internal;

import java.util.List;

/**
 * The rule that headings under one parent have distinct numerals, over the numerals and titles the
 * domain passes in. Not part of the API.
 */
public final class Headings {
  private Headings() {}

  /**
   * Names a heading in a message: its numeral and title, quoted.
   *
   * @param numeral the heading's numeral, such as {@code 二}
   * @param title the heading's title
   * @return such as {@code '二 别处'}
   */
  public static String name(String numeral, String title) {
    return Quote.of(numeral + " " + title);
  }

  /**
   * Checks that no two headings share a numeral: they would print alike, and the measures under one
   * would be found under the other.
   *
   * @param numerals the numerals of the headings under one parent, in order
   * @param where where they are, to end the message, such as {@code at the top of the outline}
   * @throws IllegalStateException naming the first numeral used twice
   */
  public static void checkNumerals(List<String> numerals, String where) {
    int repeat = Rules.firstRepeat(numerals);
    if (repeat >= 0) {
      throw new IllegalStateException(
          "Two headings are numbered " + Quote.of(numerals.get(repeat)) + " " + where);
    }
  }
}
