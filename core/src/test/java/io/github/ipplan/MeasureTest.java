package io.github.ipplan;

import static io.github.ipplan.TestData.BODIES;
import static io.github.ipplan.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MeasureTest {
  /** Ordered lists of 0 to 12 distinct bodies. */
  private static final Gen<List<Agency>> PRINTED_LISTS =
      lists()
          .of(integers().between(0, BODIES.size() - 1))
          .ofSizeBetween(0, 12)
          .map(indexes -> indexes.stream().distinct().map(BODIES::get).toList());

  @Test
  void leadAndParticipants_agreeWithTheRoleOfEveryResponsibility() {
    qt().forAll(PRINTED_LISTS)
        .checkAssert(
            printed -> {
              Measure measure = TestData.measure("plan", 1, printed);

              for (Responsibility responsibility : measure.responsibilities()) {
                Agency body = responsibility.agency();
                assertThat(measure.lead().equals(Optional.of(body)))
                    .as("%s is the lead", responsibility)
                    .isEqualTo(responsibility.role() == Role.LEAD);
                assertThat(measure.participants().contains(body))
                    .as("%s is a participant", responsibility)
                    .isEqualTo(responsibility.role() == Role.PARTICIPANT);
              }
              assertThat(measure.lead().isPresent())
                  .isEqualTo(
                      measure.responsibilities().stream().anyMatch(r -> r.role() == Role.LEAD));
              assertThat(measure.participants())
                  .hasSize(
                      (int)
                          measure.responsibilities().stream()
                              .filter(r -> r.role() == Role.PARTICIPANT)
                              .count())
                  .isSortedAccordingTo(Comparator.comparing(measure.agencies()::indexOf));
            });
  }

  @Test
  void leadAndParticipants_followPrintedOrder() {
    Measure measure =
        TestData.measure("plan", 1, List.of(BODIES.get(5), BODIES.get(2), BODIES.get(9)));

    assertThat(measure.lead()).contains(BODIES.get(5));
    assertThat(measure.participants()).containsExactly(BODIES.get(2), BODIES.get(9));
    assertThat(measure.agencies()).containsExactly(BODIES.get(5), BODIES.get(2), BODIES.get(9));
  }

  @Test
  void measureWithoutBodies_hasNoLeadNorParticipants() {
    Measure measure = TestData.measure("plan", 1, List.of());

    assertThat(measure.lead()).isEmpty();
    assertThat(measure.participants()).isEmpty();
    assertThat(measure.assignment()).isEmpty();
  }

  @Test
  void id_joinsPlanIdAndNumber() {
    assertThat(TestData.measure("national-2021-2022", 44, List.of()).id())
        .isEqualTo("national-2021-2022/measure/44");
  }

  @Test
  void responsibilitiesOutOfPrintedOrder_areRejected() {
    List<Responsibility> first = Responsibility.assign(List.of(BODIES.get(1)));
    List<Responsibility> second = Responsibility.assign(List.of(BODIES.get(2)));

    // Measure.Builder sets bodies only through the rule; the generated builder can still break it.
    assertThatThrownBy(
            () ->
                ImmutableMeasure.builder()
                    .planId("plan")
                    .number(3)
                    .text("任务。")
                    .addAllResponsibilities(first)
                    .addAllResponsibilities(second)
                    .assignment(Assignment.JOINT)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Measure 3: responsibilities must follow the printed order from position 1: "
                + "[Responsibility{1 部门1 LEAD}, Responsibility{1 部门2 LEAD}]");
  }

  @Test
  void assignmentWithoutBodies_isRejected() {
    assertThatThrownBy(
            () ->
                Measure.builder()
                    .planId("plan")
                    .number(3)
                    .text("任务。")
                    .assignment(Assignment.BY_DUTY)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Measure 3: an assignment is given exactly when bodies are named");
  }

  @Test
  void label_mustPrintTheMeasuresOwnNumber() {
    assertThat(Measure.builder().planId("plan").number(1).text("任务。").label("1．").build().label())
        .contains("1．");
    assertThatThrownBy(
            () -> Measure.builder().planId("plan").number(1).text("任务。").label("12.").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Measure 1 has a label that does not print its number: '12.'");
    assertThatThrownBy(
            () -> Measure.builder().planId("plan").number(88).text("任务。").label("8.").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Measure 88 has a label that does not print its number: '8.'");
  }

  @Test
  void numberBelowOne_isRejected() {
    assertThatThrownBy(() -> TestData.measure("plan", 0, List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Measure number must be 1 or more: 0");
  }

  @Test
  void builder_setsBodiesOnlyThroughTheLeadRule() {
    assertThat(Arrays.stream(Measure.Builder.class.getMethods()).map(Method::getName))
        .contains("responsible")
        .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("responsibilit"));
  }

  @Test
  void builder_responsible_replacesTheBodiesSetBefore() {
    Measure measure =
        Measure.builder()
            .planId("plan")
            .number(1)
            .text("任务。")
            .responsible(List.of(BODIES.get(1), BODIES.get(2)))
            .responsible(List.of(BODIES.get(3)), List.of("TB3"))
            .assignment(Assignment.JOINT)
            .build();

    assertThat(measure.agencies()).containsExactly(BODIES.get(3));
    assertThat(measure.printedNames()).containsExactly("TB3");
  }

  @Test
  void builderMethods_rejectNulls() {
    new NullPointerTester().testAllPublicInstanceMethods(Measure.builder());
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester()
        .testAllPublicInstanceMethods(TestData.measure("plan", 1, List.of(BODIES.get(0))));
    new NullPointerTester().testAllPublicStaticMethods(Responsibility.class);
  }

  @Test
  void aBlankPlanId_isRejected() {
    assertThatThrownBy(() -> TestData.measure(" ", 1, List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Measure plan id must not be blank");
  }

  @Test
  void aBlankText_isRejected() {
    assertThatThrownBy(() -> Measure.builder().planId("plan").number(4).text("\u3000").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Measure 4 has a blank text");
  }

  @Test
  void aBlankTitle_isRejected() {
    assertThatThrownBy(
            () -> Measure.builder().planId("plan").number(4).title("").text("任务。").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Measure 4 has a blank title");
  }

  @Test
  void aLabelWithSpaceAroundTheNumber_printsTheNumber() {
    assertThat(
            Measure.builder()
                .planId("plan")
                .number(109)
                .text("任务。")
                .label("109 . ")
                .build()
                .label())
        .contains("109 . ");
    assertThat(Measure.builder().planId("plan").number(7).text("任务。").label("7").build().label())
        .contains("7");
  }

  @Test
  void anOpenEndedListWithoutBodies_isRejected() {
    assertThatThrownBy(
            () -> Measure.builder().planId("plan").number(5).text("任务。").openEnded(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Measure 5: only a list of bodies can be open-ended");
    assertThat(
            Measure.builder()
                .planId("plan")
                .number(5)
                .text("任务。")
                .responsible(List.of(BODIES.get(1)))
                .assignment(Assignment.JOINT)
                .openEnded(true)
                .build()
                .openEnded())
        .isTrue();
  }

  @Test
  void bodiesWithoutAnAssignment_areRejected() {
    assertThatThrownBy(
            () ->
                Measure.builder()
                    .planId("plan")
                    .number(6)
                    .text("任务。")
                    .responsible(List.of(BODIES.get(1)))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Measure 6: an assignment is given exactly when bodies are named");
  }

  @Test
  void printedNames_areTheNamesPrintedForTheBodies_inOrder() {
    Measure measure =
        Measure.builder()
            .planId("plan")
            .number(1)
            .text("任务。")
            .responsible(List.of(BODIES.get(4), BODIES.get(2)), List.of("测试部门4", "TB2"))
            .assignment(Assignment.BY_DUTY)
            .build();

    assertThat(measure.printedNames()).containsExactly("测试部门4", "TB2");
    assertThat(measure.lead()).contains(BODIES.get(4));
  }
}
