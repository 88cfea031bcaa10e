package io.github.ipplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ids name values: every id that the rendered text prints leads back to the heading, measure,
 * project, indicator or text element it names, in the small plan of {@link PlanTextTest}.
 */
class PlanElementTest {
  private final Plan plan = PlanTextTest.plan();
  private final PlanCatalog catalog =
      PlanCatalog.of(List.of(TestData.body(1), TestData.body(2)), List.of(plan));
  private final Heading partOne = plan.outline().get(0);
  private final Heading sectionOne = partOne.subheadings().get(0);
  private final Heading sectionTwo = partOne.subheadings().get(1);
  private final Heading partTwo = plan.outline().get(1);

  @Test
  void provision_findsThePlanAndTheValueOfEveryProvisionId() {
    assertThat(catalog.provision("p")).containsSame(plan);
    assertThat(catalog.provision("p/measure/3")).contains(plan.measure(3).orElseThrow());
    assertThat(catalog.provision("p/project/2")).contains(plan.project(2).orElseThrow());
    assertThat(catalog.provision("p/indicator/2")).contains(plan.indicators().get(1));
    assertThat(catalog.provision("p/part/1")).contains(partOne);
    assertThat(catalog.provision("p/part/1/section/2")).contains(sectionTwo);
    assertThat(catalog.provision("p/part/2")).contains(partTwo);
    assertThat(catalog.provision("p/part/1/paragraph/1"))
        .contains(Provision.of("p/part/1/paragraph/1", ProvisionKind.PARAGRAPH, "段落。"));
    assertThat(catalog.provision("p/notice/seal"))
        .contains(Provision.of("p/notice/seal", ProvisionKind.SEAL, "（局代章）"));
    for (Provision provision : PlanText.provisions(plan)) {
      PlanElement value = catalog.provision(provision.id()).orElseThrow();
      switch (provision.kind()) {
        case MEASURE -> assertThat(((Measure) value).id()).isEqualTo(provision.id());
        case PROJECT -> assertThat(((Project) value).id()).isEqualTo(provision.id());
        case INDICATOR -> assertThat(((Indicator) value).id()).isEqualTo(provision.id());
        case HEADING -> assertThat(value).isInstanceOf(Heading.class);
        default -> assertThat(value).isEqualTo(provision);
      }
    }
  }

  @Test
  void provision_ofAnUnknownId_isEmpty_andNearestIdsSuggestTheClosest() {
    assertThat(catalog.provision("p/measure/5")).isEmpty();
    assertThat(catalog.provision("P/measure/3")).isEmpty();
    assertThat(catalog.provision("p/heading/1.2")).isEmpty();
    assertThat(catalog.nearestIds("p/measure/5", 3))
        .containsExactly("p/measure/1", "p/measure/2", "p/measure/3");
    assertThat(catalog.nearestIds("P/PROJECT/2", 2)).containsExactly("p/project/2", "p/project/1");
    assertThat(catalog.nearestIds("section/2", 1)).containsExactly("p/part/1/section/2");
    assertThat(catalog.nearestIds("p/measure/5", 0)).isEmpty();
    // "p/x" is two edits from the plan id "p": within half its length, rounded up.
    assertThat(catalog.nearestIds("p/x", 5)).containsExactly("p");
    assertThat(catalog.nearestPlanIds("p/x", 5)).containsExactly("p");
    assertThat(catalog.nearestPlanIds("p/x", 0)).isEmpty();
    assertThatThrownBy(() -> catalog.nearestPlanIds("p", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be 0 or more: -1");
    assertThat(catalog.nearestIds("zzzzzzzzzzzzzzz", 5)).isEmpty();
    assertThat(catalog.nearestIds(" ", 5)).isEmpty();
    assertThat(catalog.nearestIds("p".repeat(257), 5)).isEmpty();
    assertThatThrownBy(() -> catalog.nearestIds("p", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be 0 or more: -1");
  }

  @Test
  void headingId_isThePlacesOfThePathInTheOutline_asTheTextPrintsThem() {
    assertThat(plan.headingId(List.of(partOne))).contains("p/part/1");
    assertThat(plan.headingId(List.of(partOne, sectionTwo))).contains("p/part/1/section/2");
    assertThat(plan.headingId(List.of(partTwo))).contains("p/part/2");
    assertThat(plan.headingId(plan.measure(3).orElseThrow().headingPath()))
        .contains("p/part/1/section/1");
    assertThat(catalog.provision(plan.headingId(List.of(partOne, sectionOne)).orElseThrow()))
        .contains(sectionOne);
  }

  @Test
  void headingId_ofAPathNotInTheOutline_isEmpty() {
    assertThat(plan.headingId(List.of())).isEmpty();
    assertThat(plan.headingId(List.of(sectionOne))).isEmpty();
    assertThat(plan.headingId(List.of(partTwo, sectionOne))).isEmpty();
    assertThat(plan.headingId(List.of(partOne, sectionOne, sectionTwo))).isEmpty();
  }

  @Test
  void headingIds_ofChapters_nameTheirKind() {
    Heading chapter =
        Heading.builder().kind(HeadingKind.CHAPTER).numeral("一").title("总体要求").build();
    Plan chapters =
        Plan.builder().from(TestData.plan("g", List.of())).outline(List.of(chapter)).build();

    assertThat(chapters.headingId(List.of(chapter))).contains("g/chapter/1");
  }
}
