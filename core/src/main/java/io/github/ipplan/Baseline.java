package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import io.github.ipplan.internal.Texts;
import io.github.ipplan.internal.Years;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The starting value of an {@link Indicator}, as the plan itself states it, with the sentence that
 * states it. Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
public abstract class Baseline {
  Baseline() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the value, in the indicator's unit.
   *
   * @return the value
   */
  public abstract BigDecimal value();

  /**
   * Returns the year the value was reached.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns the plan's sentence that states the value, quoted verbatim.
   *
   * @return the evidence
   */
  public abstract String evidence();

  @Value.Check
  void check() {
    checkState(!Texts.isBlank(evidence()), "Baseline evidence must not be blank");
    Years.check(year(), "A baseline");
  }

  /** Builds {@link Baseline} values; obtain one from {@link Baseline#builder()}. */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
