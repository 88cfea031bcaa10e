package io.github.ipplan;

import org.immutables.value.Value;

/**
 * One element of a plan's text, in document order: a heading, a paragraph, a measure, a project, a
 * table row, a part of the notice. {@link PlanText#provisions(Plan)} lists them.
 *
 * <p>Identifiers are stable: they are built from the plan's id and the element's place, such as
 * {@code national-2021-2022/part/1/section/2}, {@code national-2021-2022/measure/44} or {@code
 * guangzhou-2021-2025/project/5}, and name the same element in every release. Instances are
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Provision implements PlanElement {
  Provision() {}

  static Provision of(String id, ProvisionKind kind, String text) {
    return ImmutableProvision.builder().id(id).kind(kind).text(text).build();
  }

  /**
   * Returns the stable identifier.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * Returns what kind of element this is.
   *
   * @return the kind
   */
  public abstract ProvisionKind kind();

  /**
   * Returns the element's text as printed, its lines separated by {@code \n}.
   *
   * @return the text
   */
  public abstract String text();
}
