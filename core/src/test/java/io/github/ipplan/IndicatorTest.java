package io.github.ipplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorTest {
  private static final String EVIDENCE = "全市知识产权管理体系贯标认证企事业单位超过6000家。";

  private static Indicator.Builder indicator() {
    return Indicator.builder().planId("plan").row(4).name("知识产权管理体系贯标认证企事业单位")
        .target(new BigDecimal("6000")).unit("家").targetYear(2025).kind(IndicatorKind.LEVEL)
        .nature(IndicatorNature.EXPECTED);
  }

  @Test
  void aBoundWithItsEvidence_isKept() {
    Indicator indicator = indicator().bound(TargetBound.MORE_THAN).boundEvidence(EVIDENCE).build();

    assertThat(indicator.bound()).contains(TargetBound.MORE_THAN);
    assertThat(indicator.boundEvidence()).contains(EVIDENCE);
  }

  @Test
  void noBound_andNoEvidence_isATargetTheTextDoesNotQualify() {
    Indicator indicator = indicator().build();

    assertThat(indicator.bound()).isEmpty();
    assertThat(indicator.boundEvidence()).isEmpty();
  }

  @Test
  void aBoundWithoutEvidence_isRefused() {
    assertThatThrownBy(() -> indicator().bound(TargetBound.REACH).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Indicator 4 must have bound evidence exactly when it has a bound");
  }

  @Test
  void evidenceWithoutABound_isRefused() {
    assertThatThrownBy(() -> indicator().boundEvidence(EVIDENCE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Indicator 4 must have bound evidence exactly when it has a bound");
  }

  @Test
  void blankEvidence_isRefused() {
    assertThatThrownBy(() -> indicator().bound(TargetBound.AT_LEAST).boundEvidence(" \u3000").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Indicator 4 has blank bound evidence");
  }

  @Test
  void theKinds_includeAFlowOverThePlanPeriod() {
    Indicator indicator = indicator().kind(IndicatorKind.NEW_OVER_PERIOD).build();

    assertThat(indicator.kind()).isEqualTo(IndicatorKind.NEW_OVER_PERIOD);
  }
}
