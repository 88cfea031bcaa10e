package io.github.ipplan.cli.console;

import java.util.Locale;

/**
 * Enum constants of the domain as words, the one place the command line turns a constant's name
 * into text.
 *
 * <p>{@code ANNUAL_GROWTH_RATE} is {@code annual growth rate} in text output and {@code
 * annual-growth-rate} in JSON, as in the YAML format.
 */
public final class Words {
  private Words() {}

  /**
   * Returns the constant as words separated by spaces, for text output, written as a person writes
   * them: {@code share of GDP}, {@code non-government organisation}, {@code people's organisation},
   * {@code body under the State Council}.
   *
   * @param value an enum constant, such as {@code IndicatorKind.ANNUAL_GROWTH_RATE}
   * @return its name as words: {@code annual growth rate}
   */
  public static String spaced(Enum<?> value) {
    return (" " + words(value, ' ') + " ")
        .replace(" gdp ", " GDP ")
        .replace(" non ", " non-")
        .replace(" peoples ", " people's ")
        .replace(" under state council ", " under the State Council ")
        .replace(" state council ", " State Council ")
        .strip();
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
