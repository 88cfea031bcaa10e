package io.github.ipplan.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.yaml.BundledPlans;
import io.github.ipplan.yaml.LoadOptions;
import io.github.ipplan.yaml.PlanLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import}: the README's worked example, the bundled sources, and bad input. */
class ImportCommandTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final Path SAMPLE = Path.of("../examples/samples/national-2025-sample.txt");
  private static final Path REGISTRY = Path.of("../examples/samples/sample-agencies.yaml");
  private static final Path SOURCES = Path.of("../yaml-loader/src/test/resources/sources");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Ipplan.run(CATALOG, args, new PrintWriter(out), new PrintWriter(err));
  }

  /** Imports the sample text with the given further arguments. */
  private int importSample(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "import", "national-annual", SAMPLE.toString(), "--id", "sample-national-2025"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void readmeExample_unknownBodyExits5_thenLoadsWithTheRegistry(@TempDir Path dir)
      throws Exception {
    Path plan = dir.resolve("national-2025.yaml");
    assertThat(importSample("-o", plan.toString())).isEqualTo(ExitCode.IMPORT_INCOMPLETE.code());
    assertThat(out.toString())
        .contains("2 names no registry knows, written as printed:")
        // The bundled names nearest 国家数据局: four two edits away (国家统计局, 国家林草局, 国家邮政局,
        // 国家药监局, in registry order), then the first of those three edits away (国管局).
        .contains("line 5, $.addressees[1]: 国家数据局; nearest: 国家统计局, 国家林草局, 国家邮政局, 国家药监局, 国管局\n")
        .contains("line 23, $.parts[0].sections[0].measures[1].responsible[2]: 国家数据局")
        .contains("published: left for the user")
        .contains(
            "line 25, $.parts[0].sections[0].measures[2]: The number is printed '3．' with a"
                + " full-width full stop.")
        .contains("The file does not load yet (2 errors):")
        .contains(plan + ":8:23: unknown body '国家数据局', at $.addressees[1]; did you mean '国家统计局'?")
        .contains(
            plan
                + ":30:44: unknown body '国家数据局', "
                + "at $.parts[0].sections[0].measures[1].responsible[2]");
    assertThat(Files.readString(plan)).contains("responsible: [国家知识产权局, 金融监管总局, 国家数据局]");

    assertThat(importSample("-o", plan.toString(), "--registry", REGISTRY.toString())).isZero();
    assertThat(out.toString()).contains("The file loads as it is.");
    assertThat(run("validate", plan.toString(), "--registry", REGISTRY.toString())).isZero();
    assertThat(out.toString()).contains(plan + ": valid");

    assertThat(
            run(
                "leads",
                "国家知识产权局",
                "--plan",
                "sample-national-2025",
                "--file",
                plan.toString(),
                "--registry",
                REGISTRY.toString()))
        .isZero();
    // The sample's tasks 1, 2 and 4 name 国家知识产权局 first; task 3 does not name it.
    assertThat(out.toString())
        .contains("leads 3 tasks in sample-national-2025")
        .contains("measure 1")
        .contains("measure 2")
        .contains("measure 4")
        .doesNotContain("measure 3");

    Plan loaded =
        PlanLoader.load(LoadOptions.defaults().withRegistry(REGISTRY), plan).plans().get(0);
    assertThat(loaded.documentNumber()).contains("示例〔2025〕1号");
    assertThat(loaded.measures()).hasSize(4);
    assertThat(loaded.measures().get(1).openEnded()).isTrue();
    assertThat(loaded.firstYear()).isEqualTo(2025);
    assertThat(loaded.lastYear()).isEqualTo(2025);
  }

  @Test
  void bundledSources_importIntoFilesThatLoad(@TempDir Path dir) throws Exception {
    Path national = dir.resolve("national.yaml");
    assertThat(
            run(
                "import",
                "national-annual",
                SOURCES.resolve("national-annual-plan-2021-2022.txt").toString(),
                "--id",
                "national-2021-2022-draft",
                "-o",
                national.toString()))
        .isZero();
    Path guangzhou = dir.resolve("guangzhou.yaml");
    assertThat(
            run(
                "import",
                "five-year",
                SOURCES.resolve("guangzhou-ip-plan-2021-2025-draft.txt").toString(),
                "--id",
                "guangzhou-2021-2025-draft",
                "-o",
                guangzhou.toString()))
        .isZero();
    PlanCatalog imported =
        PlanLoader.load(LoadOptions.defaults().withBundledPlans(true), national, guangzhou);
    // 115 tasks and 48 measures and 7 projects and 13 indicators, as the sources number them.
    assertThat(imported.plan("national-2021-2022-draft").orElseThrow().measures()).hasSize(115);
    Plan gz = imported.plan("guangzhou-2021-2025-draft").orElseThrow();
    assertThat(gz.measures()).hasSize(48);
    assertThat(gz.projects()).hasSize(7);
    assertThat(gz.indicators()).hasSize(13);
  }

  @Test
  void jsonReport_withoutOutput_writesThePlanToStandardOutput() throws Exception {
    assertThat(importSample("--format", "json", "--registry", REGISTRY.toString())).isZero();
    assertThat(out.toString()).startsWith("id: sample-national-2025\n");
    JsonNode report = new ObjectMapper().readTree(err.toString());
    assertThat(report.get("loads").asBoolean()).isTrue();
    assertThat(report.get("notes").get(0).get("line").asInt()).isEqualTo(25);
    assertThat(report.get("unknownBodies")).isEmpty();
  }

  @Test
  void aBundledPlansId_isPointedOut(@TempDir Path dir) {
    assertThat(
            run(
                "import",
                "national-annual",
                SOURCES.resolve("national-annual-plan-2021-2022.txt").toString(),
                "--id",
                "national-2021-2022",
                "-o",
                dir.resolve("n.yaml").toString()))
        .isZero();
    assertThat(out.toString()).contains("A bundled plan has the id national-2021-2022");
  }

  @Test
  void badInput_exitsWithUsageOrInvalidFile(@TempDir Path dir) throws Exception {
    assertThat(run("import", "annual", SAMPLE.toString(), "--id", "x")).isEqualTo(2);
    assertThat(err.toString()).contains("'annual' is not a shape: national-annual or five-year");
    assertThat(run("import", "national-annual", SAMPLE.toString(), "--id", "Not An Id"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("lower-case words joined by hyphens");
    assertThat(run("import", "national-annual", "no-such.txt", "--id", "x")).isEqualTo(4);
    assertThat(err.toString()).contains("no-such.txt: no such file or directory");
    Path bell = dir.resolve("bell.txt");
    Files.writeString(bell, "一、标题\n\n1. 任务\u0007。（知识产权局负责）\n", StandardCharsets.UTF_8);
    assertThat(run("import", "national-annual", bell.toString(), "--id", "x")).isEqualTo(4);
    assertThat(err.toString()).contains(bell + ":3:6: the text holds U+0007");
  }

  @Test
  void metadataGivenOnTheCommandLine_winsOverTheCopy_andIsNotedAsSupplied(@TempDir Path dir)
      throws Exception {
    Path plan = dir.resolve("national-2025.yaml");
    assertThat(
            importSample(
                "-o",
                plan.toString(),
                "--registry",
                REGISTRY.toString(),
                "--title",
                "示例计划",
                "--issuer",
                "国家知识产权局",
                "--issued",
                "2025-03-02",
                "--published",
                "2025-03-05",
                "--document-number",
                "示例〔2025〕2号"))
        .isEqualTo(0);
    assertThat(out.toString())
        .contains("  issued: 2025-03-02, supplied by the user\n")
        .contains("  issuer: '国家知识产权局', body 'cnipa', supplied by the user\n")
        .contains("  published: 2025-03-05, supplied by the user\n")
        .contains("  title: 示例计划, supplied by the user\n")
        .contains("  document-number: 示例〔2025〕2号, supplied by the user\n");
    Plan loaded =
        PlanLoader.load(LoadOptions.defaults().withRegistry(REGISTRY), plan)
            .plan("sample-national-2025")
            .orElseThrow();
    assertThat(loaded.title()).isEqualTo("示例计划");
    assertThat(loaded.issuer().id()).isEqualTo("cnipa");
    assertThat(loaded.issued()).isEqualTo(java.time.LocalDate.of(2025, 3, 2));
    assertThat(loaded.published()).contains(java.time.LocalDate.of(2025, 3, 5));
    assertThat(loaded.documentNumber()).contains("示例〔2025〕2号");
    assertThat(loaded.notes())
        .contains("The issue date 2025-03-02 is supplied by the user, not read from the copy.");
  }

  @Test
  void badDateOrBlankValueGiven_isAUsageError_withAOneLineReason() {
    assertThat(importSample("--issued", "2025-02-30")).isEqualTo(2);
    assertThat(err.toString())
        .contains("'2025-02-30' is not a date written yyyy-MM-dd, such as 2024-05-10");
    assertThat(importSample("--published", "2025/03/05")).isEqualTo(2);
    assertThat(err.toString())
        .contains("'2025/03/05' is not a date written yyyy-MM-dd, such as 2024-05-10");
    assertThat(importSample("--title", " ")).isEqualTo(2);
    assertThat(err.toString()).contains("The title given is blank");
  }

  /** The README's copy from a web page: navigation lines before the notice, no date line. */
  @Test
  void readmeWebPageCopy_withNavigationAndNoDateLine_loadsWithTheIssueDateGiven(@TempDir Path dir)
      throws Exception {
    String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    Path copy = dir.resolve("national-2025-web.txt");
    Files.writeString(
        copy,
        "当前位置：首页 > 政务公开 > 通知公告\n\n" + sample.replace("2025年3月1日\n", ""),
        StandardCharsets.UTF_8);
    Path plan = dir.resolve("national-2025.yaml");

    assertThat(
            run(
                "import",
                "national-annual",
                copy.toString(),
                "--id",
                "sample-national-2025",
                "-o",
                plan.toString(),
                "--registry",
                REGISTRY.toString(),
                "--issued",
                "2025-03-01"))
        .isZero();
    assertThat(out.toString())
        .contains(
            "line 1, $: The copy prints a line before the document (line 1: '当前位置：首页 > 政务…'),"
                + " a web page's navigation, headline, lead-in or highlights; it is skipped.")
        .contains("  issued: 2025-03-01, supplied by the user\n")
        .contains("The file loads as it is.");
    Plan loaded =
        PlanLoader.load(LoadOptions.defaults().withRegistry(REGISTRY), plan).plans().get(0);
    assertThat(loaded.documentNumber()).contains("示例〔2025〕1号");
    assertThat(loaded.issuer().id()).isEqualTo("joint-conference-office");
    assertThat(loaded.notice().orElseThrow().title()).isPresent();
    assertThat(loaded.measures()).hasSize(4);
  }

  @Test
  void report_escapesARightToLeftOverride_asValidateDoes(@TempDir Path dir) throws Exception {
    // The sample with a right-to-left override (U+202E) inside the name 国家数据局.
    Path text =
        Files.writeString(
            dir.resolve("bidi.txt"),
            Files.readString(SAMPLE).replace("国家数据局", "国家\u202E数据局"),
            StandardCharsets.UTF_8);
    Path plan = dir.resolve("bidi.yaml");

    assertThat(
            run(
                "import",
                "national-annual",
                text.toString(),
                "--id",
                "sample-national-2025",
                "-o",
                plan.toString()))
        .isEqualTo(ExitCode.IMPORT_INCOMPLETE.code());

    assertThat(out.toString())
        .contains("line 5, $.addressees[1]: 国家\\u202E数据局; nearest: ")
        .contains("line 23, $.parts[0].sections[0].measures[1].responsible[2]: 国家\\u202E数据局")
        .contains(plan + ":8:23: unknown body '国家\\u202E数据局', at $.addressees[1]")
        .doesNotContain("\u202E");
    assertThat(run("validate", plan.toString())).isEqualTo(ExitCode.INVALID_FILE.code());
    assertThat(out.toString())
        .contains(plan + ":8:23: unknown body '国家\\u202E数据局', at $.addressees[1]")
        .doesNotContain("\u202E");
  }

  @Test
  void aFileNameWithARightToLeftOverride_isEscapedInTheFailure(@TempDir Path dir) {
    Path missing = dir.resolve("a\u202Eb.txt");

    assertThat(run("import", "national-annual", missing.toString(), "--id", "sample-2025"))
        .isEqualTo(ExitCode.INVALID_FILE.code());
    assertThat(err.toString())
        .isEqualTo("Cannot read " + dir + "/a\\u202Eb.txt: no such file or directory\n");
  }

  @Test
  void textReport_withoutOutput_goesToStandardError_sayingThePlanFileWasWritten() {
    assertThat(importSample("--registry", REGISTRY.toString())).isZero();

    assertThat(out.toString()).startsWith("id: sample-national-2025\n");
    assertThat(err.toString())
        .startsWith(
            "Wrote the plan file to standard output (plan sample-national-2025) from "
                + SAMPLE
                + ".\n")
        .endsWith("The plan file on standard output loads as it is.\n");
  }

  @Test
  void textReport_withOutput_namesTheFileWritten(@TempDir Path dir) {
    Path plan = dir.resolve("national-2025.yaml");
    assertThat(importSample("-o", plan.toString())).isEqualTo(ExitCode.IMPORT_INCOMPLETE.code());

    assertThat(out.toString())
        .startsWith("Wrote " + plan + " (plan sample-national-2025) from " + SAMPLE + ".\n");
  }

  @Test
  void jsonReport_withOutput_namesTheFile_theUnknownBodies_andTheErrors(@TempDir Path dir)
      throws Exception {
    Path plan = dir.resolve("national-2025.yaml");
    assertThat(importSample("-o", plan.toString(), "--format", "json"))
        .isEqualTo(ExitCode.IMPORT_INCOMPLETE.code());

    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("file").asText()).isEqualTo(plan.toString());
    assertThat(report.get("loads").asBoolean()).isFalse();
    JsonNode unknown = report.get("unknownBodies");
    assertThat(unknown).hasSize(2);
    assertThat(unknown.get(0).get("name").asText()).isEqualTo("国家数据局");
    assertThat(unknown.get(0).get("line").asInt()).isEqualTo(5);
    assertThat(unknown.get(0).get("path").asText()).isEqualTo("$.addressees[1]");
    assertThat(unknown.get(0).get("nearest").toString())
        .isEqualTo("[\"国家统计局\",\"国家林草局\",\"国家邮政局\",\"国家药监局\",\"国管局\"]");
    assertThat(report.get("errors")).hasSize(2);
    assertThat(report.get("errors").toString()).contains("unknown body '国家数据局'");
  }
}
