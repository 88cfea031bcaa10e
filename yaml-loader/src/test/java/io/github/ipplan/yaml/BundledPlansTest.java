package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import com.google.common.collect.Sets;
import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BundledPlansTest {
  private static final NationalSource SOURCE = NationalSource.load();
  private static final PlanCatalog CATALOG = BundledPlans.load();

  @Test
  void measuresLedBy_cnipa_areTheTasksWhoseClauseItOpens_inPlanOrder() {
    List<Integer> expected = SOURCE.tasks.stream()
        .filter(task -> task.bodies().get(0).equals("知识产权局"))
        .map(NationalSource.Task::number)
        .toList();
    Agency cnipa = CATALOG.agency("知识产权局").orElseThrow();

    assertThat(CATALOG.measuresLedBy(cnipa)).extracting(Measure::number)
        .containsExactlyElementsOf(expected);
    assertThat(expected).hasSize(36);
  }

  @Test
  void measuresLedBy_givesTheSameAnswerForEveryNameOfCnipa() {
    List<Measure> byPrintedName = CATALOG.measuresLedBy(CATALOG.agency("知识产权局").orElseThrow());
    for (String name : List.of("国家知识产权局", "CNIPA", "China National Intellectual Property Administration")) {
      assertThat(CATALOG.measuresLedBy(CATALOG.agency(name).orElseThrow())).as(name)
          .isEqualTo(byPrintedName);
    }
  }

  @Test
  void measuresWithParticipant_cnipa_areTheTasksThatNameItAfterTheFirstBody() {
    List<Integer> expected = SOURCE.tasks.stream()
        .filter(task -> task.bodies().indexOf("知识产权局") > 0)
        .map(NationalSource.Task::number)
        .toList();

    assertThat(CATALOG.measuresWithParticipant(CATALOG.agency("CNIPA").orElseThrow()))
        .extracting(Measure::number).containsExactlyElementsOf(expected);
  }

  @Test
  void forEveryBody_ledAndParticipatedPartitionInvolving() {
    qt().forAll(arbitrary().pick(CATALOG.agencies())).checkAssert(agency -> {
      Set<Measure> led = Set.copyOf(CATALOG.measuresLedBy(agency));
      Set<Measure> participated = Set.copyOf(CATALOG.measuresWithParticipant(agency));

      assertThat(Sets.intersection(led, participated)).as("led ∩ participated for %s", agency).isEmpty();
      assertThat(Sets.union(led, participated)).as("led ∪ participated for %s", agency)
          .isEqualTo(Set.copyOf(CATALOG.measuresInvolving(agency)));
    });
  }

  @Test
  void forEveryBody_queryResultsAreInPlanOrder() {
    qt().forAll(arbitrary().pick(CATALOG.agencies())).checkAssert(agency -> {
      List<Measure> involving = CATALOG.measuresInvolving(agency);
      List<Measure> expected = CATALOG.plans().stream()
          .flatMap(plan -> plan.measures().stream())
          .filter(measure -> measure.agencies().contains(agency))
          .toList();
      assertThat(involving).as("measures involving %s", agency).isEqualTo(expected);
    });
  }

  @Test
  void leadsSummedOverAllBodies_equalTheTasksThatNameABody() {
    int leads = CATALOG.agencies().stream().mapToInt(agency -> CATALOG.measuresLedBy(agency).size()).sum();
    long tasksWithABody = CATALOG.plans().stream()
        .map(Plan::measures).flatMap(List::stream)
        .filter(measure -> measure.lead().isPresent())
        .count();

    assertThat(leads).isEqualTo(tasksWithABody);
    assertThat(tasksWithABody).isEqualTo(SOURCE.tasks.size());
  }

  @Test
  void load_needsNoImmutablesAtRunTime() {
    // ipplan-core declares Immutables 'provided', so it is not on this module's class path.
    assertThatThrownBy(() -> Class.forName("org.immutables.value.Value"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(CATALOG.plans()).isNotEmpty();
  }

  @Test
  void load_givesEqualCatalogsOnEachCall() {
    PlanCatalog again = BundledPlans.load();

    assertThat(again.plans()).isEqualTo(CATALOG.plans());
    assertThat(again.agencies()).isEqualTo(CATALOG.agencies());
  }
}
