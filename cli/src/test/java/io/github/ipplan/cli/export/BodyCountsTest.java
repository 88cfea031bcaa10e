package io.github.ipplan.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.LoadOptions;
import io.github.ipplan.yaml.PlanLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of the bodies listing over the made-up sample of the later national editions
 * (examples/samples/national-2024-sample.yaml): issued by 联席会议办公室, three tasks naming 国家知识产权局
 * (first in 1 and 2), 国家林草局, 金融监管总局, 国家数据局, 国家中医药局 (first in 3) and 国家卫生健康委.
 */
class BodyCountsTest {
  private static final Path SAMPLE = Path.of("../examples/samples/national-2024-sample.yaml");
  private static final Path SAMPLE_REGISTRY = Path.of("../examples/samples/sample-agencies.yaml");

  private static List<String> rows(PlanCatalog catalog, List<Plan> plans, boolean every) {
    return BodyCounts.of(catalog, plans, every).stream()
        .map(r -> r.agency().id() + " " + r.leads() + " " + r.participates() + " " + r.reports())
        .toList();
  }

  @Test
  void aPlanListsTheBodiesItsTasksNameAndItsIssuerEvenWithoutATask() throws Exception {
    PlanCatalog catalog =
        PlanLoader.load(LoadOptions.defaults().withRegistry(SAMPLE_REGISTRY), SAMPLE);
    Plan sample = catalog.plan("sample-national-2024").orElseThrow();

    assertThat(rows(catalog, List.of(sample), false))
        .containsExactly(
            "nhc 0 1 0",
            "nfga 0 1 0",
            "natcm 1 0 0",
            "cnipa 2 0 0",
            "joint-conference-office 0 0 0",
            "nfra 0 1 0",
            "nda 0 1 0");
  }

  @Test
  void everyPlanListsEveryBodyOfTheRegistry() throws Exception {
    PlanCatalog catalog =
        PlanLoader.load(LoadOptions.defaults().withRegistry(SAMPLE_REGISTRY), SAMPLE);
    Plan sample = catalog.plan("sample-national-2024").orElseThrow();

    List<String> rows = rows(catalog, List.of(sample), true);
    assertThat(rows).hasSize(catalog.agencies().size()).contains("cast 0 0 0", "cnipa 2 0 0");
  }

  @Test
  void aPlanListsTheBodiesItIsAddressedToEvenWithoutATask(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("addressed.yaml"),
            """
            id: addressed-2023
            title: 示例计划
            issuer: 知识产权局
            issued: 2023-03-01
            status: in-force
            period: {from: 2023, to: 2023}
            addressees: [中央组织部, 知识产权局]
            parts:
              - numeral: 一
                title: 示例部分
                measures:
                  - number: 1
                    text: 推进一项工作。
                    responsible: [知识产权局]
            """);
    PlanCatalog catalog = PlanLoader.load(file);

    assertThat(rows(catalog, catalog.plans(), false))
        .containsExactly("cpc-organization-department 0 0 0", "cnipa 1 0 0");
  }
}
