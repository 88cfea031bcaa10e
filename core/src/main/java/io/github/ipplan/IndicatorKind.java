package io.github.ipplan;

/** What an {@link Indicator}'s target measures. */
public enum IndicatorKind {
  /** A stock or total to reach, such as a number of registered trademarks. */
  LEVEL,
  /** An average annual growth rate, in per cent. */
  ANNUAL_GROWTH_RATE,
  /** A share of gross domestic product, in per cent. */
  SHARE_OF_GDP,
  /** A count per year, such as cases handled a year. */
  ANNUAL_COUNT,
  /** A score on a survey scale. */
  SCORE
}
