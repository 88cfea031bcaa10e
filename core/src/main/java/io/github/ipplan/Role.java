package io.github.ipplan;

/**
 * The part one body plays in one measure.
 *
 * <p>The national plan states the rule in its closing sentence: where several bodies are
 * responsible for a task, the body listed first is the lead body (牵头部门) and the others are
 * participating bodies (参与部门). See {@link Responsibility#assign(java.util.List)}.
 */
public enum Role {
  /** The lead body (牵头部门): the first body printed for a measure, or the only one. */
  LEAD,
  /** A participating body (参与部门): any body printed after the first. */
  PARTICIPANT
}
