package io.github.ipplan.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "did you mean" hints of the {@link NameIndex}: the names of bodies close to a name that finds
 * none, by edit distance and short forms, with bounded work. Stateless and thread-safe. Not part of
 * the API.
 *
 * <p>{@link #distance} is the Levenshtein distance the hints are measured by, which other "did you
 * mean" hints (of plan ids, for one) use too.
 */
public final class NameSuggestions {
  private NameSuggestions() {}

  /**
   * Returns up to {@code limit} names close to a typed name, nearest first, as {@link
   * NameIndex#nearest(String, int, boolean)} describes.
   *
   * @param bodies the names of the bodies, in registry order
   * @param looseForms each name and alias with its folded, simplified form
   * @param typed the typed name, folded and simplified
   * @param limit the most names to return
   * @param aliases whether to suggest aliases as well as names
   * @return the nearest names, possibly empty
   */
  static ImmutableList<String> nearest(
      List<NameIndex.Names> bodies,
      Map<String, String> looseForms,
      String typed,
      int limit,
      boolean aliases) {
    int length = typed.codePointCount(0, typed.length());
    if (length > NameIndex.LONGEST_COMPARED || length == 0) {
      return ImmutableList.of();
    }
    int most = (length + 1) / 2;
    boolean latin = typed.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c));
    record Close(String name, int distance, boolean shortForm, boolean alias, int order) {}
    Map<String, Close> close = new LinkedHashMap<>();
    long work = 0; // cells of the edit-distance tables computed so far
    for (NameIndex.Names body : bodies) {
      Iterable<String> candidates =
          aliases ? Iterables.concat(body.aliases(), body.names()) : body.names();
      for (String candidate : candidates) {
        String folded = looseForms.get(candidate);
        int other = folded.codePointCount(0, folded.length());
        if (other > NameIndex.LONGEST_COMPARED || close.containsKey(candidate)) {
          continue;
        }
        boolean shortForm = length >= 2 && !latin && isShortForm(typed, folded);
        int distance = Integer.MAX_VALUE;
        if (Math.abs(other - length) <= most && work < NameIndex.MOST_WORK) {
          work += (long) length * other;
          distance = distance(typed, folded);
        }
        if (shortForm) {
          distance = Math.min(distance, 1);
        }
        if (distance <= most) {
          close.put(
              candidate,
              new Close(
                  candidate,
                  distance,
                  shortForm,
                  body.aliases().contains(candidate),
                  close.size()));
        }
      }
    }
    return ImmutableList.copyOf(
        close.values().stream()
            .sorted(
                Comparator.comparingInt(Close::distance)
                    .thenComparing(Close::shortForm, Comparator.reverseOrder())
                    .thenComparing(Close::alias, Comparator.reverseOrder())
                    .thenComparingInt(Close::order))
            .limit(limit)
            .map(Close::name)
            .toList());
  }

  /** Tells whether the typed name's code points appear in the name in order, from its first. */
  private static boolean isShortForm(String typed, String name) {
    if (typed.codePointAt(0) != name.codePointAt(0) || typed.length() >= name.length()) {
      return false;
    }
    int at = 0;
    for (int i = 0; i < typed.length(); ) {
      int c = typed.codePointAt(i);
      at = name.indexOf(Character.toString(c), at);
      if (at < 0) {
        return false;
      }
      at += Character.charCount(c);
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Returns the Levenshtein distance between two texts, over code points.
   *
   * @param a a text
   * @param b another
   * @return the least number of code points to insert, delete or replace to turn one into the other
   */
  public static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      current[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length];
  }
}
