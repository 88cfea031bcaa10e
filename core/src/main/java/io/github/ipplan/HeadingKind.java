package io.github.ipplan;

/** The level of a {@link Heading} in a plan's outline. */
public enum HeadingKind {
  /** A top-level part of the national plan, numbered {@code 一、}. */
  PART,
  /** A top-level chapter of a municipal plan, numbered {@code 一、}. */
  CHAPTER,
  /** A section within a part or chapter, numbered {@code （一）} or {@code (一)}. */
  SECTION
}
