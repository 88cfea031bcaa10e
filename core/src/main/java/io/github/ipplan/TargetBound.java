package io.github.ipplan;

/**
 * How a plan states an {@link Indicator}'s target: as a value to reach, a floor, or a value to
 * exceed. The bound is read from the plan's own words; where the plan states a target without any
 * of them, an indicator has no bound.
 *
 * <p>Where a plan prints both {@code 达到} and {@code 以上} ({@code 达到3500家以上}), the bound is {@link
 * #AT_LEAST}: the value is to be reached or passed.
 */
public enum TargetBound {
  /** The value is to be reached (达, 达到): {@code 每万人口高价值发明专利拥有量达30件}. */
  REACH("="),
  /** The value or more (…以上): {@code 年均增长6%以上}. */
  AT_LEAST("≥"),
  /** More than the value (超过…): {@code 贯标认证企事业单位超过6000家}. */
  MORE_THAN(">");

  private final String sign;

  TargetBound(String sign) {
    this.sign = sign;
  }

  /**
   * Returns the sign that states the bound before a value: {@code =} for a value to reach, {@code
   * ≥} for a floor, {@code >} for a value to exceed. {@link Indicator#describeTarget()} prints the
   * last two before the target and leaves a value to reach unsigned.
   *
   * @return {@code =}, {@code ≥} or {@code >}
   */
  public String sign() {
    return sign;
  }
}
