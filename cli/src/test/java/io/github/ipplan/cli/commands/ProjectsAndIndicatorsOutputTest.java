package io.github.ipplan.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * The text of {@code project}, {@code projects} and {@code indicators}, and what they say where a
 * plan has none: the national plan has neither projects nor indicators.
 */
class ProjectsAndIndicatorsOutputTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private String run(String... args) {
    assertThat(Ipplan.run(CATALOG, args, new PrintWriter(out), new PrintWriter(err))).isZero();
    assertThat(err.toString()).isEmpty();
    return out.toString();
  }

  @Test
  void project_endsWithItsHeadings_andTheMeasureItFollows() {
    // 三、强化高标准知识产权保护 / (三)强化知识产权行政保护 / 5.加快知识产权保护机构建设 / 项目1 …
    String printed = run("project", "guangzhou-2021-2025", "1");

    assertThat(printed)
        .startsWith("guangzhou-2021-2025 project 1: 中国(广州)知识产权保护中心建设工程\n  构建知识产权快速协同保护机制。")
        .endsWith("\nheadings: 三、强化高标准知识产权保护 / (三)强化知识产权行政保护, after measure 5\n");
  }

  @Test
  void projects_areOneLineEach_withTheirHeadings_andTheMeasureTheyFollow() {
    assertThat(run("projects", "--plan", "guangzhou-2021-2025").lines())
        .startsWith(
            "guangzhou-2021-2025/project/1  项目1 中国(广州)知识产权保护中心建设工程"
                + "  (三、强化高标准知识产权保护 / (三)强化知识产权行政保护, after measure 5)");
  }

  @Test
  void projects_ofAPlanWithNone_saySo() {
    assertThat(run("projects", "--plan", "national-2021-2022"))
        .isEqualTo("Plan national-2021-2022 has no projects.\n");
  }

  @Test
  void indicators_ofAPlanWithNone_saySo() {
    assertThat(run("indicators", "--plan", "national-2021-2022"))
        .isEqualTo("There are no indicators in national-2021-2022.\n");
  }

  @Test
  void indicators_ofABodyThatReportsNone_sayWhichBody_inEveryPlan_orInOne() {
    assertThat(run("indicators", "--source", "知识产权局")).isEqualTo("知识产权局 reports no indicators.\n");
    out.getBuffer().setLength(0);
    assertThat(run("indicators", "--source", "知识产权局", "--plan", "national-2021-2022"))
        .isEqualTo("知识产权局 reports no indicators in national-2021-2022.\n");
  }
}
