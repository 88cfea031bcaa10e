package io.github.ipplan;

import static io.github.ipplan.TestData.BODIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorTest {
  private static Indicator.Builder indicator() {
    return Indicator.builder()
        .planId("guangzhou-2021-2025")
        .row(3)
        .name("有效注册商标总量")
        .target(new BigDecimal("160"))
        .unit("万件")
        .targetYear(2025)
        .kind(IndicatorKind.LEVEL)
        .nature(IndicatorNature.EXPECTED);
  }

  @Test
  void id_joinsPlanIdAndRow() {
    assertThat(indicator().build().id()).isEqualTo("guangzhou-2021-2025/indicator/3");
  }

  @Test
  void printedCell_isNameAndUnit_unlessTheCellIsGiven() {
    assertThat(indicator().build().printedCell()).isEqualTo("有效注册商标总量(万件)");
    assertThat(indicator().cell("知识产权维权援助和调解(件/").build().printedCell())
        .isEqualTo("知识产权维权援助和调解(件/");
  }

  @Test
  void aSourceWithTheNameItIsPrintedUnder_isAccepted() {
    Indicator indicator = indicator().source(BODIES.get(1)).sourceName("TB1").build();

    assertThat(indicator.source()).contains(BODIES.get(1));
    assertThat(indicator.sourceName()).contains("TB1");
    assertThat(indicator().source(BODIES.get(1)).sourceName("部門1").build().sourceName())
        .contains("部門1");
  }

  @Test
  void aRowBelowOne_isRejected() {
    assertThatThrownBy(() -> indicator().row(0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Indicator row must be 1 or more: 0");
  }

  @Test
  void aTargetYearOutOfRange_isRejected_namingTheRow() {
    assertThatThrownBy(() -> indicator().targetYear(2125).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The target of indicator 3 is the year 2125, outside 1949–2100");
  }

  @Test
  void aBlankName_isRejected() {
    assertThatThrownBy(() -> indicator().name("\u200B").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Indicator 3 has a blank name");
  }

  @Test
  void aSourceWithoutItsPrintedName_isRejected() {
    assertThatThrownBy(() -> indicator().source(BODIES.get(1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Indicator 3 must have a source name exactly when it has a source");
  }

  @Test
  void aPrintedNameWithoutASource_isRejected() {
    assertThatThrownBy(() -> indicator().sourceName("部门1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Indicator 3 must have a source name exactly when it has a source");
  }

  @Test
  void aSourceNameThatIsNotANameOfTheSource_isRejected() {
    assertThatThrownBy(() -> indicator().source(BODIES.get(1)).sourceName("部门2").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Indicator 3 names its source '部门2', which is not a name of Agency{body-1, 部门1}");
  }

  private static final String EVIDENCE = "全市知识产权管理体系贯标认证企事业单位超过6000家。";

  private static Indicator.Builder row4() {
    return Indicator.builder()
        .planId("plan")
        .row(4)
        .name("知识产权管理体系贯标认证企事业单位")
        .target(new BigDecimal("6000"))
        .unit("家")
        .targetYear(2025)
        .kind(IndicatorKind.LEVEL)
        .nature(IndicatorNature.EXPECTED);
  }

  @Test
  void aBoundWithItsEvidence_isKept() {
    Indicator indicator = row4().bound(TargetBound.MORE_THAN).boundEvidence(EVIDENCE).build();

    assertThat(indicator.bound()).contains(TargetBound.MORE_THAN);
    assertThat(indicator.boundEvidence()).contains(EVIDENCE);
  }

  @Test
  void noBound_andNoEvidence_isATargetTheTextDoesNotQualify() {
    Indicator indicator = row4().build();

    assertThat(indicator.bound()).isEmpty();
    assertThat(indicator.boundEvidence()).isEmpty();
  }

  @Test
  void aBoundWithoutEvidence_isRefused() {
    assertThatThrownBy(() -> row4().bound(TargetBound.REACH).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Indicator 4 must have bound evidence exactly when it has a bound");
  }

  @Test
  void evidenceWithoutABound_isRefused() {
    assertThatThrownBy(() -> row4().boundEvidence(EVIDENCE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Indicator 4 must have bound evidence exactly when it has a bound");
  }

  @Test
  void blankEvidence_isRefused() {
    assertThatThrownBy(() -> row4().bound(TargetBound.AT_LEAST).boundEvidence(" \u3000").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Indicator 4 has blank bound evidence");
  }

  @Test
  void theKinds_includeAFlowOverThePlanPeriod() {
    Indicator indicator = row4().kind(IndicatorKind.NEW_OVER_PERIOD).build();

    assertThat(indicator.kind()).isEqualTo(IndicatorKind.NEW_OVER_PERIOD);
  }
}
