package io.github.ipplan.internal;

import io.github.ipplan.Heading;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rule that headings under one parent have distinct numerals. Not part of the API. */
public final class Headings {
  private Headings() {}

  /**
   * Names a heading in a message: its numeral and title, quoted.
   *
   * @param heading the heading
   * @return such as {@code '二 别处'}
   */
  public static String name(Heading heading) {
    return Quote.of(heading.numeral() + " " + heading.title());
  }

  /**
   * Checks that no two of the headings share a numeral: they would print alike, and the measures
   * under one would be found under the other.
   *
   * @param headings headings under one parent, in order
   * @param where where they are, to end the message, such as {@code at the top of the outline}
   * @throws IllegalStateException naming the first numeral used twice
   */
  public static void checkNumerals(List<Heading> headings, String where) {
    Set<String> numerals = new HashSet<>();
    for (Heading heading : headings) {
      if (!numerals.add(heading.numeral())) {
        throw new IllegalStateException(
            "Two headings are numbered " + Quote.of(heading.numeral()) + " " + where);
      }
    }
  }
}
