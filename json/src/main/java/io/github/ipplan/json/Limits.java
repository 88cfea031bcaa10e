package io.github.ipplan.json;

import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.Texts;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The limits a catalog document is read within, and the refusals of values that the YAML loader
 * refuses too, in its words. The limits follow the loader's defaults ({@code LoadOptions}): the
 * same nesting and longest value; four times its file size and count of values, as a catalog
 * document writes about four values (ids, plan ids and heading paths repeated on every task) for
 * each one a plan file holds, so that the JSON form of the largest plan the loader loads reads
 * back.
 */
final class Limits {
  /** The most bytes (or characters, for a document read from text) a document may have. */
  static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** The most values (objects, lists, keys, strings, numbers, booleans) a document may hold. */
  static final int MAX_VALUES = 400_000;

  /** The deepest nesting of objects and lists, the document itself counting one. */
  static final int MAX_DEPTH = 32;

  /**
   * The most characters of a string, a key, or a number as written and written out in full, the
   * loader's longest value.
   */
  static final int MAX_VALUE_LENGTH = 64 * 1024;

  /** A key that a path can show as {@code .key}; others are shown quoted, {@code ['a b']}. */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private Limits() {}

  /**
   * Returns a key as a step of a path: {@code .name} for a short name of letters and digits, other
   * keys quoted and cut as {@link Quote} does, {@code ['a b']}.
   */
  static String step(String key) {
    return key.length() <= Quote.SHOWN && PLAIN_KEY.matcher(key).matches()
        ? "." + key
        : "[" + Quote.of(key) + "]";
  }

  /**
   * Returns the loader's refusal of a text holding a character no plan text may hold, as {@code
   * problem; hint}, or null where the text holds none.
   */
  static @Nullable String forbidden(String text) {
    int at = Texts.firstForbidden(text);
    if (at < 0) {
      return null;
    }
    char c = text.charAt(at);
    String problem =
        Character.isSurrogate(c) && !isPair(text, at)
            ? String.format(
                "the text holds an unpaired surrogate U+%04X, which is not a character", (int) c)
            : String.format(
                "the text holds U+%04X, a control character or noncharacter, which a plan's text"
                    + " may not hold",
                text.codePointAt(at));
    return problem + "; at character " + (text.codePointCount(0, at) + 1) + " of the text";
  }

  private static boolean isPair(String text, int at) {
    return Character.isHighSurrogate(text.charAt(at))
        && at + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(at + 1));
  }

  /** Returns the loader's refusal of a blank text, or null where the text is not blank. */
  static @Nullable String blank(String text) {
    if (!Texts.isBlank(text)) {
      return null;
    }
    return text.isEmpty()
        ? "expected text but found an empty value"
        : "expected text but found only white space or invisible characters";
  }

  /**
   * Returns how many characters a decimal has written out in plain digits, without an exponent
   * ({@code 1e3} has 4, {@code -0.05} has 5), computed without writing it.
   */
  static long plainLength(BigDecimal value) {
    long digits = value.precision();
    long scale = value.scale();
    long sign = value.signum() < 0 ? 1 : 0;
    if (scale <= 0) {
      return sign + digits - scale;
    }
    return sign + (scale >= digits ? scale + 2 : digits + 1);
  }
}
