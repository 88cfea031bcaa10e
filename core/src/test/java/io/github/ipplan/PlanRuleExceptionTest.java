package io.github.ipplan;

import static io.github.ipplan.TestData.BODIES;
import static io.github.ipplan.TestData.measure;
import static io.github.ipplan.TestData.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ipplan.PlanRuleException.Element;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A plan's refusal names the element that broke the rule, by kind, position and value. */
class PlanRuleExceptionTest {
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

  private static PlanRuleException refusal(Plan.Builder plan) {
    return catchThrowableOfType(PlanRuleException.class, plan::build);
  }

  private static Project.Builder project(int number) {
    return Project.builder().planId("plan").number(number).title("项目").addParagraphs("正文。");
  }

  private static Indicator indicator(String planId, int row) {
    return Indicator.builder()
        .planId(planId)
        .row(row)
        .name("指标")
        .target(BigDecimal.ONE)
        .unit("件")
        .targetYear(2025)
        .kind(IndicatorKind.LEVEL)
        .nature(IndicatorNature.EXPECTED)
        .build();
  }

  private static void assertRefusal(
      PlanRuleException refusal,
      Element element,
      int index,
      OptionalInt earlier,
      String field,
      String message) {
    assertThat(refusal).hasMessage(message);
    assertThat(refusal.element()).isEqualTo(element);
    assertThat(refusal.index()).isEqualTo(index);
    assertThat(refusal.earlier()).isEqualTo(earlier);
    assertThat(refusal.field()).isEqualTo(Optional.ofNullable(field));
    if (element != Element.HEADING) {
      assertThat(refusal.parent()).isEmpty();
    }
  }

  @Test
  void aRepeatedMeasureNumber_namesBothMeasures() {
    PlanRuleException refusal =
        refusal(
            empty()
                .measures(
                    List.of(
                        measure("plan", 2, List.of()),
                        measure("plan", 3, List.of()),
                        measure("plan", 4, List.of()),
                        measure("plan", 3, List.of()))));

    assertRefusal(
        refusal,
        Element.MEASURE,
        3,
        OptionalInt.of(1),
        "number",
        "Plan 'plan' numbers two measures 3");
  }

  @Test
  void aMeasureOfAnotherPlanOrOutsideTheOutline_isNamedByPosition() {
    assertRefusal(
        refusal(
            empty().measures(List.of(measure("plan", 1, List.of()), measure("x", 2, List.of())))),
        Element.MEASURE,
        1,
        OptionalInt.empty(),
        "planId",
        "Measure 2 belongs to plan 'x', not 'plan'");
    Measure misplaced =
        Measure.builder().planId("plan").number(2).text("任务。").addHeadingPath(PART, STRAY).build();
    assertRefusal(
        refusal(empty().outline(List.of(PART)).addMeasures(misplaced)),
        Element.MEASURE,
        0,
        OptionalInt.empty(),
        "headingPath",
        "Measure 2 of plan 'plan' sits under a heading not in the outline: '二 别处'");
  }

  @Test
  void projects_areNamedByPosition() {
    assertRefusal(
        refusal(empty().addProjects(project(1).build(), project(5).build(), project(5).build())),
        Element.PROJECT,
        2,
        OptionalInt.of(1),
        "number",
        "Plan 'plan' numbers two projects 5");
    assertRefusal(
        refusal(empty().addProjects(project(1).build(), project(2).planId("x").build())),
        Element.PROJECT,
        1,
        OptionalInt.empty(),
        "planId",
        "Project 2 belongs to plan 'x', not 'plan'");
    assertRefusal(
        refusal(
            empty()
                .outline(List.of(PART))
                .addProjects(project(1).build(), project(2).addHeadingPath(PART, STRAY).build())),
        Element.PROJECT,
        1,
        OptionalInt.empty(),
        "headingPath",
        "Project 2 of plan 'plan' sits under a heading not in the outline: '二 别处'");
    assertRefusal(
        refusal(empty().addProjects(project(1).build(), project(2).followsMeasure(9).build())),
        Element.PROJECT,
        1,
        OptionalInt.empty(),
        "followsMeasure",
        "Project 2 follows measure 9, which is not a measure under the same headings");
  }

  @Test
  void aRepeatedAddressee_namesBothNamings() {
    assertRefusal(
        refusal(empty().addressees(List.of(BODIES.get(1), BODIES.get(2), BODIES.get(1)))),
        Element.ADDRESSEE,
        2,
        OptionalInt.of(0),
        null,
        "Plan 'plan' lists the addressee '部门1' twice");
  }

