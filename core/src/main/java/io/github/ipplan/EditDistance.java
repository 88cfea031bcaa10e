package io.github.ipplan;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Finds the known names nearest to a misspelt one, for "did you mean" hints. */
final class EditDistance {
  private EditDistance() {}

  /**
   * Returns up to {@code limit} candidates whose edit distance to {@code name} is at most half
   * the length of the name (rounded up), nearest first; ties keep the candidates' order.
   */
  static ImmutableList<String> nearest(String name, Collection<String> candidates, int limit) {
    int most = (name.codePointCount(0, name.length()) + 1) / 2;
    Map<String, Integer> close = new LinkedHashMap<>();
    for (String candidate : candidates) {
      int distance = distance(name, candidate);
      if (distance <= most) {
        close.putIfAbsent(candidate, distance);
      }
    }
    return close.entrySet().stream()
        .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
        .limit(limit)
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /** Levenshtein distance over code points. */
  static int distance(String a, String b) {
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
