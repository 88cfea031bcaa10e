package io.github.ipplan.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Agency;
import io.github.ipplan.Indicator;
import io.github.ipplan.IndicatorKind;
import io.github.ipplan.IndicatorNature;
import io.github.ipplan.Measure;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.TargetBound;
import io.github.ipplan.yaml.BundledPlans;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TextTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();

  @Test
  void body_isTheNameWithTheFullName_orTheEnglishNameWhereThereIsNoFullName() {
    Agency cnipa = CATALOG.agency("CNIPA").orElseThrow();
    Agency thirdParty = CATALOG.agency("第三方机构").orElseThrow();

    assertThat(Text.body(cnipa)).isEqualTo("知识产权局 (国家知识产权局)");
    assertThat(thirdParty.fullName()).isEmpty();
    assertThat(Text.body(thirdParty)).isEqualTo("第三方机构 (" + thirdParty.englishName() + ")");
  }

  @Test
  void headingPath_isEachHeadingAsPrinted_outermostFirst() {
    Measure twenty = CATALOG.plan("national-2021-2022").orElseThrow().measure(20).orElseThrow();

    assertThat(Text.headingPath(twenty.headingPath()))
        .isEqualTo("一、完善知识产权制度 / （三）完善新兴领域和特定领域知识产权规则");
    assertThat(Text.heading(twenty.headingPath().get(0))).isEqualTo("一 完善知识产权制度");
  }

  @Test
  void indicator_showsAFloorAsAtLeast_aValueToExceedAsMoreThan_andAValueToReachPlain() {
    Indicator.Builder six =
        Indicator.builder()
            .planId("plan")
            .row(1)
            .name("增长率")
            .target(new BigDecimal("6.0"))
            .unit("%")
            .targetYear(2025)
            .kind(IndicatorKind.ANNUAL_GROWTH_RATE)
            .nature(IndicatorNature.EXPECTED);

    assertThat(Text.indicator(six.build())).contains(" 增长率: 6.0 % by 2025 (");
    assertThat(Text.indicator(six.bound(TargetBound.REACH).boundEvidence("达6.0%。").build()))
        .contains(" 增长率: 6.0 % by 2025 (");
    assertThat(Text.indicator(six.bound(TargetBound.AT_LEAST).boundEvidence("6.0%以上。").build()))
        .contains(" 增长率: ≥ 6.0 % by 2025 (");
    assertThat(Text.indicator(six.bound(TargetBound.MORE_THAN).boundEvidence("超过6.0%。").build()))
        .contains(" 增长率: > 6.0 % by 2025 (");
  }

  @Test
  void unknownBody_quotesTheNameAskedFor() {
    assertThat(Text.unknownBody("知识产权")).isEqualTo("No body is called '知识产权'.");
  }
}
