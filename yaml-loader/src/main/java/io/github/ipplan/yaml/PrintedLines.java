package io.github.ipplan.yaml;

import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-text copy of a plan cut into its printed lines, as {@link PlanImporter} reads it: line
 * breaks of any platform, indentation of any kind and blank lines are taken apart from the text.
 */
final class PrintedLines {
  private PrintedLines() {}

  /**
   * A non-blank line.
   *
   * @param number the 1-based line number in the source
   * @param text the line without its indentation and trailing white space
   * @param indent the indentation as printed
   * @param blankBefore whether a blank line precedes it
   */
  record Line(int number, String text, String indent, boolean blankBefore) {}

  /**
   * Cuts a text into its non-blank lines.
   *
   * @throws PlanLoadException at the first character no plan text may hold, or a line longer than
   *     the options allow
   */
  static List<Line> of(String source, String text, LoadOptions options) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Line> lines = new ArrayList<>();
    boolean blank = false;
    String[] raws = LINE_BREAK.split(body, -1);
    for (int index = 0; index < raws.length; index++) {
      int number = index + 1;
      String raw = raws[index];
      int forbidden = Texts.firstForbidden(raw);
      if (forbidden >= 0) {
        throw new PlanLoadException(
            source,
            number,
            raw.codePointCount(0, forbidden) + 1,
            "$",
            String.format(
                "the text holds U+%04X, which a plan's text may not hold (a control character, a"
                    + " noncharacter or an unpaired surrogate)",
                raw.codePointAt(forbidden)),
            "remove it from the copy");
      }
      if (raw.length() > options.maxScalarLength()) {
        throw new PlanLoadException(
            source,
            number,
            1,
            "$",
            "the line has "
                + raw.length()
                + " characters, more than the limit of "
                + options.maxScalarLength(),
            "a plan's paragraphs are shorter; raise the limit with"
                + " LoadOptions.withMaxScalarLength if this one is real");
      }
      int from = 0;
      while (from < raw.length() && isSpace(raw.codePointAt(from))) {
        from += Character.charCount(raw.codePointAt(from));
      }
      int to = raw.length();
      while (to > from && isSpace(raw.codePointBefore(to))) {
        to -= Character.charCount(raw.codePointBefore(to));
      }
      if (to > from) {
        lines.add(new Line(number, raw.substring(from, to), raw.substring(0, from), blank));
        blank = false;
      } else {
        blank = true;
      }
    }
    return lines;
  }

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  /** White space, no-break and ideographic spaces, and invisible format characters. */
  static boolean isSpace(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  /** Describes an indentation for a note: {@code 4 no-break spaces}. */
  static String describe(String indent) {
    int count = indent.codePointCount(0, indent.length());
    int first = indent.codePointAt(0);
    boolean same = indent.codePoints().allMatch(c -> c == first);
    if (!same) {
      return count + " characters of white space (" + Quote.of(indent) + ")";
    }
    String what =
        switch (first) {
          case ' ' -> "space";
          case '\u00A0' -> "no-break space";
          case '\u3000' -> "ideographic space";
          case '\t' -> "tab";
          default -> String.format("U+%04X", first);
        };
    return count + " " + what + (count == 1 ? "" : "s");
  }
}
