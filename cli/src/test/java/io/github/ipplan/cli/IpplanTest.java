package io.github.ipplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Role;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IpplanTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final Agency CNIPA = CATALOG.agency("知识产权局").orElseThrow();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Ipplan.run(CATALOG, args, new PrintWriter(out), new PrintWriter(err));
  }

  private static List<Integer> measureNumbers(String output) {
    Matcher matcher = Pattern.compile("(?m)^national-2021-2022 measure (\\d+)").matcher(output);
    return matcher.results().map(m -> Integer.parseInt(m.group(1))).toList();
  }

  private JsonNode json() throws Exception {
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void leads_printsEveryTaskTheBodyLeads_inOrder_withTheOtherBodiesAndRoles() {
    assertThat(run("leads", "知识产权局")).isZero();

    String printed = out.toString();
    assertThat(printed).startsWith("知识产权局 (国家知识产权局) leads 36 tasks.\n");
    assertThat(measureNumbers(printed))
        .isEqualTo(CATALOG.measuresLedBy(CNIPA).stream().map(Measure::number).toList());
    assertThat(printed)
        .contains(
            "national-2021-2022 measure 14\n"
                + "  制定出台《关于加强知识产权纠纷调解工作的意见》，并组织实施。\n"
                + "  bodies: 知识产权局 (lead), 中央宣传部 (participant), 司法部 (participant)  [负责]\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void leads_anyNameOfTheBody_givesTheSameAnswer() {
    run("leads", "知识产权局");
    String byPrinted = out.toString();
    for (String name :
        List.of(
            "国家知识产权局", "CNIPA", "cnipa", "China National Intellectual Property Administration")) {
      out.getBuffer().setLength(0);
      assertThat(run(("leads " + name).split(" "))).isZero();
      assertThat(out.toString()).as(name).isEqualTo(byPrinted);
    }
  }

  @Test
  void participatesAndInvolves_listTheOtherQueries() {
    assertThat(run("participates", "CNIPA")).isZero();
    assertThat(measureNumbers(out.toString()))
        .isEqualTo(CATALOG.measuresWithParticipant(CNIPA).stream().map(Measure::number).toList());
    out.getBuffer().setLength(0);
    assertThat(run("involves", "CNIPA")).isZero();
    assertThat(measureNumbers(out.toString()))
        .isEqualTo(CATALOG.measuresInvolving(CNIPA).stream().map(Measure::number).toList());
  }

  @Test
  void unknownName_exits3_withTheNearestNames() {
    assertThat(run("leads", "知识产权")).isEqualTo(ExitCode.NOT_FOUND.code());

    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo("No body is called '知识产权'. Nearest names: 知识产权局, 市知识产权局.\n");
  }

  @Test
  void unknownPlanMeasureOrProject_exit3() {
    assertThat(run("leads", "CNIPA", "--plan", "national-2099")).isEqualTo(3);
    assertThat(err.toString())
        .startsWith(
            "No plan is called 'national-2099'. Plans: national-2021-2022, guangzhou-2021-2025.");
    assertThat(run("measure", "national-2021-2022", "116")).isEqualTo(3);
    assertThat(err.toString()).contains("Plan national-2021-2022 has no measure 116; it has 115.");
    assertThat(run("project", "guangzhou-2021-2025", "8")).isEqualTo(3);
    assertThat(err.toString()).contains("Plan guangzhou-2021-2025 has no project 8; it has 7.");
  }

  @Test
  void usageErrors_exit2() {
    assertThat(run("leads")).isEqualTo(2);
    assertThat(run("export", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("Usage: ipplan");
  }

  @Test
  void plan_restrictsTheResults() {
    assertThat(run("search", "展会", "--plan", "guangzhou-2021-2025")).isZero();

    assertThat(out.toString())
        .startsWith("'展会' is in 1 measure and 0 projects.\n")
        .contains("guangzhou-2021-2025 measure 10: 加强展会知识产权保护\n");
  }

  @Test
  void search_findsMeasuresInBothPlans() {
    assertThat(run("search", "展会")).isZero();

    assertThat(out.toString()).startsWith("'展会' is in 3 measures and 0 projects.\n");
    assertThat(measureNumbers(out.toString())).containsExactly(9, 79);
  }

  @Test
  void search_forgivesTraditionalFormsSpacesAndLetterCase() {
    assertThat(run("search", "意见")).isZero();
    assertThat(measureNumbers(out.toString())).contains(14, 27);
    out.getBuffer().setLength(0);

    assertThat(run("search", "31个省")).isZero();
    assertThat(out.toString()).startsWith("'31个省' is in 1 measure and 0 projects.\n");
    assertThat(measureNumbers(out.toString())).containsExactly(87);
    out.getBuffer().setLength(0);

    assertThat(run("search", "tisc")).isZero();
    assertThat(out.toString())
        .startsWith(
            "'tisc' is in 3 measures and 0 projects.\n" + "It is also in 2 other passages.\n")
        .contains(
            "\nguangzhou-2021-2025/chapter/1/section/1/paragraph/6 (paragraph)\n  ——知识产权服务能力显著提高。");
    assertThat(measureNumbers(out.toString())).containsExactly(87);
  }

  @Test
  void search_json_givesEachHitsIdKindTextAndSpans() throws Exception {
    assertThat(run("search", "意見", "保护", "--plan", "national-2021-2022", "--format", "json"))
        .isZero();

    JsonNode hits = json().get("hits");
    JsonNode task27 = null;
    for (JsonNode hit : hits) {
      assertThat(hit.get("plan").asText()).isEqualTo("national-2021-2022");
      if (hit.get("id").asText().equals("national-2021-2022/measure/27")) {
        task27 = hit;
      }
    }
    assertThat(task27).isNotNull();
    assertThat(task27.get("kind").asText()).isEqualTo("measure");
    String text = task27.get("text").asText();
    List<String> matched = new java.util.ArrayList<>();
    for (JsonNode span : task27.get("spans")) {
      matched.add(text.substring(span.get("start").asInt(), span.get("end").asInt()));
    }
    assertThat(matched).contains("意見", "保护");
    assertThat(json().get("measures").findValuesAsText("id"))
        .contains("national-2021-2022/measure/27");
  }

  @Test
  void body_findsAliasesAndFullWidthLetters_andSuggestsForLatinTypos() throws Exception {
    for (String name : List.of("国知局", "ＣＮＩＰＡ", "國家知識產權局")) {
      out.getBuffer().setLength(0);
      assertThat(run("body", name)).as(name).isZero();
      assertThat(out.toString())
          .as(name)
          .startsWith("知识产权局  [cnipa]\n")
          .contains("\n  aliases:      国知局\n");
    }
    out.getBuffer().setLength(0);
    assertThat(run("body", "发改委", "--format", "json")).isZero();
    assertThat(json().get("id").asText()).isEqualTo("ndrc");
    assertThat(json().get("aliases").toString()).isEqualTo("[\"发改委\",\"国家发改委\"]");

    assertThat(run("leads", "cnipaa")).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(err.toString()).startsWith("No body is called 'cnipaa'. Nearest names: CNIPA");
  }

  @Test
  void plans_listsEveryPlanWithItsIssuerPeriodAndCounts() throws Exception {
    assertThat(run("plans")).isZero();
    assertThat(out.toString())
        .startsWith(
            "national-2021-2022  知识产权强国建设纲要和“十四五”规划实施年度推进计划\n"
                + "  issued by 联席会议办公室 on 2021-12-27, in force, for 2021–2022\n"
                + "  115 measures, 0 projects, 0 indicators\n\n"
                + "guangzhou-2021-2025  ");
    assertThat(out.toString()).contains("  48 measures, 7 projects, 13 indicators\n");
    out.getBuffer().setLength(0);

    assertThat(run("plans", "--format", "json")).isZero();
    assertThat(json().findValuesAsText("id"))
        .containsExactly("national-2021-2022", "guangzhou-2021-2025");
    assertThat(json().get(1).get("projects").asInt()).isEqualTo(7);
    assertThat(json().get(0).get("period").toString()).isEqualTo("{\"from\":2021,\"to\":2022}");
  }

  @Test
  void bodies_listsEveryBody_orThoseAPlanNames_withTheirTasks() throws Exception {
    assertThat(run("bodies")).isZero();
    assertThat(out.toString())
        .startsWith(CATALOG.agencies().size() + " bodies.\n")
        .contains(
            "\n知识产权局  [cnipa]  China National Intellectual Property Administration\n"
                + "  national administration; leads 36 tasks, takes part in ");
    out.getBuffer().setLength(0);

    assertThat(run("bodies", "--plan", "guangzhou-2021-2025", "--format", "json")).isZero();
    JsonNode bodies = json();
    assertThat(bodies.findValuesAsText("id")).contains("guangzhou-amr").doesNotContain("cnipa");
    for (JsonNode body : bodies) {
      if (body.get("id").asText().equals("guangzhou-amr")) {
        assertThat(body.get("reports").asInt()).isPositive();
        assertThat(body.get("kind").asText()).isEqualTo("municipal-government-body");
      }
    }
  }

  @Test
  void projects_takesThePlanAsAnOption_likeEveryListingCommand() {
    assertThat(run("projects", "--plan", "guangzhou-2021-2025")).isZero();
    String byOption = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("projects", "guangzhou-2021-2025")).isZero();
    assertThat(out.toString()).isEqualTo(byOption).contains("guangzhou-2021-2025/project/1  项目1 ");

    assertThat(run("projects", "guangzhou-2021-2025", "--plan", "national-2021-2022")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith(
            "Name the plan once: 'guangzhou-2021-2025' and --plan "
                + "'national-2021-2022' differ");
  }

  @Test
  void anUnknownPlan_suggestsTheNearestIds() {
    assertThat(run("measure", "national", "5")).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(err.toString())
        .isEqualTo(
            "No plan is called 'national'. Plans: national-2021-2022, "
                + "guangzhou-2021-2025. Nearest: national-2021-2022.\n");
  }

  private static final Path SAMPLE = Path.of("../examples/samples/national-2024-sample.yaml");
  private static final Path SAMPLE_REGISTRY = Path.of("../examples/samples/sample-agencies.yaml");

  @Test
  void fileAndRegistry_putTheUsersPlansBesideTheBundledOnes_beforeOrAfterTheCommand() {
    assertThat(run("--file", SAMPLE.toString(), "--registry", SAMPLE_REGISTRY.toString(), "plans"))
        .isZero();
    assertThat(out.toString())
        .contains("national-2021-2022  ", "guangzhou-2021-2025  ", "\nsample-national-2024  ");
    String before = out.toString();
    out.getBuffer().setLength(0);

    assertThat(run("plans", "--registry", SAMPLE_REGISTRY.toString(), "--file", SAMPLE.toString()))
        .isZero();
    assertThat(out.toString()).isEqualTo(before);
    out.getBuffer().setLength(0);

    assertThat(
            run(
                "leads",
                "知识产权局",
                "--plan",
                "sample-national-2024",
                "--file",
                SAMPLE.toString(),
                "--registry",
                SAMPLE_REGISTRY.toString()))
        .isZero();
    assertThat(out.toString()).contains("sample-national-2024 measure 1\n");
  }

  @Test
  void file_thatIsInvalidOrMissing_exits4_withTheLocatedError() {
    assertThat(run("--file", SAMPLE.toString(), "plans")).isEqualTo(4);
    assertThat(err.toString()).startsWith(SAMPLE + ":").contains("unknown body");
    err.getBuffer().setLength(0);

    assertThat(run("--file", "no-such-plan.yaml", "plans")).isEqualTo(4);
    assertThat(err.toString())
        .isEqualTo("Cannot read no-such-plan.yaml: no such file or directory\n");
    err.getBuffer().setLength(0);

    assertThat(run("--file", "@no-such-plan.yaml", "plans")).isEqualTo(4);
    assertThat(err.toString())
        .isEqualTo("Cannot read @no-such-plan.yaml: no such file or directory\n");
  }

  @Test
  void validate_reportsEveryErrorOfEachFile_andExits4WhenOneIsInvalid(@TempDir Path dir)
      throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        String.join(
            "\n",
            "id: mine-2024",
            "title: 我的计划",
            "issuer: 联席会议办公室",
            "issued: 2024-01-01",
            "status: in-force",
            "period: {from: 2024, to: 2024}",
            "measures:",
            "  - number: 1",
            "    text: 第一项。",
            "    responsible: [知识产权]",
            "  - number: 2",
            "    text: 第二项。",
            "    responsible: [国知局]",
            ""));

    assertThat(run("validate", bad.toString(), SAMPLE_REGISTRY.toString())).isEqualTo(4);
    assertThat(out.toString())
        .isEqualTo(
            bad
                + ":10:19: unknown body '知识产权', at $.measures[0].responsible[0]; did you mean '知识产权局'?\n"
                + bad
                + ":13:19: body '国知局' is an alias, not a name the registry writes, at "
                + "$.measures[1].responsible[0]; write one of the names of body 'cnipa': '知识产权局', '国家知识产权局', "
                + "'China National Intellectual Property Administration', 'CNIPA'\n"
                + SAMPLE_REGISTRY
                + ": valid\n"
                + "2 files checked: 1 valid, 1 invalid, 2 errors.\n");
    assertThat(err.toString()).isEmpty();
    out.getBuffer().setLength(0);

    assertThat(run("validate", "--format", "json", bad.toString())).isEqualTo(4);
    JsonNode error = json().get("files").get(0).get("errors").get(0);
    assertThat(json().get("valid").asBoolean()).isFalse();
    assertThat(error.get("file").asText()).isEqualTo(bad.toString());
    assertThat(error.get("line").asInt()).isEqualTo(10);
    assertThat(error.get("column").asInt()).isEqualTo(19);
    assertThat(error.get("problem").asText()).isEqualTo("unknown body '知识产权'");
    assertThat(error.get("path").asText()).isEqualTo("$.measures[0].responsible[0]");
    assertThat(error.get("hint").asText()).isEqualTo("did you mean '知识产权局'?");
    out.getBuffer().setLength(0);

    assertThat(run("--registry", SAMPLE_REGISTRY.toString(), "validate", SAMPLE.toString()))
        .isZero();
    assertThat(out.toString()).isEqualTo(SAMPLE + ": valid\n");
  }

  @Test
  void validate_listsErrorsAtThePlanLevelAndInEveryMeasure_inOneRun(@TempDir Path dir)
      throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        String.join(
            "\n",
            "id: mine-2024",
            "status: in-force",
            "period: {from: 2024, to: 2024}",
            "summary: 一份计划",
            "measures:",
            "  - number: 1",
            "    text: 第一项。",
            "    responsible: [知识产权, 国家知识产权局, 市场监管]",
            "  - number: 2",
            "    text: 第二项。",
            "    responsible: [知识产权局]",
            "    assignment: by_duty",
            "  - number: 0",
            "    text: 第三项。",
            ""));

    assertThat(run("validate", bad.toString())).isEqualTo(4);
    assertThat(out.toString())
        .isEqualTo(
            bad
                + ":1:1: missing key 'title', at $\n"
                + bad
                + ":1:1: missing key 'issuer', at $\n"
                + bad
                + ":1:1: missing key 'issued', at $\n"
                + bad
                + ":4:1: unknown key 'summary', at $; expected one of id, title, issuer, issued,"
                + " status, period, document-number, published, source, addressees, notice,"
                + " document-title, preamble, lead-rule, notes, measures, parts, chapters,"
                + " indicators\n"
                + bad
                + ":8:19: unknown body '知识产权', at $.measures[0].responsible[0]; "
                + "did you mean '知识产权局'?\n"
                + bad
                + ":8:34: unknown body '市场监管', at $.measures[0].responsible[2]; "
                + "did you mean '市场监管总局'?\n"
                + bad
                + ":12:17: unknown value 'by_duty', at $.measures[1].assignment; "
                + "expected one of joint, by-duty\n"
                + bad
                + ":13:5: measure number must be 1 or more: 0, at $.measures[2]\n"
                + "1 file checked: 0 valid, 1 invalid, 8 errors.\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void validate_saysWhenItStoppedAtTheCapOfErrors(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    StringBuilder yaml =
        new StringBuilder(
            "id: mine-2024\ntitle: 我的计划\nissuer: 知识产权局\nissued: 2024-01-01\n"
                + "status: in-force\nperiod: {from: 2024, to: 2024}\nmeasures:\n");
    for (int i = 1; i <= 25; i++) {
      yaml.append("  - {number: ").append(i).append(", text: 任务。, assignment: joint}\n");
    }
    Files.writeString(bad, yaml);

    assertThat(run("validate", bad.toString())).isEqualTo(4);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(22);
    assertThat(lines.get(19))
        .isEqualTo(
            bad
                + ":27:41: an assignment is given but no responsible bodies, "
                + "at $.measures[19].assignment");
    assertThat(lines.subList(20, 22))
        .containsExactly(
            bad + ": stopped after 20 errors; there may be more",
            "1 file checked: 0 valid, 1 invalid, 20 errors.");
    out.getBuffer().setLength(0);

    assertThat(run("validate", "--format", "json", bad.toString())).isEqualTo(4);
    assertThat(json().get("files").get(0).get("truncated").asBoolean()).isTrue();
    assertThat(json().get("files").get(0).get("errors")).hasSize(20);
  }

  @Test
  void emptyResults_saySoInASentence_andCountsAgree() {
    assertThat(run("indicators", "--plan", "national-2021-2022")).isZero();
    assertThat(out.toString()).isEqualTo("There are no indicators in national-2021-2022.\n");
    out.getBuffer().setLength(0);

    assertThat(run("collaborations", "第三方机构")).isZero();
    assertThat(out.toString()).isEqualTo("第三方机构 shares no task with another body.\n");
    out.getBuffer().setLength(0);

    assertThat(run("projects", "--plan", "national-2021-2022")).isZero();
    assertThat(out.toString()).isEqualTo("Plan national-2021-2022 has no projects.\n");
    out.getBuffer().setLength(0);

    assertThat(run("leads", "中央组织部")).isZero();
    assertThat(out.toString()).startsWith("中央组织部 (中共中央组织部) leads 1 task.\n");
  }

  @Test
  void kindsAndHeadings_printAsAPersonWritesThem() {
    assertThat(run("indicators", "--plan", "guangzhou-2021-2025")).isZero();
    assertThat(out.toString()).contains("(share of GDP, 预期性)").doesNotContain("gdp,");
    out.getBuffer().setLength(0);

    assertThat(run("measure", "national-2021-2022", "20")).isZero();
    assertThat(out.toString()).contains("\nheadings: 一、完善知识产权制度 / （三）完善新兴领域和特定领域知识产权规则\n");
    out.getBuffer().setLength(0);

    assertThat(run("project", "guangzhou-2021-2025", "1")).isZero();
    assertThat(out.toString()).contains("\nheadings: ");
  }

  @Test
  void export_toAFileThatCannotBeWritten_namesTheReason() {
    assertThat(run("export", "json", "-o", "/no/such/dir/x.json")).isEqualTo(4);
    assertThat(err.toString())
        .isEqualTo("Cannot write /no/such/dir/x.json: the directory /no/such/dir does not exist\n");
  }

  @Test
  void search_withNoTerm_isAUsageError() {
    assertThat(run("search", "")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("search needs a term to look for, e.g. ipplan search 展会\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void body_showsNamesKindCountsAndSuccessor() {
    assertThat(run("body", "银保监会")).isZero();

    assertThat(out.toString())
        .contains(
            "  full name:    中国银行保险监督管理委员会\n",
            "  replaced by:  金融监管总局 (国家金融监督管理总局)\n",
            "  national-2021-2022: leads 0, takes part in 2\n");
    out.getBuffer().setLength(0);
    run("body", "第三方机构");
    assertThat(out.toString())
        .contains(
            "  full name:    (none)\n",
            "  kind:         non-government organisation (not a public body)\n",
            "  guangzhou-2021-2025: leads 0, takes part in 0, reports 1 indicator\n");
  }

  @Test
  void measure_printsTheWholeMeasure() {
    assertThat(run("measure", "national-2021-2022", "87")).isZero();

    assertThat(out.toString())
        .contains(
            "  bodies: 知识产权局 (lead)  [负责]\n",
            "headings: 四、提高知识产权公共服务水平\n",
            "note: The source copy breaks this task");
  }

  @Test
  void project_printsItsParagraphs() {
    assertThat(run("project", "guangzhou-2021-2025", "5")).isZero();

    assertThat(out.toString().lines().toList())
        .hasSize(5)
        .first()
        .isEqualTo("guangzhou-2021-2025 project 5: 广州人工智能与数字经济试验区知识产权建设工程");
  }

  @Test
  void indicators_bySource_andAsJson() throws Exception {
    assertThat(run("indicators", "--source", "广州仲裁委")).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "guangzhou-2021-2025/indicator/12  知识产权仲裁案件数: 200 件/ by 2025 "
                + "(annual count, 预期性), reported by 广州仲裁委\n");
    out.getBuffer().setLength(0);

    assertThat(run("indicators", "--format", "json")).isZero();
    JsonNode indicators = json();
    assertThat(indicators).hasSize(13);
    assertThat(indicators.get(2).get("baseline").get("value").decimalValue())
        .isEqualByComparingTo("151.4");
    assertThat(indicators.get(3).get("bound").asText()).isEqualTo("more-than");
    assertThat(indicators.get(3).get("boundEvidence").asText())
        .endsWith("全市知识产权管理体系贯标认证企事业单位超过6000家。");
    assertThat(indicators.get(4).get("bound").asText()).isEqualTo("at-least");
    assertThat(indicators.get(0).get("bound").asText()).isEqualTo("reach");
    assertThat(indicators.get(1).has("bound")).isFalse();
    assertThat(indicators.get(1).has("boundEvidence")).isFalse();
    assertThat(indicators.get(1).get("kind").asText()).isEqualTo("new-over-period");
    assertThat(fieldNames(indicators.get(3)))
        .containsSubsequence("sourceName", "bound", "boundEvidence", "baseline");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void projects_listsBothPlansOrOne() {
    assertThat(run("projects", "guangzhou-2021-2025")).isZero();
    assertThat(out.toString().lines()).hasSize(7);
    out.getBuffer().setLength(0);
    assertThat(run("projects", "national-2021-2022")).isZero();
    assertThat(out.toString()).isEqualTo("Plan national-2021-2022 has no projects.\n");
  }

  @Test
  void collaborations_countSharedTasks_andWhoLeads() {
    assertThat(run("collaborations", "知识产权局")).isZero();

    Agency publicity = CATALOG.agency("中央宣传部").orElseThrow();
    List<Measure> shared =
        CATALOG.measuresInvolving(CNIPA).stream()
            .filter(m -> m.agencies().contains(publicity))
            .toList();
    long publicityLeads =
        shared.stream().filter(m -> m.lead().orElseThrow().equals(publicity)).count();
    long cnipaLeads = shared.stream().filter(m -> m.lead().orElseThrow().equals(CNIPA)).count();
    assertThat(out.toString())
        .contains(
            "  中央宣传部: "
                + shared.size()
                + " shared; 知识产权局 leads "
                + cnipaLeads
                + ", 中央宣传部 leads "
                + publicityLeads
                + "\n");
  }

  @Test
  void leadsAsJson_hasTheDocumentedFields() throws Exception {
    assertThat(run("leads", "CNIPA", "--format", "json")).isZero();

    JsonNode tasks = json();
    assertThat(tasks).hasSize(36);
    JsonNode fourteen = tasks.get(1);
    assertThat(fourteen.get("id").asText()).isEqualTo("national-2021-2022/measure/14");
    assertThat(fourteen.get("responsibilities").get(1).toString())
        .isEqualTo(
            "{\"body\":\"cpc-publicity-department\",\"printedName\":\"中央宣传部\",\"role\":\"participant\",\"position\":2}");
  }

  @Test
  void exportJson_holdsEveryBodyAndPlan() throws Exception {
    assertThat(run("export", "json")).isZero();

    JsonNode catalog = json();
    assertThat(catalog.get("bodies")).hasSize(CATALOG.agencies().size());
    assertThat(catalog.get("plans")).hasSize(2);
    assertThat(catalog.get("plans").get(0).get("measures")).hasSize(115);
    assertThat(catalog.get("plans").get(1).get("projects")).hasSize(7);
    List<String> fields = ImmutableList.copyOf(catalog.get("plans").get(0).fieldNames());
    assertThat(fields)
        .containsExactly(
            "id",
            "title",
            "issuer",
            "issued",
            "published",
            "status",
            "period",
            "source",
            "addressees",
            "notice",
            "documentTitle",
            "preamble",
            "leadRule",
            "outline",
            "measures");
  }

  @Test
  void exportCsv_isTheBodyByTaskMatrix(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("matrix.csv");
    assertThat(run("export", "csv", "--plan", "national-2021-2022", "-o", file.toString()))
        .isZero();

    List<String> rows = Files.readAllLines(file);
    assertThat(rows.get(0).split(",")).hasSize(2 + 115);
    String cnipaRow =
        rows.stream().filter(row -> row.startsWith("cnipa,")).findFirst().orElseThrow();
    assertThat(cnipaRow.chars().filter(c -> c == 'L').count())
        .isEqualTo(CATALOG.measuresLedBy(CNIPA).size());
    assertThat(cnipaRow.chars().filter(c -> c == 'P').count())
        .isEqualTo(CATALOG.measuresWithParticipant(CNIPA).size());
    long leads =
        rows.stream().skip(1).mapToLong(row -> row.chars().filter(c -> c == 'L').count()).sum();
    assertThat(leads).isEqualTo(115);
  }

  @Test
  void exportDot_isAnUndirectedGraphOfSharedTasks() {
    assertThat(run("export", "dot")).isZero();

    String dot = out.toString();
    assertThat(dot).startsWith("graph collaborations {\n").endsWith("}\n");
    Agency samr = CATALOG.agency("市场监管总局").orElseThrow();
    long shared =
        CATALOG.measuresInvolving(CNIPA).stream().filter(m -> m.agencies().contains(samr)).count();
    assertThat(dot)
        .containsAnyOf(
            "\"cnipa\" -- \"samr\" [weight=" + shared + ", label=\"" + shared + "\"];",
            "\"samr\" -- \"cnipa\" [weight=" + shared + ", label=\"" + shared + "\"];");
    assertThat(dot).contains("\"cnipa\" [label=\"知识产权局\"];");
    assertThat(CATALOG.measuresLedBy(CNIPA).get(0).responsibilities().get(0).role())
        .isEqualTo(Role.LEAD);
  }

  @Test
  void text_printsTheRenderedDocument_andItsIds() {
    assertThat(run("text", "guangzhou-2021-2025")).isZero();
    assertThat(out.toString())
        .isEqualTo(
            io.github.ipplan.PlanText.render(CATALOG.plan("guangzhou-2021-2025").orElseThrow()));
    assertThat(out.toString()).contains("\n(三)主要目标\n", "\n项目5 广州人工智能与数字经济试验区知识产权建设工程\n");
    out.getBuffer().setLength(0);

    assertThat(run("text", "national-2021-2022", "--ids")).isZero();
    assertThat(out.toString())
        .startsWith("[national-2021-2022/notice/title]\n国务院知识产权战略实施工作部际联席会议办公室关于印发")
        .contains(
            "[national-2021-2022/measure/115]\n115 . 强化国家知识产权战略实施研究基地建设，加强对知识产权强国战略实施的研究支撑。（联席会议办公室负责）\n");
  }

  @Test
  void helpAndVersion_workEverywhere() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: ipplan", "leads", "export", "Exit codes:");
    for (String command :
        List.of(
            "leads",
            "participates",
            "involves",
            "body",
            "measure",
            "project",
            "indicators",
            "projects",
            "search",
            "collaborations",
            "export",
            "text",
            "plans",
            "bodies",
            "validate",
            "serve")) {
      out.getBuffer().setLength(0);
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(out.toString()).as(command).startsWith("Usage: ipplan " + command);
      out.getBuffer().setLength(0);
      assertThat(run(command, "--version")).as(command).isZero();
      assertThat(out.toString()).as(command).startsWith("ipplan ");
    }
  }
}
