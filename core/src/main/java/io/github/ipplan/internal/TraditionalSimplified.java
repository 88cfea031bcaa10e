package io.github.ipplan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Folds a traditional Chinese ideograph to its simplified form ({@code 見} to {@code 见}), by a table
 * generated from ICU4J's {@code Traditional-Simplified} transform and committed as the resource
 * {@code traditional-simplified.txt}; a test checks the table against ICU4J. Every other code point
 * folds to itself. Thread-safe. Not part of the API.
 */
final class TraditionalSimplified {
  private TraditionalSimplified() {}

  /** The table, loaded on first use: sorted traditional code points and their simplified forms. */
  private static final class Table {
    static final int[] FROM;
    static final int[] TO;

    static {
      String text;
      try (InputStream in =
          TraditionalSimplified.class.getResourceAsStream("traditional-simplified.txt")) {
        if (in == null) {
          throw new IllegalStateException("traditional-simplified.txt is missing from ipplan-core");
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int[] from = new int[text.length() / 2];
      int[] to = new int[from.length];
      int size = 0;
      for (String line : text.split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          int first = line.codePointAt(0);
          from[size] = first;
          to[size] = line.codePointAt(Character.charCount(first));
          size++;
        }
      }
      FROM = Arrays.copyOf(from, size);
      TO = Arrays.copyOf(to, size);
    }
  }

  /**
   * Returns the simplified form of a code point, or the code point itself.
   *
   * @param c a code point
   * @return its simplified form
   */
  static int fold(int c) {
    if (c < 0x3400) {
      return c;
    }
    int at = Arrays.binarySearch(Table.FROM, c);
    return at >= 0 ? Table.TO[at] : c;
  }
}
