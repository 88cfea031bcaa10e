package io.github.ipplan;

import static io.github.ipplan.TestData.BODIES;
import static io.github.ipplan.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ResponsibilityTest {
  /** Ordered lists of 1 to 12 distinct bodies. */
  private static final Gen<List<Agency>> PRINTED_LISTS =
      lists()
          .of(integers().between(0, BODIES.size() - 1))
          .ofSizeBetween(1, 12)
          .map(indexes -> indexes.stream().distinct().map(BODIES::get).toList());

  @Test
  void assign_givesExactlyOneLead_theFirstBodyPrinted() {
    qt().forAll(PRINTED_LISTS)
        .checkAssert(
            printed -> {
              ImmutableList<Responsibility> responsibilities = Responsibility.assign(printed);
              assertThat(responsibilities)
                  .filteredOn(r -> r.role() == Role.LEAD)
                  .singleElement()
                  .satisfies(
                      lead -> {
                        assertThat(lead.agency()).isEqualTo(printed.get(0));
                        assertThat(lead.position()).isEqualTo(1);
                      });
            });
  }

  @Test
  void assign_keepsParticipantsInPrintedOrder_withTheirPositions() {
    qt().forAll(PRINTED_LISTS)
        .checkAssert(
            printed -> {
              ImmutableList<Responsibility> responsibilities = Responsibility.assign(printed);
              assertThat(responsibilities).hasSameSizeAs(printed);
              for (int i = 1; i < printed.size(); i++) {
                assertThat(responsibilities.get(i).agency()).isEqualTo(printed.get(i));
                assertThat(responsibilities.get(i).role()).isEqualTo(Role.PARTICIPANT);
                assertThat(responsibilities.get(i).position()).isEqualTo(i + 1);
              }
            });
  }

  @Test
  void assign_afterReordering_makesTheNewFirstBodyTheLead() {
    qt().forAll(PRINTED_LISTS, integers().all())
        .checkAssert(
            (printed, seed) -> {
              List<Agency> reordered = new ArrayList<>(printed);
              Collections.shuffle(reordered, new Random(seed));
              ImmutableList<Responsibility> responsibilities = Responsibility.assign(reordered);
              assertThat(responsibilities.get(0).agency()).isEqualTo(reordered.get(0));
              assertThat(responsibilities.get(0).role()).isEqualTo(Role.LEAD);
              assertThat(responsibilities.subList(1, responsibilities.size()))
                  .allMatch(r -> r.role() == Role.PARTICIPANT);
            });
  }

  @Test
  void assign_aloneBodyLeads() {
    ImmutableList<Responsibility> responsibilities = Responsibility.assign(List.of(BODIES.get(3)));

    assertThat(responsibilities)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.agency()).isEqualTo(BODIES.get(3));
              assertThat(r.role()).isEqualTo(Role.LEAD);
              assertThat(r.position()).isEqualTo(1);
            });
  }

  @Test
  void assign_noBodies_givesNoResponsibilities() {
    assertThat(Responsibility.assign(List.of())).isEmpty();
  }

  @Test
  void assign_keepsThePrintedNames_andRejectsANameOfAnotherBody() {
    assertThat(
            Responsibility.assign(List.of(BODIES.get(1), BODIES.get(2)), List.of("TB1", "测试部门2")))
        .extracting(Responsibility::printedName)
        .containsExactly("TB1", "测试部门2");
    assertThat(Responsibility.assign(List.of(BODIES.get(1))))
        .extracting(Responsibility::printedName)
        .containsExactly("部门1");
    assertThatThrownBy(() -> Responsibility.assign(List.of(BODIES.get(1)), List.of("部门2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'部门2' is not a name of body 'body-1'");
    assertThatThrownBy(() -> Responsibility.assign(List.of(BODIES.get(1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 bodies but 0 printed names");
  }

  @Test
  void aNamePrintedInTraditionalCharacters_isANameOfTheBody_keptAsPrinted() {
    assertThat(Responsibility.assign(List.of(BODIES.get(1)), List.of("部門1")))
        .extracting(Responsibility::printedName)
        .containsExactly("部門1");
    assertThat(ImmutableResponsibility.of(BODIES.get(1), 2, "部門1").printedName()).isEqualTo("部門1");
    // Another body's name in traditional characters is still refused.
    assertThatThrownBy(() -> Responsibility.assign(List.of(BODIES.get(1)), List.of("部門2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'部門2' is not a name of body 'body-1'");
  }

  @Test
  void assign_bodyNamedTwice_isRejected() {
    assertThatThrownBy(
            () -> Responsibility.assign(List.of(BODIES.get(1), BODIES.get(2), BODIES.get(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Body '部门1' is named twice");
  }

  @Test
  void aPositionBelowOne_isRejected() {
    assertThatThrownBy(() -> ImmutableResponsibility.of(BODIES.get(1), 0, "部门1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Position must be 1 or more: 0");
  }

  @Test
  void aPrintedNameThatIsNotANameOfTheBody_isRejected() {
    assertThatThrownBy(() -> ImmutableResponsibility.of(BODIES.get(1), 2, "部门2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("'部门2' is not a name of body 'body-1'");
  }

  @Test
  void toString_givesPositionPrintedNameAndRole() {
    assertThat(ImmutableResponsibility.of(BODIES.get(1), 1, "TB1"))
        .hasToString("Responsibility{1 TB1 LEAD}");
    assertThat(ImmutableResponsibility.of(BODIES.get(1), 2, "部门1"))
        .hasToString("Responsibility{2 部门1 PARTICIPANT}");
  }
}
