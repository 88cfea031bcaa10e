package io.github.ipplan;

/** Whether an {@link Indicator}'s target is expected or binding, as Chinese plans classify it. */
public enum IndicatorNature {
  /** An expected target (预期性指标): a direction to work towards. */
  EXPECTED("预期性"),
  /** A binding target (约束性指标): an obligation to meet. */
  BINDING("约束性");

  private final String printedWords;

  IndicatorNature(String printedWords) {
    this.printedWords = printedWords;
  }

  /**
   * Returns the words plans print for this nature.
   *
   * @return {@code 预期性} or {@code 约束性}
   */
  public String printedWords() {
    return printedWords;
  }
}
