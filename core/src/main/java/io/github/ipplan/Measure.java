package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.Texts;
import io.github.ipplan.internal.TrustedCatalogs;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One numbered measure of a plan (a task, 任务, in the national plan): its number, where it sits in
 * the outline, its text as printed, and the bodies responsible for it.
 *
 * <p>{@link #lead()} and {@link #participants()} read each body's {@link Responsibility#role()
 * role}, so they follow the lead-agency rule that {@link Responsibility} holds. Instances are
 * immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
public abstract non-sealed class Measure implements PlanElement {
  Measure() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableMeasure.builder();
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
   * Returns the short title a measure is printed with, where the plan gives one (the Guangzhou plan
   * does; the national plan does not).
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
   * Returns the measure's text exactly as the source prints it, without its number, its title and
   * its responsibility clause.
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
   * Returns remarks on the source at this measure, such as an unusual character or a break in the
   * text, recorded rather than corrected.
   *
   * @return the notes, possibly empty
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns the lead body: the body whose {@link Responsibility#role() role} is {@link Role#LEAD},
   * under the plans' rule the first body printed, or the only one.
   *
   * @return the lead body, or empty if the measure names no body
   */
  public Optional<Agency> lead() {
    return responsibilities().stream()
        .filter(responsibility -> responsibility.role() == Role.LEAD)
        .map(Responsibility::agency)
        .findFirst();
  }

  /**
   * Returns the participating bodies: those whose {@link Responsibility#role() role} is {@link
   * Role#PARTICIPANT}, under the plans' rule every body printed after the first, in printed order.
   *
   * @return the participants, possibly empty
   */
  @Value.Lazy
  public ImmutableList<Agency> participants() {
    return ImmutableList.copyOf(
        responsibilities().stream()
            .filter(responsibility -> responsibility.role() == Role.PARTICIPANT)
            .map(Responsibility::agency)
            .toList());
  }

  /**
   * Returns every body responsible, in printed order, the lead first.
   *
   * @return the bodies, possibly empty
   */
  @Value.Lazy
  public ImmutableList<Agency> agencies() {
    return ImmutableList.copyOf(responsibilities().stream().map(Responsibility::agency).toList());
  }

  /**
   * Returns the names the measure prints for its bodies, in printed order.
   *
   * @return the printed names, possibly empty
   */
  public ImmutableList<String> printedNames() {
    return ImmutableList.copyOf(
        responsibilities().stream().map(Responsibility::printedName).toList());
  }

  @Value.Check
  void check() {
    if (TrustedCatalogs.reading()) {
      return; // read from a catalog compiled, and checked, when the jar was built
    }
    checkState(!Texts.isBlank(planId()), "Measure plan id must not be blank");
    checkState(number() >= 1, "Measure number must be 1 or more: %s", number());
    checkState(!Texts.isBlank(text()), "Measure %s has a blank text", number());
    title()
        .ifPresent(
            title -> checkState(!Texts.isBlank(title), "Measure %s has a blank title", number()));
    label()
        .ifPresent(
            label ->
                checkState(
                    printsNumber(label.strip(), Integer.toString(number())),
                    "Measure %s has a label that does not print its number: %s",
                    number(),
                    Quote.lazy(label)));
    checkState(
        responsibilities().equals(Responsibility.assign(agencies(), printedNames())),
        "Measure %s: responsibilities must follow the printed order from position 1: %s",
        number(),
        responsibilities());
    checkState(
        assignment().isPresent() == !responsibilities().isEmpty(),
        "Measure %s: an assignment is given exactly when bodies are named",
        number());
    checkState(
        !openEnded() || !responsibilities().isEmpty(),
        "Measure %s: only a list of bodies can be open-ended",
        number());
  }

  /** Tells whether a label starts with the number and no further digit: {@code 88．} for 88. */
  private static boolean printsNumber(String label, String number) {
    return label.startsWith(number)
        && (label.length() == number.length() || !Character.isDigit(label.charAt(number.length())));
  }

  /**
   * Builds {@link Measure} values; obtain one from {@link Measure#builder()}.
   *
   * <p>The bodies responsible are set in one way only, {@link #responsible(List)} (or {@link
   * #responsible(List, List)} with the names printed for them), so that the lead-agency rule of
   * {@link Responsibility#assign(List)} always decides their roles and positions. Setters accept no
   * {@code null}; a list setter replaces what the builder holds, an {@code add} method appends to
   * it.
   */
  public abstract static class Builder {
    /** Only the generated builder extends this class; {@link Measure#builder()} returns one. */
    Builder() {}

    /**
     * Copies every value of a measure into this builder, its bodies included. Values the measure
     * has replace those set before; its lists (headings, bodies, notes) are appended to what the
     * builder already holds, and an absent title, label or assignment leaves the one set before.
     *
     * @param instance the measure to copy
     * @return this builder
     */
    public abstract Builder from(Measure instance);

    /**
     * Sets the {@link Measure#planId() id of the plan} the measure belongs to; required.
     *
     * @param planId the plan id
     * @return this builder
     */
    public abstract Builder planId(String planId);

    /**
     * Sets the measure's {@link Measure#number() number} in its plan, from 1; required.
     *
     * @param number the number
     * @return this builder
     */
    public abstract Builder number(int number);

    /**
     * Appends one heading to the {@link Measure#headingPath() heading path}.
     *
     * @param heading the next heading inward
     * @return this builder
     */
    public abstract Builder addHeadingPath(Heading heading);

    /**
     * Appends headings to the {@link Measure#headingPath() heading path}, outermost first.
     *
     * @param headings the next headings inward
     * @return this builder
     */
    public abstract Builder addHeadingPath(Heading... headings);

    /**
     * Sets the {@link Measure#headingPath() heading path}, outermost first, replacing any set
     * before.
     *
     * @param headings the headings the measure sits under
     * @return this builder
     */
    public abstract Builder headingPath(Iterable<? extends Heading> headings);

    /**
     * Appends headings to the {@link Measure#headingPath() heading path}, outermost first.
     *
     * @param headings the next headings inward
     * @return this builder
     */
    public abstract Builder addAllHeadingPath(Iterable<? extends Heading> headings);

    /**
     * Sets the short {@link Measure#title() title} the measure is printed with.
     *
     * @param title the title
     * @return this builder
     */
    public abstract Builder title(String title);

    /**
     * Sets or clears the short {@link Measure#title() title} the measure is printed with.
     *
     * @param title the title, or empty for none
     * @return this builder
     */
    public abstract Builder title(Optional<String> title);

    /**
     * Sets the number as {@link Measure#label() printed}, such as {@code 88．}, where it differs
     * from the usual {@code 88.}.
     *
     * @param label the printed label
     * @return this builder
     */
    public abstract Builder label(String label);

    /**
     * Sets or clears the number as {@link Measure#label() printed}.
     *
     * @param label the printed label, or empty for the usual form
     * @return this builder
     */
    public abstract Builder label(Optional<String> label);

    /**
     * Sets the measure's {@link Measure#text() text} exactly as printed; required.
     *
     * @param text the text
     * @return this builder
     */
    public abstract Builder text(String text);

    /**
     * Sets the bodies responsible from the bodies in printed order, replacing any set before and
     * applying the lead-agency rule of {@link Responsibility#assign(List)}.
     *
     * @param printedOrder the bodies as the measure prints them
     * @return this builder
     * @throws IllegalArgumentException if a body appears twice
     */
    public final Builder responsible(List<Agency> printedOrder) {
      return responsibilities(Responsibility.assign(printedOrder));
    }

    /**
     * Sets the bodies responsible from the bodies in printed order and the names printed for them,
     * replacing any set before and applying the lead-agency rule of {@link
     * Responsibility#assign(List, List)}.
     *
     * @param printedOrder the bodies as the measure prints them
     * @param printedNames the name printed for each body
     * @return this builder
     * @throws IllegalArgumentException if a body appears twice or a name is not its body's
     */
    public final Builder responsible(List<Agency> printedOrder, List<String> printedNames) {
      return responsibilities(Responsibility.assign(printedOrder, printedNames));
    }

    /**
     * Sets the responsibilities as given, without applying the lead-agency rule; implemented by the
     * generated builder, and kept out of the public API so that {@link #responsible(List)} is the
     * one way to set them.
     */
    abstract Builder responsibilities(Iterable<? extends Responsibility> responsibilities);

    /**
     * Sets whether the printed list of bodies is {@link Measure#openEnded() open-ended} ({@code
     * 等部门}); false unless set.
     *
     * @param openEnded true for an open-ended list
     * @return this builder
     */
    public abstract Builder openEnded(boolean openEnded);

    /**
     * Sets how the bodies share the work; required exactly when the measure names bodies.
     *
     * @param assignment the assignment
     * @return this builder
     * @see Measure#assignment()
     */
    public abstract Builder assignment(Assignment assignment);

    /**
     * Sets or clears how the bodies share the work.
     *
     * @param assignment the assignment, or empty for none
     * @return this builder
     * @see Measure#assignment()
     */
    public abstract Builder assignment(Optional<? extends Assignment> assignment);

    /**
     * Appends one remark on the source to the {@link Measure#notes() notes}.
     *
     * @param note the remark
     * @return this builder
     */
    public abstract Builder addNotes(String note);

    /**
     * Appends remarks on the source to the {@link Measure#notes() notes}.
     *
     * @param notes the remarks
     * @return this builder
     */
    public abstract Builder addNotes(String... notes);

    /**
     * Sets the remarks on the source, the {@link Measure#notes() notes}, replacing any set before.
     *
     * @param notes the remarks
     * @return this builder
     */
    public abstract Builder notes(Iterable<String> notes);

    /**
     * Appends remarks on the source to the {@link Measure#notes() notes}.
     *
     * @param notes the remarks
     * @return this builder
     */
    public abstract Builder addAllNotes(Iterable<String> notes);

    /**
     * Builds the measure.
     *
     * @return a new measure
     * @throws IllegalStateException if the plan id, number or text is missing, or the values break
     *     an invariant of {@link Measure}
     */
    public abstract Measure build();
  }
}
