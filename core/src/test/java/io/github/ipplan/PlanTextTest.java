package io.github.ipplan;

import static io.github.ipplan.TestData.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Renders a small plan holding one of every element, and compares each provision with the text the
 * document prints: numerals with their punctuation, responsibility clauses, table rows.
 */
class PlanTextTest {
  private static final Agency ONE = body(1);
  private static final Agency TWO = body(2);
  private static final Heading SECTION_ONE =
      Heading.builder().kind(HeadingKind.SECTION).numeral("一").title("节一").label("(一)").build();
  private static final Heading SECTION_TWO =
      Heading.builder().kind(HeadingKind.SECTION).numeral("二").title("节二").build();
  private static final Heading PART_ONE =
      Heading.builder()
          .kind(HeadingKind.PART)
          .numeral("一")
          .title("部分一")
          .addParagraphs("段落。")
          .addSubheadings(SECTION_ONE, SECTION_TWO)
          .build();
  private static final Heading PART_TWO =
      Heading.builder().kind(HeadingKind.PART).numeral("二").title("部分二").build();

  static Plan plan() {
    return Plan.builder()
        .id("p")
        .title("计划")
        .issuer(ONE)
        .issued(LocalDate.of(2021, 12, 7))
        .status(PlanStatus.IN_FORCE)
        .firstYear(2021)
        .lastYear(2022)
        .notice(
            Notice.builder()
                .title("关于印发《计划》的通知")
                .publicationLine("发布时间：2022-01-04")
                .addParagraphs("现印发。", "请落实。")
                .attachmentsHeading("附件:")
                .addAttachments("计划")
                .signatory("办公室")
                .seal("（局代章）")
                .build())
        .addAddressees(ONE, TWO)
        .documentTitle("计划")
        .addPreamble("序言。")
        .outline(List.of(PART_ONE, PART_TWO))
        .indicatorTable(
            IndicatorTable.builder()
                .title("指标表")
                .columns(List.of("指标", "数值", "数据来源"))
                .addHeadingPath(PART_ONE)
                .build())
        .addIndicators(
            Indicator.builder()
                .planId("p")
                .row(1)
                .name("件数")
                .target(new BigDecimal("30"))
                .unit("件")
                .targetYear(2022)
                .kind(IndicatorKind.LEVEL)
                .nature(IndicatorNature.EXPECTED)
                .source(TWO)
                .sourceName("TB2")
                .build(),
            Indicator.builder()
                .planId("p")
                .row(2)
                .name("比重")
                .cell("比重(%")
                .target(new BigDecimal("6.5"))
                .unit("%")
                .targetYear(2022)
                .kind(IndicatorKind.SHARE_OF_GDP)
                .nature(IndicatorNature.BINDING)
                .build())
        .addMeasures(
            Measure.builder().planId("p").number(1).text("总则。").build(),
            Measure.builder()
                .planId("p")
                .number(2)
                .text("直属。")
                .addHeadingPath(PART_ONE)
                .responsible(List.of(ONE, TWO), List.of("部门1", "TB2"))
                .assignment(Assignment.JOINT)
                .build(),
            Measure.builder()
                .planId("p")
                .number(3)
                .label("3．")
                .title("标题")
                .text("正文。")
                .addHeadingPath(PART_ONE, SECTION_ONE)
                .responsible(List.of(TWO))
                .openEnded(true)
                .assignment(Assignment.BY_DUTY)
                .build(),
            Measure.builder()
                .planId("p")
                .number(4)
                .text("再一。")
                .addHeadingPath(PART_ONE, SECTION_ONE)
                .build())
        .addProjects(
            Project.builder()
                .planId("p")
                .number(1)
                .title("工程")
                .addParagraphs("第一段", "第二段")
                .addHeadingPath(PART_ONE, SECTION_ONE)
                .followsMeasure(3)
                .build(),
            Project.builder()
                .planId("p")
                .number(2)
                .title("工程二")
                .addParagraphs("正文")
                .addHeadingPath(PART_ONE, SECTION_ONE)
                .build())
        .leadRule("上述任务，列第一位的部门为牵头部门。")
        .build();
  }