  @Test
  void indicators_areNamedByPosition() {
    assertRefusal(
        refusal(empty().addIndicators(indicator("plan", 1), indicator("x", 2))),
        Element.INDICATOR,
        1,
        OptionalInt.empty(),
        "planId",
        "Indicator 2 belongs to plan 'x', not 'plan'");
    assertRefusal(
        refusal(empty().addIndicators(indicator("plan", 1), indicator("plan", 3))),
        Element.INDICATOR,
        1,
        OptionalInt.empty(),
        "row",
        "Indicator rows of plan 'plan' must count from 1 in order; found row 3 at place 2");
  }

  @Test
  void anIndicatorTableOutsideTheOutline_isNamed() {
    IndicatorTable table =
        IndicatorTable.builder()
            .title("指标")
            .columns(List.of("指标", "数值", "数据来源"))
            .addHeadingPath(STRAY)
            .build();
    assertRefusal(
        refusal(empty().outline(List.of(PART)).indicatorTable(table)),
        Element.INDICATOR_TABLE,
        0,
        OptionalInt.empty(),
        "headingPath",
        "The indicator table of plan 'plan' sits under a heading not in the outline: '二 别处'");
  }

  @Test
  void thePlansOwnValues_areNamedByField() {
    assertRefusal(
        refusal(empty().id("Plan")),
        Element.PLAN,
        0,
        OptionalInt.empty(),
        "id",
        "Plan id must be lower-case words joined by hyphens: 'Plan'");
    assertRefusal(
        refusal(empty().title(" ")),
        Element.PLAN,
        0,
        OptionalInt.empty(),
        "title",
        "Plan 'plan' has a blank title");
    assertThat(refusal(empty().firstYear(1900)).field()).contains("firstYear");
    assertThat(refusal(empty().lastYear(2200)).field()).contains("lastYear");
    assertThat(refusal(empty().issued(LocalDate.of(1800, 1, 1))).field()).contains("issued");
    assertRefusal(
        refusal(empty().published(LocalDate.of(2222, 1, 1))),
        Element.PLAN,
        0,
        OptionalInt.empty(),
        "published",
        "The publication date of plan 'plan' is the year 2222, outside 1949–2100");
    assertRefusal(
        refusal(empty().firstYear(2023).lastYear(2022)),
        Element.PLAN,
        0,
        OptionalInt.empty(),
        "lastYear",
        "Plan 'plan' ends (2022) before it starts (2023)");
  }

  @Test
  void headingsWithOneNumeral_areNamedWithTheirParent() {
    Heading two = Heading.builder().kind(HeadingKind.PART).numeral("二").title("第二部分").build();
    Heading three = Heading.builder().from(two).numeral("三").build();
    PlanRuleException top = refusal(empty().outline(List.of(PART, two, three, two)));
    assertRefusal(
        top,
        Element.HEADING,
        3,
        OptionalInt.of(1),
        "numeral",
        "Two headings are numbered '二' at the top of the outline of plan 'plan'");
    assertThat(top.parent()).isEmpty();

    Heading sections =
        Heading.builder()
            .from(three)
            .addSubheadings(STRAY, SECTION, Heading.builder().from(STRAY).title("又一节").build())
            .build();
    PlanRuleException under = refusal(empty().outline(List.of(PART, two, sections)));
    assertRefusal(
        under,
        Element.HEADING,
        2,
        OptionalInt.of(0),
        "numeral",
        "Two headings are numbered '二' under '三 第二部分'");
    assertThat(under.parent()).hasValue(2);
  }

  @Test
  void aBodyNamedTwice_isRefusedWithBothPositions() {
    IllegalArgumentException thrown =
        catchThrowableOfType(
            IllegalArgumentException.class,
            () ->
                Responsibility.assign(
                    List.of(BODIES.get(3), BODIES.get(4), BODIES.get(5), BODIES.get(4))));

    assertThat(thrown).hasMessage("Body '部门4' is named twice");
    assertThat(thrown.getCause()).isInstanceOf(PlanRuleException.class);
    assertRefusal(
        (PlanRuleException) thrown.getCause(),
        Element.RESPONSIBLE_BODY,
        3,
        OptionalInt.of(1),
        null,
        "Body '部门4' is named twice");
  }
}
