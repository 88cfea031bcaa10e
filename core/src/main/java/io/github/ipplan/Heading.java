package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * One heading of a plan's outline: a part or chapter, or a section within one, with its numeral
 * and title as printed, such as part {@code 一} {@code 完善知识产权制度}.
 *
 * <p>A heading holds its subheadings; measures point to the headings they sit under through
 * {@link Measure#headingPath()}. Instances are immutable and thread-safe; build them with
 * {@link #builder()}.
 */
@Value.Immutable
public abstract class Heading {
  Heading() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns what level of the outline this heading is.
   *
   * @return the kind
   */
  public abstract HeadingKind kind();

  /**
   * Returns the Chinese numeral as printed, without its punctuation: {@code 一} for
   * {@code 一、} or {@code （一）}.
   *
   * @return the numeral
   */
  public abstract String numeral();

  /**
   * Returns the title as printed.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the headings directly under this one, in document order.
   *
   * @return the subheadings, possibly empty
   */
  public abstract ImmutableList<Heading> subheadings();

  @Value.Check
  void check() {
    checkState(!numeral().isBlank(), "Heading numeral must not be blank");
    checkState(!title().isBlank(), "Heading title must not be blank");
  }

  /** Builds {@link Heading} values; obtain one from {@link Heading#builder()}. */
  public static final class Builder extends ImmutableHeading.Builder {
    Builder() {}
  }
}
