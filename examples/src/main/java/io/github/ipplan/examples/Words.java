package io.github.ipplan.examples;

import java.util.Locale;

/**
 * Enum constants of the domain as words, the one place the examples and the command line turn
 * a constant's name into text.
 *
 * <p>{@code ANNUAL_GROWTH_RATE} is {@code annual growth rate} in text output and
 * {@code annual-growth-rate} in JSON, as in the YAML format.
 */
public final class Words {
  private Words() {}

  /**
   * Returns the constant as lower-case words separated by spaces, for text output.
   *
   * @param value an enum constant, such as {@code IndicatorKind.ANNUAL_GROWTH_RATE}
   * @return its name in lower case with spaces for underscores: {@code annual growth rate}
   */
  public static String spaced(Enum<?> value) {
    return words(value, ' ');
  }

  /**
   * Returns the constant as lower-case words joined by hyphens, as the YAML format and the JSON
   * output write it.
   *
   * @param value an enum constant, such as {@code Assignment.BY_DUTY}
   * @return its name in lower case with hyphens for underscores: {@code by-duty}
   */
  public static String hyphenated(Enum<?> value) {
    return words(value, '-');
  }

  private static String words(Enum<?> value, char separator) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', separator);
  }
}
