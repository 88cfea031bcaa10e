package io.github.ipplan;

import static io.github.ipplan.TestData.measure;
import static io.github.ipplan.TestData.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {
  @Test
  void measure_findsByNumber() {
    Plan plan = plan("plan", List.of(measure("plan", 2, List.of()), measure("plan", 5, List.of())));

    assertThat(plan.measure(5)).map(Measure::number).contains(5);
    assertThat(plan.measure(3)).isEmpty();
  }

  @Test
  void twoMeasuresWithOneNumber_areRejected() {
    assertThatThrownBy(
            () ->
                plan("plan", List.of(measure("plan", 2, List.of()), measure("plan", 2, List.of()))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Plan 'plan' numbers two measures 2");
  }

  @Test
  void aMeasureOfAnotherPlan_isRejected() {
    assertThatThrownBy(() -> plan("plan", List.of(measure("other", 1, List.of()))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Measure 1 belongs to plan 'other', not 'plan'");
  }

  @Test
  void aHeadingPathOutsideTheOutline_isRejected() {
    Heading section = Heading.builder().kind(HeadingKind.SECTION).numeral("一").title("节").build();
    Heading part =
        Heading.builder()
            .kind(HeadingKind.PART)
            .numeral("一")
            .title("部分")
            .addSubheadings(section)
            .build();
    Heading stray = Heading.builder().kind(HeadingKind.SECTION).numeral("二").title("别处").build();
    Measure placed =
        Measure.builder()
            .planId("plan")
            .number(1)
            .text("任务。")
            .addHeadingPath(part, section)
            .build();
    Measure misplaced =
        Measure.builder().planId("plan").number(2).text("任务。").addHeadingPath(part, stray).build();

    Plan empty = plan("plan", List.of());

    assertThat(
            Plan.builder()
                .from(empty)
                .outline(List.of(part))
                .addMeasures(placed)
                .build()
                .measures())
        .containsExactly(placed);
    assertThatThrownBy(
            () -> Plan.builder().from(empty).outline(List.of(part)).addMeasures(misplaced).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Measure 2 of plan 'plan' sits under a heading not in the outline: '二 别处'");
  }

  @Test
  void aProjectFollowingAMeasureElsewhere_isRejected() {
    Heading one = Heading.builder().kind(HeadingKind.CHAPTER).numeral("一").title("第一章").build();
    Heading two = Heading.builder().kind(HeadingKind.CHAPTER).numeral("二").title("第二章").build();
    Measure measure =
        Measure.builder().planId("plan").number(1).text("任务。").addHeadingPath(one).build();
    Project.Builder project =
        Project.builder()
            .planId("plan")
            .number(1)
            .title("项目")
            .addParagraphs("正文。")
            .addHeadingPath(two)
            .followsMeasure(1);
    Plan.Builder plan =
        Plan.builder()
            .from(plan("plan", List.of()))
            .outline(List.of(one, two))
            .addMeasures(measure);

    assertThatThrownBy(() -> plan.addProjects(project.build()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Project 1 follows measure 1, which is not a measure under the same headings");
  }

  @Test
  void indicatorRowsOutOfOrder_areRejected() {
    Indicator second =
        Indicator.builder()
            .planId("plan")
            .row(2)
            .name("指标")
            .target(java.math.BigDecimal.ONE)
            .unit("件")
            .targetYear(2025)
            .kind(IndicatorKind.LEVEL)
            .nature(IndicatorNature.EXPECTED)
            .build();

    assertThatThrownBy(
            () -> Plan.builder().from(plan("plan", List.of())).addIndicators(second).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Indicator rows of plan 'plan' must count from 1 in order; found row 2 at place 1");
  }

  @Test
  void periodEndingBeforeItStarts_isRejected() {
    assertThatThrownBy(
            () ->
                Plan.builder().from(plan("plan", List.of())).firstYear(2023).lastYear(2022).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Plan 'plan' ends (2022) before it starts (2023)");
  }

  @Test
  void idMustBeLowerCaseWords() {
    assertThatThrownBy(() -> plan("National 2021", List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Plan id must be lower-case words joined by hyphens: 'National 2021'");
  }

  private static final Heading SECTION =
      Heading.builder().kind(HeadingKind.SECTION).numeral("一").title("节").build();
  private static final Heading PART =
      Heading.builder()
          .kind(HeadingKind.PART)
          .numeral("一")
          .title("部分")
          .addSubheadings(SECTION)
          .build();
  private static final Heading STRAY =
      Heading.builder().kind(HeadingKind.SECTION).numeral("二").title("别处").build();

  private static Plan.Builder empty() {
    return Plan.builder().from(plan("plan", List.of()));
  }

  private static Project.Builder project(int number) {
    return Project.builder()
        .planId("plan")
        .number(number)
        .title("项目" + number)
        .addParagraphs("正文。");
  }

  private static Indicator.Builder indicator(String planId, int row) {
    return Indicator.builder()
        .planId(planId)
        .row(row)
        .name("指标")
        .target(java.math.BigDecimal.ONE)
        .unit("件")
        .targetYear(2025)
        .kind(IndicatorKind.LEVEL)
        .nature(IndicatorNature.EXPECTED);
  }

  @Test
  void aBlankTitle_isRejected() {
    assertThatThrownBy(() -> empty().title("\u3000").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Plan 'plan' has a blank title");
  }

  @Test
  void yearsAndDatesOutOfRange_areRejected_namingWhichOne() {
    assertThatThrownBy(() -> empty().firstYear(1900).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The first year of plan 'plan' is the year 1900, outside 1949–2100");
    assertThatThrownBy(() -> empty().lastYear(2200).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The last year of plan 'plan' is the year 2200, outside 1949–2100");
    assertThatThrownBy(() -> empty().issued(java.time.LocalDate.of(1800, 1, 1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The issue date of plan 'plan' is the year 1800, outside 1949–2100");
    assertThatThrownBy(() -> empty().published(java.time.LocalDate.of(2222, 1, 4)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The publication date of plan 'plan' is the year 2222, outside 1949–2100");
  }

  @Test
  void aOneYearPlan_isAccepted() {
    Plan plan = empty().firstYear(2022).lastYear(2022).build();

    assertThat(plan.firstYear()).isEqualTo(plan.lastYear());
  }

  @Test
  void twoTopHeadingsWithOneNumeral_areRejected() {
    Heading other = Heading.builder().kind(HeadingKind.PART).numeral("一").title("另一部分").build();

    assertThatThrownBy(() -> empty().outline(List.of(PART, other)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Two headings are numbered '一' at the top of the outline of plan 'plan'");
  }

  @Test
  void twoSectionsWithOneNumeral_underOneHeading_areRejected() {
    Heading two =
        Heading.builder()
            .kind(HeadingKind.PART)
            .numeral("二")
            .title("第二部分")
            .addSubheadings(STRAY, SECTION, Heading.builder().from(STRAY).title("又一节").build())
            .build();

    assertThatThrownBy(() -> empty().outline(List.of(PART, two)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Two headings are numbered '二' under '二 第二部分'");
  }

  @Test
  void aProjectOfAnotherPlan_isRejected() {
    assertThatThrownBy(
            () ->
                empty()
                    .addProjects(Project.builder().from(project(1).build()).planId("other").build())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Project 1 belongs to plan 'other', not 'plan'");
  }

  @Test
  void twoProjectsWithOneNumber_areRejected() {
    assertThatThrownBy(() -> empty().addProjects(project(3).build(), project(3).build()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Plan 'plan' numbers two projects 3");
  }

  @Test
  void aProjectUnderAHeadingOutsideTheOutline_isRejected() {
    assertThatThrownBy(
            () ->
                empty()
                    .outline(List.of(PART))
                    .addProjects(project(2).addHeadingPath(PART, STRAY).build())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Project 2 of plan 'plan' sits under a heading not in the outline: '二 别处'");
  }

  @Test
  void aProjectFollowingAMeasureUnderTheSameHeadings_isAccepted_andFoundByNumber() {
    Measure measure =
        Measure.builder()
            .planId("plan")
            .number(1)
            .text("任务。")
            .addHeadingPath(PART, SECTION)
            .build();
    Project project = project(4).addHeadingPath(PART, SECTION).followsMeasure(1).build();
    Plan plan = empty().outline(List.of(PART)).addMeasures(measure).addProjects(project).build();

    assertThat(plan.project(4)).contains(project);
    assertThat(plan.project(1)).isEmpty();
  }

  @Test
  void aProjectFollowingAMissingMeasure_isRejected() {
    assertThatThrownBy(() -> empty().addProjects(project(1).followsMeasure(9).build()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Project 1 follows measure 9, which is not a measure under the same headings");
  }

  @Test
  void anIndicatorTableOutsideTheOutline_isRejected() {
    IndicatorTable table =
        IndicatorTable.builder()
            .title("指标")
            .columns(List.of("指标", "数值", "数据来源"))
            .addHeadingPath(STRAY)
            .build();

    assertThatThrownBy(() -> empty().outline(List.of(PART)).indicatorTable(table).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The indicator table of plan 'plan' sits under a heading not in the outline: '二 别处'");
    assertThat(
            empty()
                .outline(List.of(PART))
                .indicatorTable(
                    IndicatorTable.builder()
                        .from(table)
                        .headingPath(List.of(PART, SECTION))
                        .build())
                .build()
                .indicatorTable())
        .isPresent();
  }

  @Test
  void anIndicatorOfAnotherPlan_isRejected() {
    assertThatThrownBy(() -> empty().addIndicators(indicator("other", 1).build()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Indicator 1 belongs to plan 'other', not 'plan'");
    assertThat(
            empty()
                .addIndicators(indicator("plan", 1).build(), indicator("plan", 2).build())
                .build()
                .indicators())
        .extracting(Indicator::row)
        .containsExactly(1, 2);
  }

  @Test
  void measuresUnder_givesTheMeasuresUnderAHeadingOrItsSections_inDocumentOrder() {
    Heading two = Heading.builder().kind(HeadingKind.PART).numeral("二").title("第二部分").build();
    Measure one =
        Measure.builder().planId("plan").number(1).text("一。").addHeadingPath(PART).build();
    Measure inSection =
        Measure.builder().planId("plan").number(2).text("二。").addHeadingPath(PART, SECTION).build();
    Measure elsewhere =
        Measure.builder().planId("plan").number(3).text("三。").addHeadingPath(two).build();
    Plan plan = empty().outline(List.of(PART, two)).addMeasures(one, inSection, elsewhere).build();

    assertThat(plan.measuresUnder(PART)).containsExactly(one, inSection);
    assertThat(plan.measuresUnder(SECTION)).containsExactly(inSection);
    assertThat(plan.measuresUnder(two)).containsExactly(elsewhere);
    assertThat(plan.measuresUnder(STRAY)).isEmpty();
  }

  @Test
  void toString_givesTheId() {
    assertThat(empty().build()).hasToString("Plan{plan}");
  }
}
