package io.github.ipplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.internal.TrustedCatalogs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedCatalogsTest {
  private static final Agency CNIPA = TestData.body(0);

  @Test
  void reading_isTrueOnlyInsideRead_evenWhenReadsNest() {
    assertThat(TrustedCatalogs.reading()).isFalse();

    List<Boolean> inside =
        TrustedCatalogs.read(
            () -> {
              boolean outer = TrustedCatalogs.reading();
              boolean nested = TrustedCatalogs.read(TrustedCatalogs::reading);
              return List.of(outer, nested, TrustedCatalogs.reading());
            });

    assertThat(inside).containsExactly(true, true, true);
    assertThat(TrustedCatalogs.reading()).isFalse();
  }

  @Test
  void reading_endsWhenTheReaderThrows() {
    assertThatThrownBy(
            () ->
                TrustedCatalogs.read(
                    () -> {
                      throw new IllegalStateException("broken");
                    }))
        .hasMessage("broken");

    assertThat(TrustedCatalogs.reading()).isFalse();
  }

  @Test
  void valuesBuiltWhileReading_skipTheirChecks_andCheckOtherwise() {
    Agency.Builder agency =
        Agency.builder()
            .id("Not An Id")
            .printedNames(List.of("部门"))
            .englishName("Body")
            .kind(AgencyKind.COURT);
    Plan.Builder plan =
        Plan.builder()
            .id("plan")
            .title("计划")
            .issuer(CNIPA)
            .issued(LocalDate.of(2021, 1, 1))
            .status(PlanStatus.IN_FORCE)
            .firstYear(2022)
            .lastYear(2021);
    Measure.Builder measure = Measure.builder().planId("plan").number(0).text("任务。");
    Indicator.Builder indicator =
        Indicator.builder()
            .planId("plan")
            .row(0)
            .name("指标")
            .target(BigDecimal.ONE)
            .unit("件")
            .targetYear(2022)
            .kind(IndicatorKind.LEVEL)
            .nature(IndicatorNature.EXPECTED);

    assertThat(TrustedCatalogs.read(agency::build).id()).isEqualTo("Not An Id");
    assertThat(TrustedCatalogs.read(plan::build).lastYear()).isEqualTo(2021);
    assertThat(TrustedCatalogs.read(measure::build).number()).isZero();
    assertThat(TrustedCatalogs.read(indicator::build).row()).isZero();
    assertThatThrownBy(agency::build)
        .hasMessage("Agency 'Not An Id' must have a level exactly when it is a public body");
    assertThatThrownBy(plan::build).hasMessage("Plan 'plan' ends (2021) before it starts (2022)");
    assertThatThrownBy(measure::build).hasMessage("Measure number must be 1 or more: 0");
    assertThatThrownBy(indicator::build).hasMessage("Indicator row must be 1 or more: 0");
  }

  @Test
  void of_checksNothingAtOnce_andNeverChecksTheRegistry() {
    Agency twin = TestData.body(1);
    Agency sameId = Agency.builder().from(twin).printedNames(List.of("别的部门")).build();
    Plan plan = TestData.plan("plan", List.of(TestData.measure("plan", 1, List.of(CNIPA))));

    PlanCatalog catalog =
        TrustedCatalogs.of(PlanCatalog.class, List.of(CNIPA, twin, sameId), List.of(plan, plan));

    assertThat(catalog.plans()).hasSize(2);
    assertThat(catalog.agencies()).hasSize(3);
    // The registry was checked when it was compiled: its index does not check it again, and a
    // name two bodies share finds the first.
    assertThat(catalog.agency("部门0")).contains(CNIPA);
    assertThat(catalog.agency("body-1")).contains(twin);
    assertThat(catalog.agency("别的部门")).contains(sameId);
    assertThatThrownBy(() -> catalog.plan("plan"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Two plans have the id 'plan'");
    assertThatThrownBy(() -> PlanCatalog.of(List.of(CNIPA, twin, sameId), List.of(plan)))
        .hasMessage("Body id 'body-1' is used twice");
  }

  @Test
  void of_trustsThatPlansNameRegisteredBodies() {
    Plan plan = TestData.plan("plan", List.of(TestData.measure("plan", 1, List.of(CNIPA))));

    PlanCatalog catalog =
        TrustedCatalogs.of(PlanCatalog.class, List.of(TestData.body(5)), List.of(plan));

    assertThat(catalog.measuresLedBy(CNIPA)).containsExactlyElementsOf(plan.measures());
    assertThatThrownBy(() -> PlanCatalog.of(List.of(TestData.body(5)), List.of(plan)))
        .hasMessage("Plan 'plan' names a body that is not in the registry: 'body-0'");
  }

  @Test
  void register_refusesASecondFactory() {
    PlanCatalog.of(List.of(), List.of());

    assertThatThrownBy(() -> TrustedCatalogs.register((registry, plans) -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The trusted catalog factory is set already");
  }
}
