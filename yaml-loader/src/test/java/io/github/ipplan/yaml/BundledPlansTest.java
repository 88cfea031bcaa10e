package io.github.ipplan.yaml;

import static io.github.ipplan.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.Sets;
import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Project;
import io.github.ipplan.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BundledPlansTest {
  private static final NationalSource SOURCE = NationalSource.load();
  private static final GuangzhouSource GUANGZHOU = GuangzhouSource.load();
  private static final PlanCatalog CATALOG = BundledPlans.load();

  @Test
  void measuresLedBy_cnipa_areTheTasksWhoseClauseItOpens_inPlanOrder() {
    List<Integer> expected =
        SOURCE.tasks.stream()
            .filter(task -> task.bodies().get(0).equals("知识产权局"))
            .map(NationalSource.Task::number)
            .toList();
    Agency cnipa = CATALOG.agency("知识产权局").orElseThrow();

    assertThat(CATALOG.measuresLedBy(cnipa))
        .extracting(Measure::number)
        .containsExactlyElementsOf(expected);
    assertThat(expected).hasSize(36);
  }

  @Test
  void search_findsWhatAReaderExpects_whateverTheFormTheQueryTakes() {
    assertThat(CATALOG.search("意见"))
        .extracting(SearchHit::id)
        .contains("national-2021-2022/measure/27", "national-2021-2022/measure/14");
    assertThat(CATALOG.search("意見"))
        .extracting(SearchHit::id)
        .containsExactlyElementsOf(CATALOG.search("意见").stream().map(SearchHit::id).toList());
    assertThat(CATALOG.search("31个省"))
        .extracting(SearchHit::id)
        .containsExactly("national-2021-2022/measure/87");
    assertThat(CATALOG.search("tisc"))
        .extracting(SearchHit::id)
        .containsExactlyElementsOf(CATALOG.search("TISC").stream().map(SearchHit::id).toList())
        .containsExactly(
            "national-2021-2022/measure/87",
            "guangzhou-2021-2025/chapter/1/section/1/paragraph/6",
            "guangzhou-2021-2025/chapter/2/section/3/paragraph/5",
            "guangzhou-2021-2025/measure/33",
            "guangzhou-2021-2025/measure/43");
    SearchHit both =
        CATALOG.search("意見 保护").stream()
            .filter(hit -> hit.id().equals("national-2021-2022/measure/27"))
            .findFirst()
            .orElseThrow();
    assertThat(both.spans())
        .extracting(span -> both.text().substring(span.start(), span.end()))
        .contains("意見", "保护");
  }

  @Test
  void measuresLedBy_givesTheSameAnswerForEveryNameOfCnipa() {
    List<Measure> byPrintedName = CATALOG.measuresLedBy(CATALOG.agency("知识产权局").orElseThrow());
    for (String name :
        List.of("国家知识产权局", "CNIPA", "China National Intellectual Property Administration")) {
      assertThat(CATALOG.measuresLedBy(CATALOG.agency(name).orElseThrow()))
          .as(name)
          .isEqualTo(byPrintedName);
    }
  }

  @Test
  void measuresWithParticipant_cnipa_areTheTasksThatNameItAfterTheFirstBody() {
    List<Integer> expected =
        SOURCE.tasks.stream()
            .filter(task -> task.bodies().indexOf("知识产权局") > 0)
            .map(NationalSource.Task::number)
            .toList();

    assertThat(CATALOG.measuresWithParticipant(CATALOG.agency("CNIPA").orElseThrow()))
        .extracting(Measure::number)
        .containsExactlyElementsOf(expected);
  }

  @Test
  void forEveryBody_ledAndParticipatedPartitionInvolving() {
    qt().forAll(arbitrary().pick(CATALOG.agencies()))
        .checkAssert(
            agency -> {
              Set<Measure> led = Set.copyOf(CATALOG.measuresLedBy(agency));
              Set<Measure> participated = Set.copyOf(CATALOG.measuresWithParticipant(agency));

              assertThat(Sets.intersection(led, participated))
                  .as("led ∩ participated for %s", agency)
                  .isEmpty();
              assertThat(Sets.union(led, participated))
                  .as("led ∪ participated for %s", agency)
                  .isEqualTo(Set.copyOf(CATALOG.measuresInvolving(agency)));
            });
  }

  @Test
  void forEveryBody_queryResultsAreInPlanOrder() {
    qt().forAll(arbitrary().pick(CATALOG.agencies()))
        .checkAssert(
            agency -> {
              List<Measure> involving = CATALOG.measuresInvolving(agency);
              List<Measure> expected =
                  CATALOG.plans().stream()
                      .flatMap(plan -> plan.measures().stream())
                      .filter(measure -> measure.agencies().contains(agency))
                      .toList();
              assertThat(involving).as("measures involving %s", agency).isEqualTo(expected);
            });
  }

  @Test
  void leadsSummedOverAllBodies_equalTheTasksThatNameABody() {
    int leads =
        CATALOG.agencies().stream().mapToInt(agency -> CATALOG.measuresLedBy(agency).size()).sum();
    long tasksWithABody =
        CATALOG.plans().stream()
            .map(Plan::measures)
            .flatMap(List::stream)
            .filter(measure -> measure.lead().isPresent())
            .count();

    assertThat(leads).isEqualTo(tasksWithABody);
    assertThat(tasksWithABody).isEqualTo(SOURCE.tasks.size()); // Guangzhou measures name no body
  }

  @Test
  void measuresContaining_findsChineseSubstringsInBothPlans_inPlanOrder() {
    List<String> expected = new ArrayList<>();
    SOURCE.tasks.stream()
        .filter(task -> task.text().contains("展会"))
        .forEach(task -> expected.add("national-2021-2022/measure/" + task.number()));
    GUANGZHOU.measures.stream()
        .filter(m -> m.title().contains("展会") || m.text().contains("展会"))
        .forEach(m -> expected.add("guangzhou-2021-2025/measure/" + m.number()));

    assertThat(CATALOG.measuresContaining("展会"))
        .extracting(Measure::id)
        .containsExactlyElementsOf(expected)
        .containsExactly(
            "national-2021-2022/measure/9",
            "national-2021-2022/measure/79",
            "guangzhou-2021-2025/measure/10");
  }

  @Test
  void projectsContaining_findsTextInTitlesAndParagraphs() {
    List<Integer> expected =
        GUANGZHOU.projects.stream()
            .filter(
                p ->
                    p.title().contains("知识城")
                        || p.paragraphs().stream().anyMatch(t -> t.contains("知识城")))
            .map(GuangzhouSource.Project::number)
            .toList();

    assertThat(expected).isNotEmpty();
    assertThat(CATALOG.projectsContaining("知识城"))
        .extracting(Project::number)
        .containsExactlyElementsOf(expected);
    assertThat(CATALOG.projectsContaining("全球知识产权高地建设项目"))
        .extracting(Project::number)
        .containsExactly(6);
  }

  @Test
  void searchResults_areInPlanOrderThenDocumentOrder() {
    List<Measure> all = CATALOG.plans().stream().flatMap(plan -> plan.measures().stream()).toList();
    Gen<String> fragments =
        arbitrary()
            .pick(all)
            .zip(
                integers().between(0, 1000),
                integers().between(1, 4),
                (measure, start, length) -> {
                  String text = measure.text();
                  int from = start % Math.max(1, text.length() - length);
                  return text.substring(from, Math.min(text.length(), from + length));
                });

    qt().forAll(fragments)
        .checkAssert(
            fragment -> {
              List<Measure> found = CATALOG.measuresContaining(fragment);
              assertThat(found).isNotEmpty();
              assertThat(found)
                  .isEqualTo(
                      all.stream()
                          .filter(
                              m ->
                                  m.text().contains(fragment)
                                      || m.title().map(t -> t.contains(fragment)).orElse(false))
                          .toList());
            });
  }

  @Test
  void everyIdentifier_isUniqueAndStableAcrossLoads() {
    List<String> ids = new ArrayList<>();
    CATALOG
        .plans()
        .forEach(
            plan -> {
              plan.measures().forEach(m -> ids.add(m.id()));
              plan.projects().forEach(p -> ids.add(p.id()));
              plan.indicators().forEach(i -> ids.add(i.id()));
            });
    List<String> again = new ArrayList<>();
    BundledPlans.load()
        .plans()
        .forEach(
            plan -> {
              plan.measures().forEach(m -> again.add(m.id()));
              plan.projects().forEach(p -> again.add(p.id()));
              plan.indicators().forEach(i -> again.add(i.id()));
            });

    assertThat(ids).hasSize(115 + 48 + 7 + 13).doesNotHaveDuplicates().isEqualTo(again);
    qt().forAll(
            arbitrary().pick(CATALOG.plans().stream().flatMap(p -> p.measures().stream()).toList()))
        .checkAssert(m -> assertThat(m.id()).isEqualTo(m.planId() + "/measure/" + m.number()));
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
