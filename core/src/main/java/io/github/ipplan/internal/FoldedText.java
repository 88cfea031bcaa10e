package io.github.ipplan.internal;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A text folded for forgiving search, remembering where each folded character came from so that a
 * match in the folded text can be mapped back to a span of the verbatim text. Immutable and
 * thread-safe. Not part of the API.
 *
 * <p>Folding works one code point at a time: white space (including U+00A0 and U+3000) and
 * invisible format characters are dropped; the rest is put in NFKC form (full-width {@code Ｔ} and
 * {@code ，} become {@code T} and {@code ,}), lower-cased, and each traditional ideograph replaced
 * by its simplified form ({@code 見} by {@code 见}) from a table generated from ICU4J.
 */
public final class FoldedText {
  private final String folded;
  private final int[] starts;
  private final int[] ends;

  private FoldedText(String folded, int[] starts, int[] ends) {
    this.folded = folded;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * Folds a text, once.
   *
   * @param text the verbatim text
   * @return the folded text with its map back to the verbatim one
   */
  public static FoldedText of(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    int[] starts = new int[text.length() * 2 + 2];
    int[] ends = new int[starts.length];
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (!isDropped(c)) {
        String normal = nfkc(c);
        for (int j = 0; j < normal.length(); ) {
          int d = normal.codePointAt(j);
          j += Character.charCount(d);
          if (isDropped(d)) {
            continue;
          }
          int before = folded.length();
          folded.appendCodePoint(TraditionalSimplified.fold(Character.toLowerCase(d)));
          for (int k = before; k < folded.length(); k++) {
            if (k >= starts.length) {
              starts = Arrays.copyOf(starts, starts.length * 2);
              ends = Arrays.copyOf(ends, ends.length * 2);
            }
            starts[k] = i;
            ends[k] = next;
          }
        }
      }
      i = next;
    }
    // Kept for the catalog's life: no longer than the folded text.
    return new FoldedText(
        folded.toString(),
        Arrays.copyOf(starts, folded.length()),
        Arrays.copyOf(ends, folded.length()));
  }

  /**
   * Folds a search term the way texts are folded.
   *
   * @param term the term
   * @return the folded term, possibly empty
   */
  public static String fold(String term) {
    return of(term).folded;
  }

  /**
   * Splits a query into its terms at white space (including U+00A0 and U+3000) and folds each,
   * leaving out terms that fold to nothing.
   *
   * @param query the query
   * @return the folded terms, in query order
   */
  public static ImmutableList<String> terms(String query) {
    ImmutableList.Builder<String> terms = ImmutableList.builder();
    StringBuilder term = new StringBuilder();
    for (int i = 0; i <= query.length(); ) {
      int c = i < query.length() ? query.codePointAt(i) : ' ';
      if (isSpace(c)) {
        String folded = fold(term.toString());
        if (!folded.isEmpty()) {
          terms.add(folded);
        }
        term.setLength(0);
      } else {
        term.appendCodePoint(c);
      }
      i += i < query.length() ? Character.charCount(c) : 1;
    }
    return terms.build();
  }

  /**
   * Returns the spans of the verbatim text where a folded term occurs, as pairs of char indices
   * {@code [start, end)} in the order they occur, not overlapping one another.
   *
   * @param term a folded, non-empty term
   * @return the spans, empty if the term does not occur
   */
  public List<int[]> find(String term) {
    List<int[]> spans = new ArrayList<>();
    for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length())) {
      spans.add(new int[] {starts[at], ends[at + term.length() - 1]});
    }
    return spans;
  }

  /**
   * Tells whether a folded term occurs in the text.
   *
   * @param term a folded term
   * @return true if it occurs
   */
  public boolean contains(String term) {
    return folded.contains(term);
  }

  @Override
  public String toString() {
    return folded;
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isDropped(int c) {
    return isSpace(c) || Character.getType(c) == Character.FORMAT;
  }

  /**
   * Folds a name for comparing names that look alike: NFKC (full-width letters and digits to their
   * usual forms), invisible format characters removed, and lower case. Unlike {@link #fold}, white
   * space is kept and traditional ideographs are left as they are.
   *
   * @param name a name
   * @return the folded name
   */
  public static String foldName(String name) {
    String normalized = nfkc(name);
    StringBuilder folded = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); ) {
      int c = normalized.codePointAt(i);
      if (Character.getType(c) != Character.FORMAT) {
        folded.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns a text with each traditional ideograph in its simplified form ({@code 見} as {@code 见}),
   * and every other character as it is.
   *
   * @param text a text
   * @return the text in simplified forms
   */
  public static String simplified(String text) {
    StringBuilder simplified = new StringBuilder(text.length());
    text.codePoints().forEach(c -> simplified.appendCodePoint(TraditionalSimplified.fold(c)));
    return simplified.toString();
  }

  /**
   * Returns the NFKC form of a text. A text made only of characters with a {@linkplain
   * #quickNfkc(int) fast form}, as nearly every name and plan is, needs no trip to the normalizer,
   * whose tables cost a cold start dearly.
   *
   * @param text a text
   * @return its NFKC form
   */
  static String nfkc(String text) {
    String quick = quickNfkc(text);
    return quick != null ? quick : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /**
   * Returns the NFKC form of a text made only of characters with a {@linkplain #quickNfkc(int) fast
   * form}, one code point at a time; or null for any other text.
   */
  static @Nullable String quickNfkc(String text) {
    StringBuilder normal = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      String quick = quickNfkc(c);
      if (quick == null) {
        return null;
      }
      normal.append(quick);
      i += Character.charCount(c);
    }
    return normal.toString();
  }

  /** NFKC of one code point: its {@linkplain #quickNfkc(int) fast form}, or the normalizer's. */
  static String nfkc(int c) {
    String quick = quickNfkc(c);
    return quick != null
        ? quick
        : Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
  }

  /**
   * Returns the NFKC form of a code point that needs no normalizer, or null. ASCII, the CJK
   * ideographs U+3400 to U+4DBF and U+4E00 to U+9FFF, the CJK symbols and punctuation U+3001 to
   * U+3029 and U+3030 to U+3035 (such as {@code 。、《》}) and the dashes and quotation marks U+2010,
   * U+2012 to U+2016 and U+2018 to U+2023 (such as {@code —“”}) are their own NFKC form; the
   * full-width forms U+FF01 to U+FF5E map to U+0021 to U+007E, the ideographic space U+3000 to a
   * space, and the ellipsis U+2026 to three full stops. Each of these is a starter that composes
   * with nothing before or after it, so a text made only of them is normalized one code point at a
   * time. Not among them: the ideographic tone marks U+302A to U+302F, combining marks that NFKC
   * may reorder, and the half-width katakana U+FF61 to U+FF9F, whose sound marks compose with the
   * kana before them ({@code ｶﾞ} is {@code ガ}).
   */
  static @Nullable String quickNfkc(int c) {
    if (c < 0x80
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x3001 && c <= 0x3029)
        || (c >= 0x3030 && c <= 0x3035)
        || c == 0x2010
        || (c >= 0x2012 && c <= 0x2016)
        || (c >= 0x2018 && c <= 0x2023)) {
      return Character.toString(c);
    }
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return Character.toString(c - 0xFEE0);
    }
    if (c == 0x3000) {
      return " ";
    }
    return c == 0x2026 ? "..." : null;
  }
}
