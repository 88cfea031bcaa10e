package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Agency;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.Assignment;
import io.github.ipplan.Heading;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.PlanStatus;
import io.github.ipplan.Role;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Checks the bundled national plan against the project's copy of its source text. */
class NationalPlanTest {
  private static final NationalSource SOURCE = NationalSource.load();
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final Plan PLAN = CATALOG.plan("national-2021-2022").orElseThrow();

  @Test
  void source_has115TasksNumbered1To115In7Parts() {
    assertThat(SOURCE.tasks)
        .extracting(NationalSource.Task::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 115).boxed().toList());
    assertThat(SOURCE.parts).hasSize(7);
  }

  @Test
  void plan_hasEveryTaskOfTheSource_inOrder() {
    assertThat(PLAN.measures())
        .extracting(Measure::number)
        .containsExactlyElementsOf(SOURCE.tasks.stream().map(NationalSource.Task::number).toList());
  }

  @Test
  void everyTaskText_isTheSourceTextVerbatim() {
    for (NationalSource.Task task : SOURCE.tasks) {
      assertThat(PLAN.measure(task.number()).orElseThrow().text())
          .as("text of task %s", task.number())
          .isEqualTo(task.text());
    }
  }

  @Test
  void everyTask_namesTheSourcesBodiesInPrintedOrder_theFirstLeading() {
    for (NationalSource.Task task : SOURCE.tasks) {
      Measure measure = PLAN.measure(task.number()).orElseThrow();
      List<Agency> printed =
          task.bodies().stream()
              .map(
                  name ->
                      CATALOG.agency(name).orElseThrow(() -> new AssertionError("unknown " + name)))
              .toList();
      assertThat(measure.agencies()).as("bodies of task %s", task.number()).isEqualTo(printed);
      assertThat(measure.printedNames())
          .as("printed names of task %s", task.number())
          .isEqualTo(task.bodies());
      assertThat(measure.lead()).as("lead of task %s", task.number()).contains(printed.get(0));
      assertThat(measure.participants())
          .as("participants of task %s", task.number())
          .isEqualTo(printed.subList(1, printed.size()));
      for (int i = 0; i < printed.size(); i++) {
        assertThat(printed.get(i).printedNames())
            .as("printed names of %s", printed.get(i))
            .contains(task.bodies().get(i));
      }
    }
  }

  @Test
  void everyTask_hasTheAssignmentItsClausePrints() {
    for (NationalSource.Task task : SOURCE.tasks) {
      Assignment assignment = PLAN.measure(task.number()).orElseThrow().assignment().orElseThrow();
      assertThat(assignment.printedWords())
          .as("assignment of task %s", task.number())
          .isEqualTo(task.verb());
    }
  }

  @Test
  void everyTask_sitsUnderTheHeadingsItIsPrintedUnder() {
    for (NationalSource.Task task : SOURCE.tasks) {
      List<String> path =
          PLAN.measure(task.number()).orElseThrow().headingPath().stream()
              .map(heading -> heading.numeral() + " " + heading.title())
              .toList();
      List<String> expected =
          task.section() == null ? List.of(task.part()) : List.of(task.part(), task.section());
      assertThat(path).as("headings of task %s", task.number()).isEqualTo(expected);
    }
  }

  @Test
  void outline_isThePartsAndSectionsOfTheSource() {
    assertThat(PLAN.outline()).hasSameSizeAs(SOURCE.parts);
    for (int i = 0; i < SOURCE.parts.size(); i++) {
      Heading part = PLAN.outline().get(i);
      NationalSource.Part expected = SOURCE.parts.get(i);
      assertThat(part.numeral() + " " + part.title())
          .isEqualTo(expected.numeral() + " " + expected.title());
      assertThat(part.subheadings())
          .extracting(s -> s.numeral() + " " + s.title())
          .containsExactlyElementsOf(expected.sections());
    }
  }

  @Test
  void metadata_isTheSources() {
    assertThat(PLAN.title()).isEqualTo(SOURCE.title);
    assertThat(PLAN.issued()).isEqualTo(LocalDate.parse(SOURCE.issued)).isEqualTo("2021-12-27");
    assertThat(PLAN.published()).contains(LocalDate.parse(SOURCE.published));
    assertThat(PLAN.source()).contains(URI.create(SOURCE.url));
    assertThat(PLAN.leadRule()).contains(SOURCE.leadRule);
    assertThat(PLAN.status()).isEqualTo(PlanStatus.IN_FORCE);
    assertThat(PLAN.firstYear()).isEqualTo(2021);
    assertThat(PLAN.lastYear()).isEqualTo(2022);
    assertThat(PLAN.issuer().fullName()).contains("国务院知识产权战略实施工作部际联席会议办公室");
    assertThat(SOURCE.paragraphs).contains(PLAN.issuer().fullName().orElseThrow());
  }

  @Test
  void addressees_areThe38OfTheNotice_inPrintedOrder() {
    assertThat(SOURCE.addressees).hasSize(38);
    assertThat(PLAN.addressees())
        .extracting(Agency::name)
        .containsExactlyElementsOf(SOURCE.addressees);
  }

  @Test
  void theBodiesThePlanNames_areThe40OfTheSource() {
    Set<String> named = new LinkedHashSet<>(SOURCE.addressees);
    SOURCE.tasks.forEach(task -> named.addAll(task.bodies()));
    Set<String> modelled = new LinkedHashSet<>();
    PLAN.addressees().forEach(agency -> modelled.add(agency.name()));
    PLAN.measures()
        .forEach(measure -> measure.agencies().forEach(agency -> modelled.add(agency.name())));

    assertThat(named).hasSize(40);
    assertThat(modelled).containsExactlyInAnyOrderElementsOf(named);
  }

  @Test
  void theJointConferencesMembers_areACollective_takingPartInTask111() {
    Agency members = CATALOG.agency("联席会议成员单位").orElseThrow();
    Measure task111 = PLAN.measure(111).orElseThrow();

    assertThat(members.kind()).isEqualTo(AgencyKind.COLLECTIVE);
    assertThat(members.isCollective()).isTrue();
    assertThat(task111.lead()).map(Agency::name).contains("联席会议办公室");
    assertThat(task111.responsibilities().get(1).agency()).isEqualTo(members);
    assertThat(task111.responsibilities().get(1).role()).isEqualTo(Role.PARTICIPANT);
  }

  @Test
  void tasksBrokenByABlankLine_areOneTextWithANote() {
    Set<Integer> broken =
        SOURCE.paragraphs.stream()
            .filter(p -> p.matches("\\d+\\s*[.．].*") && !p.endsWith("负责）"))
            .map(p -> Integer.parseInt(p.replaceAll("^(\\d+).*", "$1")))
            .collect(Collectors.toSet());

    assertThat(broken).containsExactlyInAnyOrder(87, 102);
    for (int number : broken) {
      assertThat(PLAN.measure(number).orElseThrow().notes())
          .as("notes of task %s", number)
          .anyMatch(note -> note.contains("blank line"));
    }
  }

  @Test
  void task27_recordsItsUnusualCharacter() {
    assertThat(PLAN.measure(27).orElseThrow().text()).contains("意見");
    assertThat(PLAN.measure(27).orElseThrow().notes()).anyMatch(note -> note.contains("意見"));
  }
}
