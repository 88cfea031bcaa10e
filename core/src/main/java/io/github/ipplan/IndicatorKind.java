package io.github.ipplan;

/**
 * What an {@link Indicator}'s target measures. Written in the YAML format and the JSON output as
 * lower-case words joined by hyphens: {@code level}, {@code annual-growth-rate}, {@code
 * share-of-gdp}, {@code annual-count}, {@code score}, {@code new-over-period}.
 */
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
  SCORE,
  /**
   * A flow over the plan's whole period: what is to be added from its first year to its last, such
   * as {@code 新增海外发明专利授权量5000件} (new grants over 2021–2025), not a stock held at the end.
   */
  NEW_OVER_PERIOD
}
