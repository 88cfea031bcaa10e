package io.github.ipplan.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text of each tool's answer, whole. Every name, number and passage is read from the source
 * documents (national-annual-plan-2021-2022.txt, guangzhou-ip-plan-2021-2025-draft.txt) and, for
 * the bodies' names in English, kinds and notes, from the registry transcribed from agencies.md.
 */
class QueriesTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final String NATIONAL = "national-2021-2022";
  private static final String GUANGZHOU = "guangzhou-2021-2025";

  /** Task 111 of the national plan, as printed. */
  private static final String TASK_111 =
      "制定《知识产权强国建设纲要（2021—2035年）》重点任务分工方案，研究建立知识产权强国战略实施动态调整机制，"
          + "开展年度监测，对工作任务落实情况开展督促检查，纳入相关工作评价。";

  private static final String JOINT_OFFICE_ENGLISH =
      "Office of the State Council Inter-ministerial Joint Conference on Implementing the"
          + " Intellectual Property Strategy";

  private static Answer call(String tool, Object... nameThenValue) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i < nameThenValue.length; i += 2) {
      arguments.put((String) nameThenValue[i], nameThenValue[i + 1]);
    }
    return Tools.call(CATALOG, tool, arguments);
  }

  private static String text(String tool, Object... nameThenValue) {
    return call(tool, nameThenValue).text();
  }

  private static List<?> list(Answer answer, String key) {
    return (List<?>) answer.structured().get(key);
  }

  @Test
  void plansGiveEachPlansIssuerDateStatusPeriodAndCounts() {
    // The national plan: issued 2021年12月27日 by the joint conference's office, 115 tasks, no
    // project (专栏) and no indicator table. The Guangzhou draft: dated 2021年5月7日, 48 tasks,
    // 项目1 to 项目7, 13 rows in its table of 主要预期性指标.
    assertThat(text("plans"))
        .isEqualTo(
            "national-2021-2022  知识产权强国建设纲要和“十四五”规划实施年度推进计划\n"
                + "  issued by 联席会议办公室 on 2021-12-27, in force, for 2021–2022;"
                + " 115 measures, 0 projects, 0 indicators\n"
                + "guangzhou-2021-2025  广州市知识产权保护和运用“十四五”规划\n"
                + "  issued by 广州市市场监督管理局 on 2021-05-07, draft for comment, for 2021–2025;"
                + " 48 measures, 7 projects, 13 indicators\n");
  }

  @Test
  void theBodiesOfOnePlanAreThoseItNamesWithTheIndicatorsTheyReport() {
    // The Guangzhou table names 市知识产权局 (the issuer under its other name) as the source of
    // rows 1-6 and 9-11, 市统计局 of rows 7 and 8, 广州仲裁委 of row 12, 第三方机构 of row 13.
    Answer answer = call("bodies", "plan", GUANGZHOU);
    assertThat(answer.text())
        .isEqualTo(
            "4 bodies in guangzhou-2021-2025:\n"
                + "广州市市场监督管理局  [guangzhou-amr]  Guangzhou Municipal Administration for Market"
                + " Regulation (Guangzhou Municipal Intellectual Property Office); leads 0, takes part"
                + " in 0, reports 9 indicators\n"
                + "市统计局  [guangzhou-statistics-bureau]  Guangzhou Municipal Bureau of Statistics;"
                + " leads 0, takes part in 0, reports 2 indicators\n"
                + "广州仲裁委  [guangzhou-arbitration-commission]  Guangzhou Arbitration Commission;"
                + " leads 0, takes part in 0, reports 1 indicators\n"
                + "第三方机构  [third-party-organisation]  third-party organisation; leads 0, takes part"
                + " in 0, reports 1 indicators\n");
    assertThat(list(answer, "bodies")).hasSize(4);
  }

  @Test
  void theBodiesOfEveryPlanAreTheWholeRegistryWithoutAReportCountWhereThereIsNone() {
    String text = text("bodies");
    assertThat(text)
        .startsWith(CATALOG.agencies().size() + " bodies:\n")
        .contains(
            "\n联席会议办公室  [joint-conference-office]  "
                + JOINT_OFFICE_ENGLISH
                + "; leads 3, takes part in 0\n")
        // 金融监管总局 replaced 银保监会 in 2023: neither plan names it.
        .contains(
            "\n金融监管总局  [nfra]  National Financial Regulatory Administration; leads 0, takes"
                + " part in 0\n");
    assertThat(text("bodies", "plan", NATIONAL))
        .doesNotContain("[nfra]")
        .doesNotContain("[guangzhou-amr]")
        .contains("\n联席会议办公室  [joint-conference-office]  ");
  }

  @Test
  void aBodyWithASuccessorGivesItAndItsNoteAndItsTasksPerPlan() {
    // Tasks 111, 114 and 115 name 联席会议办公室 first (111 with 联席会议成员单位).
    assertThat(text("body", "body", "联席会议办公室"))
        .isEqualTo(
            "联席会议办公室 (国务院知识产权战略实施工作部际联席会议办公室)  [joint-conference-office]\n"
                + "  printed: 联席会议办公室\n"
                + "  English: "
                + JOINT_OFFICE_ENGLISH
                + "\n"
                + "  kind: coordination body\n"
                + "  replaced by: 国家知识产权强国建设工作部际联席会议办公室 (国家知识产权强国建设工作部际联席会议办公室)\n"
                + "  note: the plan's issuer; CNIPA seals on its behalf; succeeded by"
                + " 国家知识产权强国建设工作部际联席会议办公室\n"
                + "  national-2021-2022: leads 3, takes part in 0\n"
                + "  guangzhou-2021-2025: leads 0, takes part in 0\n");
  }

  @Test
  void aBodyWithAnAbbreviationAndAliasesGivesThem() {
    // The national plan's responsibility clauses name 知识产权局 first in 36 tasks and after
    // another body in 33.
    assertThat(text("body", "body", "国知局"))
        .isEqualTo(
            "知识产权局 (国家知识产权局)  [cnipa]\n"
                + "  printed: 知识产权局, 国家知识产权局\n"
                + "  English: China National Intellectual Property Administration\n"
                + "  abbreviation: CNIPA\n"
                + "  aliases: 国知局\n"
                + "  kind: national administration\n"
                + "  note: under SAMR in 2021; directly under the State Council since 2023\n"
                + "  national-2021-2022: leads 36, takes part in 33\n"
                + "  guangzhou-2021-2025: leads 0, takes part in 0\n");
  }

  @Test
  void aBodyThatReportsIndicatorsGivesHowManyInThatPlan() {
    assertThat(text("body", "body", "市知识产权局"))
        .endsWith(
            "  national-2021-2022: leads 0, takes part in 0\n"
                + "  guangzhou-2021-2025: leads 0, takes part in 0, reports 9 indicators\n");
  }

  @Test
  void oneTaskIsCountedInTheSingularAndEachTaskFollowsABlankLine() {
    assertThat(text("participates", "body", "联席会议成员单位"))
        .isEqualTo(
            "联席会议成员单位 (国务院知识产权战略实施工作部际联席会议成员单位) takes part in 1 task:"
                + " national-2021-2022/measure/111\n"
                + "\n"
                + "[national-2021-2022/measure/111]\n"
                + "national-2021-2022 measure 111\n"
                + "  "
                + TASK_111
                + "\n"
                + "  bodies: 联席会议办公室 (lead), 联席会议成员单位 (participant)  [负责]\n");
  }

  @Test
  void theTasksNamingABodyAreListedByIdAndKeptToAPlan() {
    assertThat(text("involves", "body", "联席会议办公室"))
        .startsWith(
            "联席会议办公室 (国务院知识产权战略实施工作部际联席会议办公室) is named in 3 tasks: national-2021-2022/measure/111,"
                + " national-2021-2022/measure/114, national-2021-2022/measure/115\n\n");
    assertThat(text("leads", "body", "联席会议办公室", "plan", GUANGZHOU))
        .isEqualTo("联席会议办公室 (国务院知识产权战略实施工作部际联席会议办公室) leads 0 tasks in guangzhou-2021-2025: \n");
  }

  @Test
  void aMeasureGivesItsHeadingsAndNotes() {
    // Task 27 sits under 二、强化知识产权保护 / （一）加强知识产权司法保护 and prints 意見.
    assertThat(text("measure", "plan", NATIONAL, "number", 27))
        .isEqualTo(
            "[national-2021-2022/measure/27]\n"
                + "national-2021-2022 measure 27\n"
                + "  制定《关于加强中医药知识产权司法保护的意見》，促进中医药传承创新发展。\n"
                + "  bodies: 最高人民法院 (lead)  [负责]\n"
                + "headings: 二、强化知识产权保护 / （一）加强知识产权司法保护\n"
                + "note: '意見' is printed with the traditional form of '见'; kept as printed.\n");
  }

  @Test
  void aProjectGivesItsParagraphsHeadingsAndNotes() {
    // 项目3 follows task 22, under 五、促进高效能知识产权运用 / (二)着力加强知识产权与产业融合.
    assertThat(text("project", "plan", GUANGZHOU, "number", 3))
        .isEqualTo(
            "[guangzhou-2021-2025/project/3]\n"
                + "guangzhou-2021-2025 project 3: 产业知识产权运营平台(中心)建设工程\n"
                + "  充分发挥已有省级知识产权运营平台(中心)示范带动作用,围绕广州市战略性新兴产业,建设若干产业知识产权运营平台(中心),"
                + "支持创建国家级知识产权运营中心。鼓励国企、行业龙头企业及产投资本等参与运营中心建设,整合产业、资本、知识产权等资源,"
                + "推动重点产业领域知识产权市场化运营。产业知识产权运营中心具体任务包括:一是提供有效可行的知识产权运营方案,"
                + "积极对接资本和服务资源;二是推动围绕产业关键技术领域核心技术创新,推动创新主体构建布局合理的专利组合;"
                + "三是根据产业特点和创新主体需求,建设产业知识产权数据库;四是开展产业知识产权评估评价等。\n"
                + "headings: 五、促进高效能知识产权运用 / (二)着力加强知识产权与产业融合, after measure 22\n"
                + "note: The source copy indents paragraph 1 with 4 no-break spaces; indentation is not"
                + " kept.\n");
  }

  @Test
  void aProjectBeyondThePlanIsAToolErrorGivingHowManyItHas() {
    assertThatThrownBy(() -> call("project", "plan", GUANGZHOU, "number", 8))
        .isInstanceOf(ToolError.class)
        .hasMessage("Plan guangzhou-2021-2025 has no project 8; it has 7.");
  }

  @Test
  void searchListsTheMeasuresThenTheProjectsThenTheOtherPassagesEachAfterABlankLine() {
    // 中国(广州)知识产权保护中心 is printed in tasks 5 and 31, in 项目1, and in the second
    // paragraph under 一、规划背景 / (一)成效基础.
    Answer answer = call("search", "query", "中国(广州)知识产权保护中心");
    String text = answer.text();
    assertThat(text)
        .startsWith(
            "'中国(广州)知识产权保护中心' is in 2 measures, 1 projects and 1 other passages.\n"
                + "\n[guangzhou-2021-2025/measure/5]\n"
                + "guangzhou-2021-2025 measure 5: 加快知识产权保护机构建设\n"
                + "  充分发挥中国(广州)知识产权保护中心职能,");
    assertThat(text.lines().filter(line -> line.startsWith("[")))
        .containsExactly(
            "[guangzhou-2021-2025/measure/5]",
            "[guangzhou-2021-2025/measure/31]",
            "[guangzhou-2021-2025/project/1]",
            "[guangzhou-2021-2025/chapter/1/section/1/paragraph/2] (paragraph)");
    assertThat(text)
        .contains("\n\n[guangzhou-2021-2025/measure/31]\n")
        .contains(
            "\n\n[guangzhou-2021-2025/project/1]\n"
                + "guangzhou-2021-2025 project 1: 中国(广州)知识产权保护中心建设工程\n"
                + "  构建知识产权快速协同保护机制。")
        .endsWith(
            "\n\n[guangzhou-2021-2025/chapter/1/section/1/paragraph/2] (paragraph)\n"
                + "  ——知识产权综合改革卓有成效。广州市委、市政府高度重视知识产权工作,从战略定位和全局高度加强组织领导,"
                + "举全市之力创建国家知识产权强市。不断完善知识产权政策体系,先后印发实施《广州市人民政府关于加强专利创造工作的意见》"
                + "《广州市加强知识产权运用和保护促进创新驱动发展实施方案》《广州市创建国家知识产权强市行动计划(2017-2020年)》"
                + "《广州市开展知识产权运营服务体系建设实施方案(2018-2020年)》等重要政策举措。"
                + "调整组建广州市市场监督管理局(知识产权局),实现专利、商标、原产地地理标志的统一管理。"
                + "中国(广州)知识产权保护中心获批建设。中新广州知识城开展国家知识产权运用和保护综合改革试验,"
                + "是全国唯一经国务院批准的知识产权改革试验田,改革经验被国家知识产权局列为第一批知识产权强省建设试点和典型案例,"
                + "在全国范围内复制推广。\n");
    assertThat(list(answer, "measures")).hasSize(2);
    assertThat(list(answer, "projects")).hasSize(1);
    assertThat(list(answer, "hits")).hasSize(4);
    assertThat(text("search", "query", "中国(广州)知识产权保护中心", "plan", NATIONAL))
        .isEqualTo(
            "'中国(广州)知识产权保护中心' is in 0 measures, 0 projects and 0 other passages in"
                + " national-2021-2022.\n");
  }

  @Test
  void aQueryWithNoTermIsAToolError() {
    // A zero-width space is not white space, so it passes as an argument, but it is no term.
    assertThatThrownBy(() -> call("search", "query", "\u200B"))
        .isInstanceOf(ToolError.class)
        .hasMessage("search needs a term to look for, e.g. 展会, not '\u200B'.");
  }

  @Test
  void indicatorsGiveOneLineEachAndKeepToTheirSourceAndPlan() {
    // Rows 7 and 8 of the Guangzhou table: 13% and 10% of GDP, source 市统计局.
    Answer answer = call("indicators", "source", "市统计局");
    assertThat(answer.text())
        .isEqualTo(
            "2 indicators reported by 市统计局:\n"
                + "guangzhou-2021-2025/indicator/7  知识产权(专利)密集型产业增加值占GDP比重: 13 % by 2025"
                + " (share of GDP, 预期性), reported by 市统计局\n"
                + "guangzhou-2021-2025/indicator/8  版权产业行业增加值占GDP比重: 10 % by 2025"
                + " (share of GDP, 预期性), reported by 市统计局\n");
    assertThat(list(answer, "indicators")).hasSize(2);
    assertThat(text("indicators", "source", "市统计局", "plan", NATIONAL))
        .isEqualTo("0 indicators reported by 市统计局 in national-2021-2022.");
    assertThat(text("indicators", "plan", NATIONAL))
        .isEqualTo("0 indicators in national-2021-2022.");
    assertThat(text("indicators")).startsWith("13 indicators:\n");
  }

  @Test
  void aBodysCollaborationsGiveTheSharedTasksAndWhoLeadsThem() {
    // Task 111 names 联席会议办公室 then 联席会议成员单位; 114 and 115 name the office alone.
    Answer answer = call("collaborations", "body", "联席会议办公室");
    assertThat(answer.text())
        .isEqualTo(
            "1 pairs of bodies share tasks with 联席会议办公室:\n"
                + "联席会议办公室 [joint-conference-office] + 联席会议成员单位 [joint-conference-members]:"
                + " 1 shared; 联席会议办公室 leads 1, 联席会议成员单位 leads 0\n");
    assertThat(list(answer, "collaborations")).hasSize(1);
    assertThat(text("collaborations", "body", "联席会议办公室", "plan", GUANGZHOU))
        .isEqualTo("0 pairs of bodies share tasks with 联席会议办公室 in guangzhou-2021-2025.");
  }

  @Test
  void collaborationsOfAPlanThatAssignsNoTaskAreNone() {
    // The Guangzhou draft names no body responsible for its tasks.
    assertThat(text("collaborations", "plan", GUANGZHOU))
        .isEqualTo("0 pairs of bodies share tasks in guangzhou-2021-2025.");
    Answer every = call("collaborations");
    assertThat(every.text())
        .startsWith(list(every, "collaborations").size() + " pairs of bodies share tasks:\n")
        .contains(
            "\n联席会议办公室 [joint-conference-office] + 联席会议成员单位 [joint-conference-members]:"
                + " 1 shared; 联席会议办公室 leads 1, 联席会议成员单位 leads 0\n");
  }

  @Test
  void anUnknownNameWithNoNearOneSaysSoAlone() {
    assertThatThrownBy(() -> call("body", "body", "Ω"))
        .isInstanceOf(ToolError.class)
        .hasMessage("No body is called 'Ω'.");
    assertThatThrownBy(() -> call("measure", "plan", "Ω", "number", 1))
        .isInstanceOf(ToolError.class)
        .hasMessage("No plan is called 'Ω'. Plans: national-2021-2022, guangzhou-2021-2025.");
  }

  @Test
  void argumentsMayBeLeftOutAltogether() {
    assertThat(Tools.call(CATALOG, "plans", null).text()).startsWith("national-2021-2022  ");
  }
}
