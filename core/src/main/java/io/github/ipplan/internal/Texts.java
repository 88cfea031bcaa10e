package io.github.ipplan.internal;

/**
 * What counts as text in a plan: the characters a text may hold, and when it is blank. The loader,
 * the domain checks and the JSON Schemas apply these same rules. Not part of the API.
 */
public final class Texts {
  private Texts() {}

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /**
   * Tells whether a text is an id of a plan or a body: lower-case words (letters a to z and digits)
   * joined by single hyphens, such as {@code national-2021-2022}.
   *
   * @param text the text
   * @return true for an id
   */
  public static boolean isId(String text) {
    return ID.matcher(text).matches();
  }

  /**
   * Returns the simplified form of a traditional ideograph ({@code 見} gives {@code 见}), or the code
   * point itself where it has none.
   *
   * @param c a code point
   * @return its simplified form, or {@code c}
   */
  public static int simplified(int c) {
    return TraditionalSimplified.fold(c);
  }

  /**
   * Tells whether a text is blank: empty, or made only of white space (including no-break and
   * ideographic spaces) and invisible format characters (such as U+200B ZERO WIDTH SPACE and
   * U+FEFF).
   *
   * @param text the text
   * @return true if nothing visible is left once white space and format characters are removed
   */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && Character.getType(c) != Character.FORMAT) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Returns the index of the first character no plan text may hold, or -1: a control character
   * other than tab and line feed, a noncharacter (such as U+FFFE), or a lone surrogate.
   *
   * @param text the text
   * @return the char index of the first such character, or -1
   */
  public static int firstForbidden(String text) {
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (isNoncharacter(text.codePointAt(i))) {
          return i;
        }
        i += 2;
      } else if (Character.isSurrogate(c)
          || isNoncharacter(c)
          || (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n')) {
        return i;
      } else {
        i++;
      }
    }
    return -1;
  }

  /**
   * Tells whether a code point prints as itself in a message: not a control, format, surrogate,
   * noncharacter or unassigned code point.
   *
   * @param c the code point
   * @return true if the code point prints as itself
   */
  static boolean isPrintable(int c) {
    int type = Character.getType(c);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.UNASSIGNED
        && !isNoncharacter(c);
  }

  /** U+FDD0..U+FDEF and the last two code points of every plane. */
  private static boolean isNoncharacter(int c) {
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
  }
}
