package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.internal.Texts;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One numbered flagship project of a plan (项目1, 项目2, …): its title, its text as printed, and where
 * it sits. Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
public abstract non-sealed class Project implements PlanElement {
  Project() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the {@link Plan#id() id} of the plan this project belongs to.
   *
   * @return the plan id
   */
  public abstract String planId();

  /**
   * Returns the project's number in its plan, from 1.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * Returns the stable identifier of this project, such as {@code guangzhou-2021-2025/project/5}.
   *
   * @return the identifier
   */
  @Value.Lazy
  public String id() {
    return planId() + "/project/" + number();
  }

  /**
   * Returns the title as printed.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the body's paragraphs as printed, in order.
   *
   * @return the paragraphs, never empty
   */
  public abstract ImmutableList<String> paragraphs();

  /**
   * Returns the headings the project sits under, outermost first.
   *
   * @return the heading path, possibly empty
   */
  public abstract ImmutableList<Heading> headingPath();

  /**
   * Returns the number of the measure the project is printed after, where it follows one.
   *
   * @return the measure number, or empty
   */
  public abstract Optional<Integer> followsMeasure();

  /**
   * Returns remarks on the source at this project, recorded rather than corrected.
   *
   * @return the notes, possibly empty
   */
  public abstract ImmutableList<String> notes();

  @Value.Check
  void check() {
    checkState(number() >= 1, "Project number must be 1 or more: %s", number());
    checkState(!Texts.isBlank(title()), "Project %s has a blank title", number());
    checkState(!paragraphs().isEmpty(), "Project %s has no text", number());
  }

  /** Builds {@link Project} values; obtain one from {@link Project#builder()}. */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
