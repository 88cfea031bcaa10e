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
    assertThatThrownBy(() -> plan("plan", List.of(measure("plan", 2, List.of()), measure("plan", 2, List.of()))))
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
    Heading part = Heading.builder().kind(HeadingKind.PART).numeral("一").title("部分").addSubheadings(section).build();
    Heading stray = Heading.builder().kind(HeadingKind.SECTION).numeral("二").title("别处").build();
    Measure placed = Measure.builder().planId("plan").number(1).text("任务。").addHeadingPath(part, section).build();
    Measure misplaced = Measure.builder().planId("plan").number(2).text("任务。").addHeadingPath(part, stray).build();

    Plan empty = plan("plan", List.of());

    assertThat(Plan.builder().from(empty).outline(List.of(part)).addMeasures(placed).build().measures())
        .containsExactly(placed);
    assertThatThrownBy(() -> Plan.builder().from(empty).outline(List.of(part)).addMeasures(misplaced).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Measure 2 of plan 'plan' sits under a heading not in the outline: '二 别处'");
  }

  @Test
  void aProjectFollowingAMeasureElsewhere_isRejected() {
    Heading one = Heading.builder().kind(HeadingKind.CHAPTER).numeral("一").title("第一章").build();
    Heading two = Heading.builder().kind(HeadingKind.CHAPTER).numeral("二").title("第二章").build();
    Measure measure = Measure.builder().planId("plan").number(1).text("任务。").addHeadingPath(one).build();
    Project.Builder project = Project.builder().planId("plan").number(1).title("项目").addParagraphs("正文。")
        .addHeadingPath(two).followsMeasure(1);
    Plan.Builder plan = Plan.builder().from(plan("plan", List.of())).outline(List.of(one, two)).addMeasures(measure);

    assertThatThrownBy(() -> plan.addProjects(project.build()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Project 1 follows measure 1, which is not a measure under the same headings");
  }

  @Test
  void indicatorRowsOutOfOrder_areRejected() {
    Indicator second = Indicator.builder().planId("plan").row(2).name("指标").target(java.math.BigDecimal.ONE)
        .unit("件").targetYear(2025).kind(IndicatorKind.LEVEL).nature(IndicatorNature.EXPECTED).build();

    assertThatThrownBy(() -> Plan.builder().from(plan("plan", List.of())).addIndicators(second).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Indicator rows of plan 'plan' must count from 1 in order; found row 2 at place 1");
  }

  @Test
  void periodEndingBeforeItStarts_isRejected() {
    assertThatThrownBy(() -> Plan.builder().from(plan("plan", List.of())).firstYear(2023).lastYear(2022).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Plan 'plan' ends (2022) before it starts (2023)");
  }

  @Test
  void idMustBeLowerCaseWords() {
    assertThatThrownBy(() -> plan("National 2021", List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Plan id must be lower-case words joined by hyphens: 'National 2021'");
  }
}
