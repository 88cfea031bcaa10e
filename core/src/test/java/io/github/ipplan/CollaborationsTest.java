package io.github.ipplan;

import static io.github.ipplan.TestData.BODIES;
import static io.github.ipplan.TestData.measure;
import static io.github.ipplan.TestData.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CollaborationsTest {
  private final Agency a = BODIES.get(0);
  private final Agency b = BODIES.get(1);
  private final Agency c = BODIES.get(2);
  private final Agency d = BODIES.get(3);
  private final Plan first =
      plan(
          "first",
          List.of(
              measure("first", 1, List.of(a, b)),
              measure("first", 2, List.of(b, a, c)),
              measure("first", 3, List.of(a)),
              measure("first", 4, List.of(d))));
  private final Plan second =
      plan(
          "second", List.of(measure("second", 7, List.of(c, a)), measure("second", 2, List.of(a))));
  private final PlanCatalog catalog = PlanCatalog.of(BODIES, List.of(first, second));

  @Test
  void partners_countSharedTasksAndWhoLeadsThem_mostSharedFirst_tiesInTheOrderFirstNamed() {
    assertThat(catalog.collaborations().partners(a))
        .containsExactly(Collaboration.of(a, b, 2, 1, 1), Collaboration.of(a, c, 2, 0, 1));
    assertThat(catalog.collaborations().partners(c))
        .containsExactly(Collaboration.of(c, a, 2, 1, 0), Collaboration.of(c, b, 1, 0, 1));
  }

  @Test
  void pairs_listEachPairOnce_mostSharedFirst() {
    assertThat(catalog.collaborations().pairs())
        .containsExactly(
            Collaboration.of(a, b, 2, 1, 1),
            Collaboration.of(a, c, 2, 0, 1),
            Collaboration.of(b, c, 1, 1, 0));
  }

  @Test
  void pairs_sharingMoreTasks_comeFirst_whateverTheRegistryOrder() {
    Plan plan =
        plan(
            "x",
            List.of(
                measure("x", 1, List.of(a, b)),
                measure("x", 2, List.of(c, d)),
                measure("x", 3, List.of(d, c))));

    assertThat(PlanCatalog.of(BODIES, List.of(plan)).collaborations().pairs())
        .containsExactly(Collaboration.of(c, d, 2, 1, 1), Collaboration.of(a, b, 1, 1, 0));
  }

  @Test
  void tasksLedAndJoined_countEveryTask_includingThoseLedAlone() {
    Collaborations all = catalog.collaborations();

    assertThat(all.tasksLed(a)).isEqualTo(3);
    assertThat(all.tasksJoined(a)).isEqualTo(2);
    assertThat(all.tasksLed(c)).isEqualTo(1);
    assertThat(all.tasksJoined(c)).isEqualTo(1);
    assertThat(all.tasksLed(d)).isEqualTo(1);
    assertThat(all.partners(d)).isEmpty();
    assertThat(all.bodies()).containsExactly(a, b, c, d);
    assertThat(all.tasksLed(BODIES.get(19))).isZero();
    assertThat(all).hasToString("Collaborations{4 bodies, 3 pairs}");
  }

  @Test
  void collaborations_ofSomePlans_countOnlyTheirTasks() {
    Collaborations second = catalog.collaborations(plan -> plan.id().equals("second"));

    assertThat(second.bodies()).containsExactly(a, c);
    assertThat(second.pairs()).containsExactly(Collaboration.of(a, c, 1, 0, 1));
    assertThat(second.partners(b)).isEmpty();
    assertThat(second.tasksLed(a)).isEqualTo(1);
    assertThat(second.tasksJoined(a)).isEqualTo(1);
    assertThat(catalog.collaborations(plan -> false).pairs()).isEmpty();
  }

  @Test
  void aCollaboration_refusesImpossibleCounts() {
    assertThatThrownBy(() -> Collaboration.of(a, a, 1, 1, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A body does not collaborate with itself");
    for (int[] counts : new int[][] {{0, 0, 0}, {1, -1, 0}, {1, 0, -1}}) {
      assertThatThrownBy(() -> Collaboration.of(a, b, counts[0], counts[1], counts[2]))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Collaboration counts out of range");
    }
    assertThatThrownBy(() -> Collaboration.of(a, b, 1, 1, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("More tasks led than shared");
    assertThat(Collaboration.of(a, b, 2, 1, 1).shared()).isEqualTo(2);
    assertThat(Collaboration.of(a, b, 1, 0, 0).ledByBody()).isZero();
  }
}
