package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * A run of characters in a text: the char indices {@code [start, end)} that {@link
 * String#substring(int, int)} takes, so {@code text.substring(span.start(), span.end())} is the
 * run. A span never splits a surrogate pair. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class TextSpan {
  TextSpan() {}

  /**
   * Returns the span of the chars from {@code start} up to, not including, {@code end}.
   *
   * @param start the index of the first char
   * @param end the index after the last char
   * @return the span
   * @throws IllegalStateException if {@code start} is negative or {@code end} is not after it
   */
  public static TextSpan of(int start, int end) {
    return ImmutableTextSpan.builder().start(start).end(end).build();
  }

  /**
   * Returns the index of the first char.
   *
   * @return the start, 0 or more
   */
  public abstract int start();

  /**
   * Returns the index after the last char.
   *
   * @return the end, more than the start
   */
  public abstract int end();

  @Value.Check
  void check() {
    checkState(start() >= 0 && end() > start(), "Not a span: [%s, %s)", start(), end());
  }
}
