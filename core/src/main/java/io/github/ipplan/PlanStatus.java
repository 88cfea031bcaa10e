package io.github.ipplan;

/**
 * The legal standing of a {@link Plan}'s text as published: what the document was when it was
 * issued, not its standing today. A plan recorded {@link #IN_FORCE} may since have run its period
 * out or been replaced by a later edition; a {@link #DRAFT_FOR_COMMENT} may since have been adopted
 * in another wording.
 */
public enum PlanStatus {
  /** Issued in force, as published; not a statement that it is still in force today. */
  IN_FORCE,
  /** A draft published for public comment (征求意见稿), not the final plan. */
  DRAFT_FOR_COMMENT
}
