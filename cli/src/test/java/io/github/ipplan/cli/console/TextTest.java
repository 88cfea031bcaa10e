package io.github.ipplan.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Agency;
import io.github.ipplan.Indicator;
import io.github.ipplan.IndicatorKind;
import io.github.ipplan.IndicatorNature;
import io.github.ipplan.Measure;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Project;
import io.github.ipplan.TargetBound;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.function.Consumer;
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

  private static String printed(Consumer<PrintWriter> print) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      print.accept(out);
    }
    return text.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void measure_withBodies_namesThemWithTheirRoles_andTheWordThatAssignsThem() {
    // 5. 推进《中医药传统知识保护条例》立法进程。（中医药局、卫生健康委、知识产权局负责）
    Measure five = CATALOG.plan("national-2021-2022").orElseThrow().measure(5).orElseThrow();

    assertThat(printed(out -> Text.measure(out, five)))
        .isEqualTo(
            "national-2021-2022 measure 5\n"
                + "  推进《中医药传统知识保护条例》立法进程。\n"
                + "  bodies: 中医药局 (lead), 卫生健康委 (participant), 知识产权局 (participant)  [负责]\n");
  }

  @Test
  void measure_whoseListOfBodiesIsOpenEnded_endsTheListWith等部门() {
    // Measure 5 as if its clause had read （中医药局、卫生健康委、知识产权局等部门负责）.
    Measure five = CATALOG.plan("national-2021-2022").orElseThrow().measure(5).orElseThrow();
    Measure openEnded = Measure.builder().from(five).openEnded(true).build();

    assertThat(printed(out -> Text.measure(out, openEnded)))
        .endsWith("  bodies: 中医药局 (lead), 卫生健康委 (participant), 知识产权局 (participant) 等部门  [负责]\n");
  }

  @Test
  void measure_withoutBodies_isItsTitleAndText_withNoBodiesLine() {
    // 1.完善知识产权法规规章。着力提高广州市知识产权保护工作法治化水平。…
    Measure one = CATALOG.plan("guangzhou-2021-2025").orElseThrow().measure(1).orElseThrow();

    assertThat(printed(out -> Text.measure(out, one)))
        .isEqualTo(
            "guangzhou-2021-2025 measure 1: 完善知识产权法规规章\n"
                + "  着力提高广州市知识产权保护工作法治化水平。在落实《民法典》相关规定的同时,"
                + "深入研究广州市知识产权保护的短板和弱项,对标国内国际先进做法,"
                + "结合广州地方特色制定实施知识产权保护促进相关地方政策法规,加快完善地方知识产权法治体系。\n");
  }

  @Test
  void indicator_isOneLine_endingWithTheBaselineWhereThePlanStatesOne() {
    // 有效注册商标总量(万件) 160 市知识产权局; 至2020年底 … 全市有效商标注册量151.4万件
    Indicator marks =
        CATALOG.plan("guangzhou-2021-2025").orElseThrow().indicators().stream()
            .filter(indicator -> indicator.name().equals("有效注册商标总量"))
            .findFirst()
            .orElseThrow();

    assertThat(Text.indicator(marks))
        .isEqualTo(
            "guangzhou-2021-2025/indicator/3  有效注册商标总量: 160 万件 by 2025 (level, 预期性),"
                + " reported by 市知识产权局; 2020: 151.4");
  }

  @Test
  void indicator_withoutSourceOrBaseline_saysNoBodyIsNamed() {
    Indicator growth =
        Indicator.builder()
            .planId("plan")
            .row(2)
            .name("增长率")
            .target(new BigDecimal("6"))
            .unit("%")
            .targetYear(2025)
            .kind(IndicatorKind.ANNUAL_GROWTH_RATE)
            .nature(IndicatorNature.EXPECTED)
            .build();

    assertThat(Text.indicator(growth))
        .isEqualTo(
            "plan/indicator/2  增长率: 6 % by 2025 (annual growth rate, 预期性), reported by no body"
                + " named");
  }

  @Test
  void project_isItsTitle_thenEveryParagraphIndented() {
    Project one = CATALOG.plan("guangzhou-2021-2025").orElseThrow().project(1).orElseThrow();

    String printed = printed(out -> Text.project(out, one));

    assertThat(printed)
        .startsWith("guangzhou-2021-2025 project 1: 中国(广州)知识产权保护中心建设工程\n  构建知识产权快速协同保护机制。");
    assertThat(printed.lines().toList()).hasSize(1 + one.paragraphs().size());
    assertThat(printed.lines().skip(1))
        .allMatch(line -> line.startsWith("  ") && line.length() > 2);
  }
}
