package io.github.ipplan.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Measure;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.LoadOptions;
import io.github.ipplan.yaml.PlanLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadYourOwnPlanTest {
  private static final Path PLAN = Path.of("samples/national-2024-sample.yaml");
  private static final Path REGISTRY = Path.of("samples/sample-agencies.yaml");
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void theSampleLaterEdition_loadsBesideTheBundledPlans() throws Exception {
    PlanCatalog catalog =
        PlanLoader.load(LoadOptions.defaults().withRegistry(REGISTRY).withBundledPlans(true), PLAN);
    Measure openEnded = catalog.plan("sample-national-2024").orElseThrow().measure(2).orElseThrow();

    assertThat(catalog.plans()).hasSize(3);
    assertThat(openEnded.openEnded()).isTrue();
    assertThat(openEnded.lead()).isEqualTo(catalog.agency("知识产权局"));
    assertThat(openEnded.participants())
        .containsExactly(
            catalog.agency("金融监管总局").orElseThrow(), catalog.agency("nda").orElseThrow());
    assertThat(catalog.successor(catalog.agency("银保监会").orElseThrow()))
        .isEqualTo(catalog.agency("金融监管总局"));
    assertThat(catalog.measuresLedBy(catalog.agency("CNIPA").orElseThrow()))
        .extracting(Measure::id)
        .endsWith("sample-national-2024/measure/1", "sample-national-2024/measure/2");
  }

  @Test
  void run_printsTheMeasuresWithTheirBodies() throws Exception {
    assertThat(
            LoadYourOwnPlan.run(
                PLAN,
                REGISTRY,
                new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8)))
        .isZero();

    assertThat(out.toString(UTF_8))
        .startsWith(
            "sample-national-2024 (示例〔2024〕1号), 3 measures, "
                + "loaded beside national-2021-2022, guangzhou-2021-2025\n"
                + "1. 示例任务：说明以“国家”开头的名称。\n"
                + "   lead: 国家知识产权局; with: 国家林草局\n"
                + "2. 示例任务：说明以“等部门”结尾的名单。\n"
                + "   lead: 国家知识产权局; with: 金融监管总局、国家数据局 等部门\n");
  }

  @Test
  void run_aBrokenFile_printsTheLocatedError(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(
        broken, Files.readString(PLAN).replace("[国家中医药局, 国家卫生健康委]", "[国家中医药, 国家卫生健康委]"));

    assertThat(
            LoadYourOwnPlan.run(
                broken,
                REGISTRY,
                new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8)))
        .isEqualTo(2);
    assertThat(err.toString(UTF_8))
        .isEqualTo(
            broken
                + ":32:27: unknown body '国家中医药', "
                + "at $.parts[0].sections[0].measures[2].responsible[0]; did you mean '国家中医药局'?\n");
  }
}
