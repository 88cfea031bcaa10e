package io.github.ipplan;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A rule of the domain refused a value, and says which element of it broke the rule: the plan
 * itself, an addressee, a heading, a measure, a project, the indicator table, an indicator, or a
 * body in a measure's list of responsible bodies, by its position and, where the rule is about one
 * of its values, that value's name. A rule against repeats also gives the position of the element
 * repeated.
 *
 * <p>{@link Plan.Builder#build()} throws it for every rule of the plan as a whole, and {@link
 * Responsibility#assign(java.util.List, java.util.List)} gives it as the {@link #getCause() cause}
 * of the {@link IllegalArgumentException} it throws for a body named twice. A reader of a plan file
 * uses it to point at the entry in error; the message is the same sentence a plain {@link
 * IllegalStateException} would carry.
 *
 * <p>Instances are immutable.
 */
public final class PlanRuleException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The kinds of element a rule may refuse. */
  public enum Element {
    /** The plan itself: its id, title, years or dates. */
    PLAN,
    /** One of the plan's {@link Plan#addressees() addressees}. */
    ADDRESSEE,
    /** A heading of the plan's {@link Plan#outline() outline}. */
    HEADING,
    /** One of the plan's {@link Plan#measures() measures}. */
    MEASURE,
    /** One of the plan's {@link Plan#projects() projects}. */
    PROJECT,
    /** The plan's {@link Plan#indicatorTable() indicator table}. */
    INDICATOR_TABLE,
    /** One of the plan's {@link Plan#indicators() indicators}. */
    INDICATOR,
    /** A body in the list of bodies a measure names, in printed order. */
    RESPONSIBLE_BODY
  }

  /** The kind of element refused. */
  private final Element element;

  /** The position of the element refused. */
  private final int index;

  /** The position of the element repeated, or -1. */
  private final int earlier;

  /** The position of a heading's parent in the outline, or -1. */
  private final int parent;

  /** The name of the value the rule is about, or null. */
  private final String field;

  private PlanRuleException(
      String message, Element element, int index, int earlier, int parent, String field) {
    super(message);
    this.element = element;
    this.index = index;
    this.earlier = earlier;
    this.parent = parent;
    this.field = field;
  }

  /** A refusal of the element at {@code index}, about its value {@code field} if not null. */
  static PlanRuleException of(String message, Element element, int index, String field) {
    return new PlanRuleException(message, element, index, -1, -1, field);
  }

  /** A refusal of the element at {@code index} for repeating the one at {@code earlier}. */
  static PlanRuleException repeat(
      String message, Element element, int index, int earlier, String field) {
    return new PlanRuleException(message, element, index, earlier, -1, field);
  }

  /**
   * A refusal of the heading at {@code index} among its siblings, under the part or chapter at
   * {@code parent} in the outline, or at the top of the outline if {@code parent} is -1.
   */
  static PlanRuleException heading(String message, int index, int earlier, int parent) {
    return new PlanRuleException(message, Element.HEADING, index, earlier, parent, "numeral");
  }

  /**
   * Returns the kind of element refused.
   *
   * @return the kind
   */
  public Element element() {
    return element;
  }

  /**
   * Returns the 0-based position of the element refused: in the plan's addressees, measures,
   * projects or indicators; among its sibling headings; in a measure's printed list of bodies; 0
   * for the plan and its indicator table, of which there is one.
   *
   * @return the position, 0 or more
   */
  public int index() {
    return index;
  }

  /**
   * Returns, for a rule against repeats, the 0-based position of the element the refused one
   * repeats, in the same list.
   *
   * @return the earlier element's position, or empty if the rule is not about a repeat
   */
  public OptionalInt earlier() {
    return earlier < 0 ? OptionalInt.empty() : OptionalInt.of(earlier);
  }

  /**
   * Returns, for a heading, the 0-based position in the outline of the part or chapter it stands
   * under.
   *
   * @return the parent's position, or empty for a heading at the top of the outline and for every
   *     other element
   */
  public OptionalInt parent() {
    return parent < 0 ? OptionalInt.empty() : OptionalInt.of(parent);
  }

  /**
   * Returns the name of the element's value the rule is about, as its accessor is named, such as
   * {@code number}, {@code followsMeasure}, {@code headingPath} or {@code lastYear}.
   *
   * @return the value's name, or empty if the rule is about the element as a whole
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
