package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import io.github.ipplan.internal.Texts;
import io.github.ipplan.internal.Quote;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One numbered measure of a plan (a task, 任务, in the national plan): its number, where it sits
 * in the outline, its text as printed, and the bodies responsible for it.
 *
 * <p>{@link #lead()} and {@link #participants()} follow the lead-agency rule held by
 * {@link Responsibility#assign(List)}. Instances are immutable and thread-safe; build them with
 * {@link #builder()}.
 */
@Value.Immutable
public abstract class Measure {
  Measure() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the {@link Plan#id() id} of the plan this measure belongs to.
   *
   * @return the plan id
   */
  public abstract String planId();

  /**
   * Returns the measure's number in its plan, from 1.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * Returns the stable identifier of this measure, such as {@code national-2021-2022/measure/44}.
   *
   * @return the identifier
   */
  @Value.Lazy
  public String id() {
    return planId() + "/measure/" + number();
  }

  /**
   * Returns the headings the measure sits under, outermost first, such as a part and one of its
   * sections.
   *
   * @return the heading path, possibly empty
   */
  public abstract ImmutableList<Heading> headingPath();

  /**
   * Returns the short title a measure is printed with, where the plan gives one (the Guangzhou
   * plan does; the national plan does not).
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * Returns the measure's number as printed with its punctuation, such as {@code 88．}, where it
   * differs from the usual {@code 88.}.
   *
   * @return the printed label, or empty for the usual form
   */
  public abstract Optional<String> label();

  /**
   * Returns the measure's text exactly as the source prints it, without its number, its title
   * and its responsibility clause.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns the bodies responsible, in printed order, each with its role.
   *
   * @return the responsibilities, possibly empty
   */
  public abstract ImmutableList<Responsibility> responsibilities();

  /**
   * Tells whether the printed list of bodies is open-ended: it ends in {@code 等部门} ("and other
   * bodies"), as some later editions of the national plan print. The first body printed still
   * leads.
   *
   * @return true for an open-ended list
   */
  @Value.Default
  public boolean openEnded() {
    return false;
  }

  /**
   * Returns how the bodies share the work, present exactly when the measure names bodies.
   *
   * @return the assignment, or empty
   */
  public abstract Optional<Assignment> assignment();

  /**
   * Returns remarks on the source at this measure, such as an unusual character or a break in
   * the text, recorded rather than corrected.
   *
   * @return the notes, possibly empty
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns the lead body: the first body printed, or the only one.
   *
   * @return the lead body, or empty if the measure names no body
   */
  public Optional<Agency> lead() {
    return responsibilities().isEmpty()
        ? Optional.empty()
        : Optional.of(responsibilities().get(0).agency());
  }

  /**
   * Returns the participating bodies: every body printed after the first, in printed order.
   *
   * @return the participants, possibly empty
   */
  public ImmutableList<Agency> participants() {
    return agencies().subList(Math.min(1, responsibilities().size()), responsibilities().size());
  }

  /**
   * Returns every body responsible, in printed order, the lead first.
   *
   * @return the bodies, possibly empty
   */
  @Value.Lazy
  public ImmutableList<Agency> agencies() {
    return responsibilities().stream()
        .map(Responsibility::agency)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the names the measure prints for its bodies, in printed order.
   *
   * @return the printed names, possibly empty
   */
  public ImmutableList<String> printedNames() {
    return responsibilities().stream()
        .map(Responsibility::printedName)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    checkState(!Texts.isBlank(planId()), "Measure plan id must not be blank");
    checkState(number() >= 1, "Measure number must be 1 or more: %s", number());
    checkState(!Texts.isBlank(text()), "Measure %s has a blank text", number());
    title().ifPresent(title -> checkState(!Texts.isBlank(title), "Measure %s has a blank title", number()));
    label().ifPresent(label -> checkState(printsNumber(label.strip(), Integer.toString(number())),
        "Measure %s has a label that does not print its number: %s", number(), Quote.of(label)));
    checkState(responsibilities().equals(Responsibility.assign(agencies(), printedNames())),
        "Measure %s: responsibilities must follow the printed order from position 1: %s",
        number(), responsibilities());
    checkState(assignment().isPresent() == !responsibilities().isEmpty(),
        "Measure %s: an assignment is given exactly when bodies are named", number());
    checkState(!openEnded() || !responsibilities().isEmpty(),
        "Measure %s: only a list of bodies can be open-ended", number());
  }

  /** Tells whether a label starts with the number and no further digit: {@code 88．} for 88. */
  private static boolean printsNumber(String label, String number) {
    return label.startsWith(number)
        && (label.length() == number.length() || !Character.isDigit(label.charAt(number.length())));
  }

  /** Builds {@link Measure} values; obtain one from {@link Measure#builder()}. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}

    /**
     * Sets the responsibilities from the bodies in printed order, applying the lead-agency rule
     * of {@link Responsibility#assign(List)}.
     *
     * @param printedOrder the bodies as the measure prints them
     * @return this builder
     * @throws IllegalArgumentException if a body appears twice
     */
    public Builder responsible(List<Agency> printedOrder) {
      return responsibilities(Responsibility.assign(printedOrder));
    }

    /**
     * Sets the responsibilities from the bodies in printed order and the names printed for
     * them, applying the lead-agency rule of {@link Responsibility#assign(List, List)}.
     *
     * @param printedOrder the bodies as the measure prints them
     * @param printedNames the name printed for each body
     * @return this builder
     * @throws IllegalArgumentException if a body appears twice or a name is not its body's
     */
    public Builder responsible(List<Agency> printedOrder, List<String> printedNames) {
      return responsibilities(Responsibility.assign(printedOrder, printedNames));
    }
  }
}
