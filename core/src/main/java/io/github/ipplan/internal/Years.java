package io.github.ipplan.internal;

/**
 * The years a plan's dates and targets may name: {@value #FIRST} to {@value #LAST}, which covers
 * every real plan. Not part of the API.
 */
public final class Years {
  /** The earliest year a plan may name. */
  public static final int FIRST = 1949;

  /** The latest year a plan may name. */
  public static final int LAST = 2100;

  private Years() {}

  /**
   * Checks that a year is in range.
   *
   * @param year the year
   * @param what what names the year, to start the message, such as {@code The target of indicator
   *     3}
   * @throws IllegalStateException if the year is outside the range
   */
  public static void check(int year, String what) {
    if (year < FIRST || year > LAST) {
      throw new IllegalStateException(
          what + " is the year " + year + ", outside " + FIRST + "–" + LAST);
    }
  }
}
