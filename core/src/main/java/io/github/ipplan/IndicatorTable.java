package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.internal.Texts;
import org.immutables.value.Value;

/**
 * How a plan prints its {@link Plan#indicators() indicators}: the table's title, its column
 * headings, and the headings it sits under. Instances are immutable and thread-safe; build them
 * with {@link #builder()}.
 */
@Value.Immutable
public abstract class IndicatorTable {
  IndicatorTable() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the table's title as printed, such as {@code “十四五”知识产权发展主要预期性指标}.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the column headings as printed, such as {@code [指标, 数值, 数据来源]}.
   *
   * @return the column headings
   */
  public abstract ImmutableList<String> columns();

  /**
   * Returns the headings the table sits under, outermost first; it follows their paragraphs.
   *
   * @return the heading path
   */
  public abstract ImmutableList<Heading> headingPath();

  @Value.Check
  void check() {
    checkState(!Texts.isBlank(title()), "An indicator table must have a title");
    checkState(
        columns().size() == 3,
        "An indicator table must have three columns, not %s",
        columns().size());
  }

  /** Builds {@link IndicatorTable} values; obtain one from {@link IndicatorTable#builder()}. */
  public static final class Builder extends ImmutableIndicatorTable.Builder {
    Builder() {}
  }
}
