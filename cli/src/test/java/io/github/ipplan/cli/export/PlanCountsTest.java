package io.github.ipplan.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCountsTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();

  private static List<String> counts(String body) {
    return PlanCounts.of(CATALOG, CATALOG.agency(body).orElseThrow()).stream()
        .map(c -> c.plan().id() + " " + c.leads() + " " + c.participates() + " " + c.reports())
        .toList();
  }

  @Test
  void aNationalBody_hasItsTasksInTheNationalPlan_andNoneInGuangzhous() {
    // 知识产权局 leads 36 tasks of the national plan; the Guangzhou plan assigns no task.
    List<String> cnipa = counts("知识产权局");

    assertThat(cnipa).hasSize(2);
    assertThat(cnipa.get(0)).startsWith("national-2021-2022 36 ").endsWith(" 0");
    assertThat(cnipa.get(0)).doesNotStartWith("national-2021-2022 36 0 ");
    assertThat(cnipa.get(1)).isEqualTo("guangzhou-2021-2025 0 0 0");
  }

  @Test
  void aGuangzhouBody_reportsItsIndicatorsInTheGuangzhouPlanOnly() {
    // The table of 主要预期性指标 names 市知识产权局 as the source of 9 of its 13 indicators.
    assertThat(counts("市知识产权局"))
        .containsExactly("national-2021-2022 0 0 0", "guangzhou-2021-2025 0 0 9");
  }
}
