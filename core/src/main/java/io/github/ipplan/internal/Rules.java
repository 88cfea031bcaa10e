package io.github.ipplan.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Positions at which the domain's uniqueness rules break, so that the domain can refuse a value and
 * the loader can point at the entry that broke the rule with the same check. Not part of the API.
 */
public final class Rules {
  private Rules() {}

  /**
   * Returns the position of the first value equal to one before it, or -1 if all differ.
   *
   * @param values the values, in order
   * @return the 0-based position of the first repeat, or -1
   */
  public static int firstRepeat(List<?> values) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