  private static final List<List<String>> EXPECTED =
      List.of(
          List.of("p/notice/title", "NOTICE_TITLE", "关于印发《计划》的通知"),
          List.of("p/notice/published", "PUBLICATION_LINE", "发布时间：2022-01-04"),
          List.of("p/notice/addressees", "ADDRESSEES", "部门1、部门2："),
          List.of("p/notice/paragraph/1", "NOTICE_PARAGRAPH", "现印发。"),
          List.of("p/notice/paragraph/2", "NOTICE_PARAGRAPH", "请落实。"),
          List.of("p/notice/attachments", "ATTACHMENTS", "附件:\n计划"),
          List.of("p/notice/signatory", "SIGNATORY", "办公室"),
          List.of("p/notice/seal", "SEAL", "（局代章）"),
          List.of("p/notice/date", "DATE", "2021年12月7日"),
          List.of("p/title", "TITLE", "计划"),
          List.of("p/preamble/paragraph/1", "PREAMBLE_PARAGRAPH", "序言。"),
          List.of("p/measure/1", "MEASURE", "1. 总则。"),
          List.of("p/part/1", "HEADING", "一、部分一"),
          List.of("p/part/1/paragraph/1", "PARAGRAPH", "段落。"),
          List.of("p/indicator-table", "INDICATOR_TABLE", "指标表\n指标\n数值\n数据来源"),
          List.of("p/indicator/1", "INDICATOR", "件数(件)\n30\nTB2"),
          List.of("p/indicator/2", "INDICATOR", "比重(%\n6.5\n"),
          List.of("p/measure/2", "MEASURE", "2. 直属。（部门1、TB2负责）"),
          List.of("p/part/1/section/1", "HEADING", "(一)节一"),
          List.of("p/measure/3", "MEASURE", "3．标题。正文。（部门2等部门按职责分工负责）"),
          List.of("p/project/1", "PROJECT", "项目1 工程\n第一段\n第二段"),
          List.of("p/measure/4", "MEASURE", "4. 再一。"),
          List.of("p/project/2", "PROJECT", "项目2 工程二\n正文"),
          List.of("p/part/1/section/2", "HEADING", "（二）节二"),
          List.of("p/part/2", "HEADING", "二、部分二"),
          List.of("p/lead-rule", "LEAD_RULE", "上述任务，列第一位的部门为牵头部门。"));

  @Test
  void provisions_giveEveryElementInDocumentOrder_withItsIdKindAndPrintedText() {
    List<List<String>> provisions =
        PlanText.provisions(plan()).stream()
            .map(p -> List.of(p.id(), p.kind().name(), p.text()))
            .toList();

    assertThat(provisions).containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void render_isOneLinePerProvision_endingInALineBreak() {
    assertThat(PlanText.render(plan()))
        .isEqualTo(EXPECTED.stream().map(p -> p.get(2)).collect(Collectors.joining("\n")) + "\n");
  }

  @Test
  void aPlanWithoutNoticeOrOutline_rendersItsMeasuresAlone() {
    Plan bare = TestData.plan("bare", List.of(TestData.measure("bare", 1, List.of(ONE))));

    assertThat(PlanText.render(bare)).isEqualTo("1. 任务1。（部门1负责）\n");
  }

  @Test
  void chapters_haveChapterIds() {
    Heading chapter =
        Heading.builder().kind(HeadingKind.CHAPTER).numeral("一").title("总体要求").build();
    Plan plan =
        Plan.builder().from(TestData.plan("g", List.of())).outline(List.of(chapter)).build();

    assertThat(PlanText.provisions(plan))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.id()).isEqualTo("g/chapter/1");
              assertThat(p.text()).isEqualTo("一、总体要求");
            });
  }

  @Test
  void
      aNoticeWithAttachmentsButNoHeading_listsTheAttachmentsAlone_andWithoutAddresseesHasNoAddresseeLine() {
    Plan plan =
        Plan.builder()
            .from(TestData.plan("n", List.of()))
            .notice(
                Notice.builder()
                    .addParagraphs("正文。")
                    .addAttachments("附表一", "附表二")
                    .signatory("局")
                    .build())
            .build();

    assertThat(PlanText.provisions(plan))
        .extracting(Provision::id, Provision::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("n/notice/paragraph/1", "正文。"),
            org.assertj.core.groups.Tuple.tuple("n/notice/attachments", "附表一\n附表二"),
            org.assertj.core.groups.Tuple.tuple("n/notice/signatory", "局"),
            org.assertj.core.groups.Tuple.tuple("n/notice/date", "2021年12月27日"));
  }

  @Test
  void printedWords_areTheClosingWordsOfClausesAndTheNatureOfTargets() {
    assertThat(Assignment.JOINT.printedWords()).isEqualTo("负责");
    assertThat(Assignment.BY_DUTY.printedWords()).isEqualTo("按职责分工负责");
    assertThat(IndicatorNature.EXPECTED.printedWords()).isEqualTo("预期性");
    assertThat(IndicatorNature.BINDING.printedWords()).isEqualTo("约束性");
  }
}
