package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.internal.Texts;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One heading of a plan's outline: a part or chapter, or a section within one, with its numeral and
 * title as printed, such as part {@code 一} {@code 完善知识产权制度}.
 *
 * <p>A heading holds its subheadings; measures point to the headings they sit under through {@link
 * Measure#headingPath()}. Instances are immutable and thread-safe; build them with {@link
 * #builder()}.
 */
@Value.Immutable
public abstract non-sealed class Heading implements PlanElement {
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
   * Returns the Chinese numeral as printed, without its punctuation: {@code 一} for {@code 一、} or
   * {@code （一）}.
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
   * Returns the numeral as printed with its punctuation, such as {@code (一)}, where it differs from
   * the usual form: {@code 一、} for a part or chapter, {@code （一）} for a section.
   *
   * @return the printed label, or empty for the usual form
   */
  public abstract Optional<String> label();

  /**
   * Returns the numeral as printed with its punctuation: {@link #label()} where given, otherwise
   * {@code 一、} for a part or chapter and {@code （一）} for a section.
   *
   * @return the printed label
   */
  public String printedLabel() {
    return label()
        .orElseGet(() -> kind() == HeadingKind.SECTION ? "（" + numeral() + "）" : numeral() + "、");
  }

  /**
   * Returns the prose paragraphs printed under this heading before its subheadings, measures and
   * projects (such as the —— paragraphs of a plan's background).
   *
   * @return the paragraphs, possibly empty
   */
  public abstract ImmutableList<String> paragraphs();

  /**
   * Returns the headings directly under this one, in document order.
   *
   * @return the subheadings, possibly empty
   */
  public abstract ImmutableList<Heading> subheadings();

  @Value.Check
  void check() {
    checkState(!Texts.isBlank(numeral()), "Heading numeral must not be blank");
    checkState(!Texts.isBlank(title()), "Heading title must not be blank");
  }

  /** Builds {@link Heading} values; obtain one from {@link Heading#builder()}. */
  public static final class Builder extends ImmutableHeading.Builder {
    Builder() {}
  }
}
