package io.github.ipplan.yaml;

import io.github.ipplan.Agency;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.AgencyLevel;
import io.github.ipplan.Assignment;
import io.github.ipplan.Baseline;
import io.github.ipplan.Heading;
import io.github.ipplan.HeadingKind;
import io.github.ipplan.Indicator;
import io.github.ipplan.IndicatorKind;
import io.github.ipplan.IndicatorNature;
import io.github.ipplan.IndicatorTable;
import io.github.ipplan.Measure;
import io.github.ipplan.Notice;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.PlanStatus;
import io.github.ipplan.Project;
import io.github.ipplan.TargetBound;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * A small catalog with every optional value of every type present in one place and absent in
 * another, for tests of the compiled form.
 */
final class SmallCatalog {
  static final Agency RICH =
      Agency.builder()
          .id("old-office")
          .fullName("旧办公室")
          .addPrintedNames("旧办", "旧办公室甲")
          .englishName("Old Office")
          .englishNameDescriptive(true)
          .abbreviation("OO")
          .addAliases("老办")
          .kind(AgencyKind.STATE_COUNCIL_MINISTRY)
          .level(AgencyLevel.CENTRAL)
          .successorId("third-party")
          .addNotes("一条注释")
          .build();

  static final Agency PLAIN =
      Agency.builder()
          .id("third-party")
          .addPrintedNames("第三方机构")
          .englishName("third-party organisations")
          .kind(AgencyKind.NON_GOVERNMENT_ORGANISATION)
          .build();

  static final Heading SECTION =
      Heading.builder()
          .kind(HeadingKind.SECTION)
          .numeral("一")
          .title("小节")
          .label("（一）")
          .addParagraphs("小节的段落")
          .build();

  static final Heading CHAPTER =
      Heading.builder()
          .kind(HeadingKind.CHAPTER)
          .numeral("一")
          .title("第一章")
          .addSubheadings(SECTION)
          .build();

  static final Heading SECOND_CHAPTER =
      Heading.builder().kind(HeadingKind.CHAPTER).numeral("二").title("第二章").build();

  private SmallCatalog() {}

  /** A plan with every optional value present. */
  static Plan rich() {
    String id = "small-2021";
    return Plan.builder()
        .id(id)
        .title("小规划")
        .issuer(RICH)
        .documentNumber("小〔2021〕1号")
        .issued(LocalDate.of(2021, 3, 31))
        .published(LocalDate.of(2021, 4, 2))
        .status(PlanStatus.DRAFT_FOR_COMMENT)
        .firstYear(2021)
        .lastYear(2025)
        .source(URI.create("https://example.org/plan?id=1"))
        .notice(
            Notice.builder()
                .title("通知")
                .publicationLine("发布")
                .addParagraphs("通知的段落")
                .attachmentsHeading("附件：")
                .addAttachments("小规划")
                .signatory("旧办公室")
                .seal("（印）")
                .build())
        .documentTitle("小规划全文")
        .addPreamble("序言")
        .indicatorTable(
            IndicatorTable.builder()
                .title("指标表")
                .addColumns("指标", "目标值", "属性")
                .addHeadingPath(CHAPTER, SECTION)
                .build())
        .addAddressees(PLAIN, RICH)
        .addOutline(CHAPTER, SECOND_CHAPTER)
        .addMeasures(
            Measure.builder()
                .planId(id)
                .number(1)
                .addHeadingPath(CHAPTER, SECTION)
                .title("任务")
                .label("1．")
                .text("第一项任务。")
                .responsible(List.of(RICH, PLAIN), List.of("旧辦", "第三方机构"))
                .openEnded(true)
                .assignment(Assignment.BY_DUTY)
                .addNotes("任务的注释")
                .build(),
            Measure.builder().planId(id).number(2).text("第二项任务。").build())
        .addProjects(
            Project.builder()
                .planId(id)
                .number(1)
                .title("工程")
                .addParagraphs("工程的段落")
                .addHeadingPath(CHAPTER, SECTION)
                .followsMeasure(1)
                .addNotes("工程的注释")
                .build(),
            Project.builder().planId(id).number(2).title("另一工程").addParagraphs("段落").build())
        .addIndicators(
            Indicator.builder()
                .planId(id)
                .row(1)
                .name("指标")
                .cell("指标(件/")
                .target(new BigDecimal("12.50"))
                .unit("件")
                .targetYear(2025)
                .kind(IndicatorKind.LEVEL)
                .nature(IndicatorNature.BINDING)
                .bound(TargetBound.AT_LEAST)
                .boundEvidence("以上")
                .source(RICH)
                .sourceName("旧办")
                .baseline(
                    Baseline.builder()
                        .value(new BigDecimal("10.0"))
                        .year(2020)
                        .evidence("2020年")
                        .build())
                .addNotes("指标的注释")
                .build(),
            Indicator.builder()
                .planId(id)
                .row(2)
                .name("比率")
                .target(new BigDecimal("3"))
                .unit("%")
                .targetYear(2025)
                .kind(IndicatorKind.ANNUAL_GROWTH_RATE)
                .nature(IndicatorNature.EXPECTED)
                .build())
        .leadRule("列第一位的部门为牵头部门。")
        .addNotes("规划的注释")
        .build();
  }

  /** A plan with every optional value absent. */
  static Plan bare() {
    return Plan.builder()
        .id("bare-2022")
        .title("空规划")
        .issuer(PLAIN)
        .issued(LocalDate.of(2022, 1, 1))
        .status(PlanStatus.IN_FORCE)
        .firstYear(2022)
        .lastYear(2022)
        .build();
  }

  static PlanCatalog catalog() {
    return PlanCatalog.of(List.of(RICH, PLAIN), List.of(rich(), bare()));
  }
}
