package io.github.ipplan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;

/**
 * The words for the constants of the domain's enums ({@link AgencyKind}, {@link IndicatorKind},
 * {@link Role}, …), the one place that turns a constant into text.
 *
 * <p>Each constant has two forms: its {@link #word(Enum) word}, lower case with hyphens, as the
 * YAML format, the JSON output, the exports and the ids write it ({@code annual-growth-rate},
 * {@code by-duty}, {@code part}); and its {@link #spaced(Enum) spaced} form, as text output writes
 * it for a person ({@code annual growth rate}, {@code share of GDP}).
 */
public final class EnumWords {
  private EnumWords() {}

  /**
   * Returns a constant's word: its name in lower case, hyphens for underscores.
   *
   * @param value a constant, such as {@code IndicatorKind.ANNUAL_GROWTH_RATE}
   * @return its word, such as {@code annual-growth-rate}
   */
  public static String word(Enum<?> value) {
    return words(checkNotNull(value, "value"), '-');
  }

  /**
   * Returns a constant as words separated by spaces, as a person writes them: {@code share of GDP},
   * {@code non-government organisation}, {@code people's organisation}, {@code body under the State
   * Council}.
   *
   * @param value a constant, such as {@code IndicatorKind.ANNUAL_GROWTH_RATE}
   * @return its words, such as {@code annual growth rate}
   */
  public static String spaced(Enum<?> value) {
    return (" " + words(checkNotNull(value, "value"), ' ') + " ")
        .replace(" gdp ", " GDP ")
        .replace(" non ", " non-")
        .replace(" peoples ", " people's ")
        .replace(" under state council ", " under the State Council ")
        .replace(" state council ", " State Council ")
        .strip();
  }

  /**
   * Returns every constant of an enum by its {@link #word(Enum) word}, in declaration order, for
   * reading the words back.
   *
   * @param <E> the enum
   * @param type the enum's class, such as {@code Assignment.class}
   * @return the constants by word, such as {@code joint} and {@code by-duty}
   */
  public static <E extends Enum<E>> ImmutableMap<String, E> byWord(Class<E> type) {
    ImmutableMap.Builder<String, E> words = ImmutableMap.builder();
    for (E value : checkNotNull(type, "type").getEnumConstants()) {
      words.put(word(value), value);
    }
    return words.buildOrThrow();
  }

  private static String words(Enum<?> value, char separator) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', separator);
  }
}
