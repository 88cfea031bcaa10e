package io.github.ipplan.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The text of {@code body}, {@code bodies} and {@code search}, and the messages for unknown names;
 * every count is the source documents' (agencies.md and the two plans).
 */
class BodyAndSearchOutputTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Ipplan.run(CATALOG, args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void body_ofAGuangzhouBody_showsItsRegistryEntry_andTheIndicatorsItReports() {
    // agencies.md: one body under two names; the plan's table names 市知识产权局 for 9 indicators.
    assertThat(run("body", "市知识产权局")).isZero();

    assertThat(out.toString())
        .isEqualTo(
            "广州市市场监督管理局  [guangzhou-amr]\n"
                + "  printed:      广州市市场监督管理局, 市知识产权局\n"
                + "  full name:    广州市市场监督管理局（广州市知识产权局）\n"
                + "  English:      Guangzhou Municipal Administration for Market Regulation"
                + " (Guangzhou Municipal Intellectual Property Office) (descriptive translation)\n"
                + "  abbreviation: (none)\n"
                + "  kind:         municipal government body\n"
                + "  level:        municipal\n"
                + "  note:         one body under two names; not the national 知识产权局\n"
                + "  national-2021-2022: leads 0, takes part in 0\n"
                + "  guangzhou-2021-2025: leads 0, takes part in 0, reports 9 indicators\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void body_ofANationalBody_showsItsAliases_andItsTasksInEachPlan() {
    // Of the national plan's 115 tasks, 中央宣传部 is named first in 18 and later in 8.
    assertThat(run("body", "中宣部")).isZero();

    assertThat(out.toString())
        .startsWith("中央宣传部  [cpc-publicity-department]\n  printed:      中央宣传部\n")
        .contains("\n  aliases:      中宣部\n  kind:         party organ\n  level:        central\n")
        .endsWith(
            "  note:         also acts as the National Copyright Administration, 国家版权局\n"
                + "  national-2021-2022: leads 18, takes part in 8\n"
                + "  guangzhou-2021-2025: leads 0, takes part in 0\n");
  }

  @Test
  void bodies_ofThePlanThatAssignsNoTask_areTheBodiesItNames_withTheirIndicators() {
    // agencies.md: the Guangzhou plan names its issuer and the sources of its 13 indicators.
    assertThat(run("bodies", "--plan", "guangzhou-2021-2025")).isZero();

    assertThat(out.toString())
        .isEqualTo(
            "4 bodies in guangzhou-2021-2025.\n"
                + "\n"
                + "广州市市场监督管理局  [guangzhou-amr]  Guangzhou Municipal Administration for Market"
                + " Regulation (Guangzhou Municipal Intellectual Property Office)\n"
                + "  municipal government body; leads 0 tasks, takes part in 0 tasks,"
                + " reports 9 indicators\n"
                + "\n"
                + "市统计局  [guangzhou-statistics-bureau]  Guangzhou Municipal Bureau of Statistics\n"
                + "  municipal government body; leads 0 tasks, takes part in 0 tasks,"
                + " reports 2 indicators\n"
                + "\n"
                + "广州仲裁委  [guangzhou-arbitration-commission]  Guangzhou Arbitration Commission\n"
                + "  arbitration institution; leads 0 tasks, takes part in 0 tasks,"
                + " reports 1 indicator\n"
                + "\n"
                + "第三方机构  [third-party-organisation]  third-party organisation\n"
                + "  non-government organisation; leads 0 tasks, takes part in 0 tasks,"
                + " reports 1 indicator\n");
  }

  @Test
  void bodies_ofTheNationalPlan_areThe40ItNames_withoutTheGuangzhouBodies() {
    // agencies.md: 38 addressees, all named in tasks, and two bodies named only in tasks.
    assertThat(run("bodies", "--plan", "national-2021-2022")).isZero();

    assertThat(out.toString())
        .startsWith("40 bodies in national-2021-2022.\n\n")
        .doesNotContain("guangzhou-")
        .doesNotContain("reports ");
  }

  @Test
  void search_foundOnlyInAProject_printsTheProject() {
    // Only project 1 of the Guangzhou plan says 压缩审查周期.
    assertThat(run("search", "压缩审查周期", "--plan", "guangzhou-2021-2025")).isZero();

    assertThat(out.toString())
        .startsWith(
            "'压缩审查周期' is in 0 measures and 1 project.\n"
                + "\n"
                + "guangzhou-2021-2025 project 1: 中国(广州)知识产权保护中心建设工程\n"
                + "  构建知识产权快速协同保护机制。全面建设“中国(广州)知识产权保护中心”,");
  }

  @Test
  void search_foundOutsideMeasuresAndProjects_printsThoseOtherPassages() {
    // 至2020年底, … 全市有效商标注册量151.4万件: a paragraph of the Guangzhou plan's first section.
    assertThat(run("search", "有效商标注册量151.4万件")).isZero();

    assertThat(out.toString())
        .startsWith(
            "'有效商标注册量151.4万件' is in 0 measures and 0 projects.\n"
                + "It is also in 1 other passage.\n"
                + "\n"
                + "guangzhou-2021-2025/chapter/1/section/1/paragraph/4 (paragraph)\n"
                + "  ——知识产权创造能力稳步提高。“十三五”时期,广州知识产权创造各项指标实现较高增速,");
  }

  @Test
  void anUnknownName_farFromEveryName_isNamedWithoutSuggestions() {
    assertThat(run("body", "zzzzqqqq")).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(err.toString()).isEqualTo("No body is called 'zzzzqqqq'.\n");
  }

  @Test
  void anUnknownPlan_farFromEveryId_listsThePlansWithoutSuggestions() {
    assertThat(run("measure", "zzzzqqqqzzzzqqqq", "1")).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(err.toString())
        .isEqualTo(
            "No plan is called 'zzzzqqqqzzzzqqqq'. Plans: national-2021-2022,"
                + " guangzhou-2021-2025.\n");
  }

  // National plan: 5. 推进《中医药传统知识保护条例》立法进程。（中医药局、卫生健康委、知识产权局负责）
  // and 58. 推进中医药传统知识保护研究中心建设，开展中医药传统知识保护体系构建研究。（中医药局负责）: the
  // only tasks that name 中医药局 or 卫生健康委 (agencies.md: 国家中医药管理局, 国家卫生健康委员会).

  private static final String MEASURE_5 =
      "national-2021-2022 measure 5\n"
          + "  推进《中医药传统知识保护条例》立法进程。\n"
          + "  bodies: 中医药局 (lead), 卫生健康委 (participant), 知识产权局 (participant)  [负责]\n";
  private static final String MEASURE_58 =
      "national-2021-2022 measure 58\n"
          + "  推进中医药传统知识保护研究中心建设，开展中医药传统知识保护体系构建研究。\n"
          + "  bodies: 中医药局 (lead)  [负责]\n";

  @Test
  void involves_countsTheTasks_thenPrintsEach_separatedByABlankLine() {
    assertThat(run("involves", "中医药局")).isZero();

    assertThat(out.toString())
        .isEqualTo("中医药局 (国家中医药管理局) is named in 2 tasks.\n\n" + MEASURE_5 + "\n" + MEASURE_58);
  }

  @Test
  void participates_saysTheBodyTakesPartIn_itsTasks() {
    assertThat(run("participates", "卫生健康委")).isZero();

    assertThat(out.toString()).isEqualTo("卫生健康委 (国家卫生健康委员会) takes part in 1 task.\n\n" + MEASURE_5);
    out.getBuffer().setLength(0);

    assertThat(run("participates", "中医药局")).isZero();
    assertThat(out.toString()).isEqualTo("中医药局 (国家中医药管理局) takes part in 0 tasks.\n");
  }

  @Test
  void search_printsEveryMeasureFound_separatedByABlankLine() {
    assertThat(run("search", "中医药传统知识")).isZero();

    assertThat(out.toString())
        .isEqualTo(
            "'中医药传统知识' is in 2 measures and 0 projects.\n\n" + MEASURE_5 + "\n" + MEASURE_58);
  }

  @Test
  void collaborations_ofOneBody_listEachPartner_withTheTasksShared_andWhoLeadsThem() {
    assertThat(run("collaborations", "中医药局", "--plan", "national-2021-2022")).isZero();

    assertThat(out.toString())
        .isEqualTo(
            "中医药局 shares tasks with 2 bodies:\n"
                + "  卫生健康委: 1 shared; 中医药局 leads 1, 卫生健康委 leads 0\n"
                + "  知识产权局: 1 shared; 中医药局 leads 1, 知识产权局 leads 0\n");
  }
}
