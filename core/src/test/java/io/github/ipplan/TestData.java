package io.github.ipplan;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Small hand-made values for tests. */
final class TestData {
  /** Twenty distinct bodies, {@code body-0} … {@code body-19}, printed {@code 部门0} …. */
  static final ImmutableList<Agency> BODIES =
      IntStream.range(0, 20).mapToObj(TestData::body).collect(ImmutableList.toImmutableList());

  private TestData() {}

  static Agency body(int n) {
    return Agency.builder()
        .id("body-" + n)
        .printedNames(List.of("部门" + n))
        .fullName("测试部门" + n)
        .englishName("Test Body " + n)
        .abbreviation("TB" + n)
        .kind(AgencyKind.STATE_COUNCIL_MINISTRY)
        .level(AgencyLevel.CENTRAL)
        .build();
  }

  static Measure measure(String planId, int number, List<Agency> printedOrder) {
    Measure.Builder measure =
        Measure.builder()
            .planId(planId)
            .number(number)
            .text("任务" + number + "。")
            .responsible(printedOrder);
    if (!printedOrder.isEmpty()) {
      measure.assignment(Assignment.JOINT);
    }
    return measure.build();
  }

  static Plan plan(String id, List<Measure> measures) {
    return Plan.builder()
        .id(id)
        .title("测试计划")
        .issuer(BODIES.get(0))
        .issued(LocalDate.of(2021, 12, 27))
        .status(PlanStatus.IN_FORCE)
        .firstYear(2021)
        .lastYear(2022)
        .measures(measures)
        .build();
  }
}
