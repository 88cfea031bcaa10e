package io.github.ipplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnumWordsTest {
  @Test
  void word_isTheNameInLowerCase_hyphensForUnderscores() {
    assertThat(EnumWords.word(IndicatorKind.ANNUAL_GROWTH_RATE)).isEqualTo("annual-growth-rate");
    assertThat(EnumWords.word(Assignment.BY_DUTY)).isEqualTo("by-duty");
    assertThat(EnumWords.word(HeadingKind.PART)).isEqualTo("part");
    assertThat(EnumWords.word(AgencyKind.PEOPLES_ORGANISATION)).isEqualTo("peoples-organisation");
  }

  @Test
  void spaced_writesTheWordsAsAPersonDoes() {
    Map<Enum<?>, String> expected =
        Map.of(
            IndicatorKind.SHARE_OF_GDP, "share of GDP",
            IndicatorKind.ANNUAL_GROWTH_RATE, "annual growth rate",
            AgencyKind.NON_GOVERNMENT_ORGANISATION, "non-government organisation",
            AgencyKind.PEOPLES_ORGANISATION, "people's organisation",
            AgencyKind.BODY_UNDER_STATE_COUNCIL, "body under the State Council",
            AgencyKind.STATE_COUNCIL_MINISTRY, "State Council ministry",
            AgencyKind.PUBLIC_INSTITUTION_UNDER_STATE_COUNCIL,
                "public institution under the State Council",
            PlanStatus.DRAFT_FOR_COMMENT, "draft for comment",
            Role.PARTICIPANT, "participant",
            ProvisionKind.NOTICE_PARAGRAPH, "notice paragraph");
    expected.forEach((value, words) -> assertThat(EnumWords.spaced(value)).isEqualTo(words));
  }

  @Test
  void byWord_readsTheWordsBack_inDeclarationOrder() {
    assertThat(EnumWords.byWord(Assignment.class))
        .containsExactly(
            Map.entry("joint", Assignment.JOINT), Map.entry("by-duty", Assignment.BY_DUTY));
    for (TargetBound bound : TargetBound.values()) {
      assertThat(EnumWords.byWord(TargetBound.class).get(EnumWords.word(bound))).isSameAs(bound);
    }
  }

  @Test
  void targetBounds_knowTheirSigns() {
    assertThat(TargetBound.REACH.sign()).isEqualTo("=");
    assertThat(TargetBound.AT_LEAST.sign()).isEqualTo("≥");
    assertThat(TargetBound.MORE_THAN.sign()).isEqualTo(">");
  }

  private static Indicator indicator(String target, String unit, TargetBound bound) {
    Indicator.Builder indicator =
        Indicator.builder()
            .planId("p")
            .row(1)
            .name("指标")
            .target(new BigDecimal(target))
            .unit(unit)
            .targetYear(2025)
            .kind(IndicatorKind.LEVEL)
            .nature(IndicatorNature.EXPECTED);
    if (bound != null) {
      indicator.bound(bound).boundEvidence("句子。");
    }
    return indicator.build();
  }

  @Test
  void describeTarget_signsFloorsAndValuesToExceed_andLeavesValuesToReachPlain() {
    assertThat(indicator("6", "%", TargetBound.AT_LEAST).describeTarget()).isEqualTo("≥ 6 %");
    assertThat(indicator("6000", "家", TargetBound.MORE_THAN).describeTarget())
        .isEqualTo("> 6000 家");
    assertThat(indicator("30", "件", TargetBound.REACH).describeTarget()).isEqualTo("30 件");
    assertThat(indicator("151.40", "万件", null).describeTarget()).isEqualTo("151.40 万件");
  }
}
