package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One quantitative target of a plan, such as a number of high-value invention patents per ten
 * thousand people by 2025. Instances are immutable and thread-safe; build them with
 * {@link #builder()}.
 */
@Value.Immutable
public abstract class Indicator {
  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator's name as printed, without its unit.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the target value, exactly as printed.
   *
   * @return the target
   */
  public abstract BigDecimal target();

  /**
   * Returns the unit as printed, such as {@code 件} or {@code %}.
   *
   * @return the unit
   */
  public abstract String unit();

  /**
   * Returns the year by which the target is to be reached.
   *
   * @return the target year
   */
  public abstract int targetYear();

  /**
   * Returns what the target measures.
   *
   * @return the kind
   */
  public abstract IndicatorKind kind();

  /**
   * Returns whether the target is expected or binding.
   *
   * @return the nature
   */
  public abstract IndicatorNature nature();

  /**
   * Returns the body that supplies the figures, where the plan names one.
   *
   * @return the data source, or empty
   */
  public abstract Optional<Agency> source();

  /**
   * Returns the starting value, where the plan's own text states one.
   *
   * @return the baseline, or empty
   */
  public abstract Optional<Baseline> baseline();

  /**
   * Returns remarks on the source at this indicator, recorded rather than corrected.
   *
   * @return the notes, possibly empty
   */
  public abstract ImmutableList<String> notes();

  @Value.Check
  void check() {
    checkState(!name().isBlank(), "Indicator name must not be blank");
  }

  /** Builds {@link Indicator} values; obtain one from {@link Indicator#builder()}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
