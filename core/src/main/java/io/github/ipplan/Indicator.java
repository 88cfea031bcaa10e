package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.internal.NameIndex;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.Texts;
import io.github.ipplan.internal.TrustedCatalogs;
import io.github.ipplan.internal.Years;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One quantitative target of a plan, such as a number of high-value invention patents per ten
 * thousand people by 2025. Instances are immutable and thread-safe; build them with {@link
 * #builder()}.
 */
@Value.Immutable
public abstract non-sealed class Indicator implements PlanElement {
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
   * Returns the {@link Plan#id() id} of the plan this indicator belongs to.
   *
   * @return the plan id
   */
  public abstract String planId();

  /**
   * Returns the indicator's row in the plan's table of indicators, from 1.
   *
   * @return the row
   */
  public abstract int row();

  /**
   * Returns the stable identifier of this indicator, such as {@code
   * guangzhou-2021-2025/indicator/3}.
   *
   * @return the identifier
   */
  @Value.Lazy
  public String id() {
    return planId() + "/indicator/" + row();
  }

  /**
   * Returns the indicator's name as printed, without its unit.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the first cell of the indicator's table row as printed, where it is not the usual
   * {@code name(unit)}: for a cell the source copy cuts short, such as {@code 知识产权维权援助和调解(件/}.
   *
   * @return the printed cell, or empty for the usual form
   */
  public abstract Optional<String> cell();

  /**
   * Returns the first cell of the indicator's table row: {@link #cell()} where given, otherwise
   * {@code name(unit)}.
   *
   * @return the printed cell
   */
  public String printedCell() {
    return cell().orElseGet(() -> name() + "(" + unit() + ")");
  }

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
   * Returns how the plan states the target, where its own words say: a value to reach (达), a floor
   * (以上) or a value to exceed (超过). Empty where the plan states the target without such a word, or
   * does not state it in its text at all; present exactly when {@link #boundEvidence()} is.
   *
   * @return the bound, or empty
   */
  public abstract Optional<TargetBound> bound();

  /**
   * Returns the target as text output prints it: the value as printed and the unit, after the
   * bound's {@link TargetBound#sign() sign} and a space where the target is a floor ({@code ≥ 6 %})
   * or a value to exceed ({@code > 6000 家}); a value to reach, or a target stated without a bound,
   * is the plain value ({@code 30 件}).
   *
   * @return the target described, such as {@code ≥ 6 %}
   */
  public String describeTarget() {
    return bound().filter(bound -> bound != TargetBound.REACH).map(b -> b.sign() + " ").orElse("")
        + target().toPlainString()
        + " "
        + unit();
  }

  /**
   * Returns the plan's sentence that states the {@link #bound() bound}, quoted verbatim, such as
   * the goals' sentence that says {@code 全市知识产权管理体系贯标认证企事业单位超过6000家}; present exactly when {@link
   * #bound()} is.
   *
   * @return the evidence for the bound, or empty
   */
  public abstract Optional<String> boundEvidence();

  /**
   * Returns the body that supplies the figures, where the plan names one.
   *
   * @return the data source, or empty
   */
  public abstract Optional<Agency> source();

  /**
   * Returns the data source's name as the plan prints it, such as {@code 市知识产权局}, which may differ
   * from the body's usual {@link Agency#name() name}: one of its {@link Agency#names() names}, or
   * one of them printed in traditional characters; present exactly when {@link #source()} is.
   *
   * @return the printed name of the data source, or empty
   */
  public abstract Optional<String> sourceName();

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
    if (TrustedCatalogs.reading()) {
      return; // read from a catalog compiled, and checked, when the jar was built
    }
    checkState(row() >= 1, "Indicator row must be 1 or more: %s", row());
    Years.check(targetYear(), "The target of indicator " + row());
    checkState(!Texts.isBlank(name()), "Indicator %s has a blank name", row());
    checkState(
        sourceName().isPresent() == source().isPresent(),
        "Indicator %s must have a source name exactly when it has a source",
        row());
    sourceName()
        .ifPresent(
            name ->
                checkState(
                    NameIndex.writes(source().orElseThrow().names(), name),
                    "Indicator %s names its source %s, which is not a name of %s",
                    row(),
                    Quote.lazy(name),
                    source().orElseThrow()));
    checkState(
        boundEvidence().isPresent() == bound().isPresent(),
        "Indicator %s must have bound evidence exactly when it has a bound",
        row());
    boundEvidence()
        .ifPresent(
            evidence ->
                checkState(
                    !Texts.isBlank(evidence), "Indicator %s has blank bound evidence", row()));
  }

  /** Builds {@link Indicator} values; obtain one from {@link Indicator#builder()}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
