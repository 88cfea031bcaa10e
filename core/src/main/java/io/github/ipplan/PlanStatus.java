package io.github.ipplan;

/** The legal standing of a {@link Plan}'s text. */
public enum PlanStatus {
  /** Issued and in force. */
  IN_FORCE,
  /** A draft published for public comment (征求意见稿), not the final plan. */
  DRAFT_FOR_COMMENT
}
