package io.github.ipplan;

/** The level of government an {@link Agency} belongs to. */
public enum AgencyLevel {
  /** A body of the central (national) government, party or state. */
  CENTRAL,
  /** A body of a city government, such as Guangzhou's. */
  MUNICIPAL
}
