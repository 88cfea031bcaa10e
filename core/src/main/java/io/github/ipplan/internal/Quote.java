package io.github.ipplan.internal;

/**
 * Quotes a value for an error message so that the message stays short and printable: at most
 * {@value #SHOWN} characters of the value are shown, then an ellipsis and the full length; control
 * characters, invisible format characters, noncharacters and lone surrogates are shown as {@code
 * \}{@code uXXXX} escapes. Not part of the API.
 */
public final class Quote {
  /** The most characters (code points) of a value a message shows. */
  public static final int SHOWN = 80;

  private Quote() {}

  /**
   * Returns an object whose {@code toString()} is {@link #of(String) the quoted value}, for message
   * arguments that are only formatted when a check fails.
   *
   * @param value the value
   * @return the value, to be quoted when printed
   */
  public static Object lazy(String value) {
    return new Object() {
      @Override
      public String toString() {
        return of(value);
      }
    };
  }

  /**
   * Returns the value in single quotes, cut and escaped as the class describes, such as {@code
   * '知识产权局\u200B'} or {@code 'aaaa…' (65000 characters)}.
   *
   * @param value the value
   * @return the quoted value
   */
  public static String of(String value) {
    int length = value.codePointCount(0, value.length());
    int end = length <= SHOWN ? value.length() : value.offsetByCodePoints(0, SHOWN);
    StringBuilder quoted = new StringBuilder(end + 16).append('\'');
    escape(value, end, quoted).append('\'');
    if (length > SHOWN) {
      quoted.insert(quoted.length() - 1, '…').append(" (").append(length).append(" characters)");
    }
    return quoted.toString();
  }

  /**
   * Returns the whole value, unquoted and uncut, with the characters {@link #of(String)} escapes
   * escaped the same way: for a report that prints what a file holds, such as a name no registry
   * knows that hides a right-to-left override (U+202E).
   *
   * @param value the value
   * @return the value, printable
   */
  public static String escape(String value) {
    return escape(value, value.length(), new StringBuilder(value.length())).toString();
  }

  private static StringBuilder escape(String value, int end, StringBuilder escaped) {
    for (int i = 0; i < end; ) {
      int c = value.codePointAt(i);
      int size = Character.charCount(c);
      if (Texts.isPrintable(c)) {
        escaped.appendCodePoint(c);
      } else {
        for (int j = i; j < i + size; j++) {
          escaped.append(String.format("\\u%04X", (int) value.charAt(j)));
        }
      }
      i += size;
    }
    return escaped;
  }
}
