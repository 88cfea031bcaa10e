package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plans written inline, each breaking one rule, and the located error each gets; the loader reports
 * a domain rule at the value that breaks it.
 */
class PlanReaderTest {
  /** Six lines: id, title, issuer, issued, status, period. */
  private static final String HEAD =
      """
      id: p
      title: 计划
      issuer: 知识产权局
      issued: 2021-12-27
      status: in-force
      period: {from: 2021, to: 2022}
      """;

  private static Plan load(String yaml) {
    LoadOptions options = LoadOptions.defaults();
    return Loading.catalog(
            Loading.registry(List.of(), options),
            List.of(new Loading.Source("t.yaml", yaml.getBytes(UTF_8), false)),
            options)
        .plans()
        .get(0);
  }

  private static void assertFails(String yaml, String message) {
    assertThatThrownBy(() -> load(yaml)).isInstanceOf(PlanLoadException.class).hasMessage(message);
  }

  @Test
  void aPlanOfTheSixRequiredKeys_loads() {
    Plan plan = load(HEAD);

    assertThat(plan.id()).isEqualTo("p");
    assertThat(plan.issuer().id()).isEqualTo("cnipa");
    assertThat(plan.firstYear()).isEqualTo(2021);
    assertThat(plan.lastYear()).isEqualTo(2022);
  }

  @Test
  void yearsOutOfRange_areReportedAtTheYear() {
    assertFails(
        HEAD.replace("from: 2021", "from: 1900"),
        "t.yaml:6:16: the first year of the plan is the year "
            + "1900, outside 1949–2100, at $.period.from");
    assertFails(
        HEAD.replace("to: 2022", "to: 2200"),
        "t.yaml:6:26: the last year of the plan is the year "
            + "2200, outside 1949–2100, at $.period.to");
  }

  @Test
  void datesOutOfRange_areReportedAtTheDate() {
    assertFails(
        HEAD.replace("issued: 2021-12-27", "issued: 1900-01-01"),
        "t.yaml:4:9: the issue date is the year 1900, outside 1949–2100, at $.issued");
    assertFails(
        HEAD + "published: 2200-01-04\n",
        "t.yaml:7:12: the publication date is the year 2200, outside 1949–2100, at $.published");
  }

  @Test
  void aSourceThatIsNotAWebAddress_isRefused() {
    String hint = "; a plan's source is the web page it was published on";
    assertThat(load(HEAD + "source: https://example.org/plan\n").source()).isPresent();
    assertThat(load(HEAD + "source: HTTP://example.org/plan\n").source()).isPresent();
    assertFails(
        HEAD + "source: ftp://example.org/plan\n",
        "t.yaml:7:9: expected an http or https address but found 'ftp://example.org/plan', at $.source"
            + hint);
    assertFails(
        HEAD + "source: https:plan\n",
        "t.yaml:7:9: expected an http or https address but found 'https:plan', at $.source" + hint);
    assertFails(
        HEAD + "source: /plan.html\n",
        "t.yaml:7:9: expected an http or https address but found '/plan.html', at $.source" + hint);
    assertFails(
        HEAD + "source: plan page\n",
        "t.yaml:7:9: invalid address 'plan page': Illegal character in path, at $.source");
  }

  @Test
  void twoSectionsWithOneNumeral_areReportedAtTheSecond() {
    assertFails(
        HEAD
            + """
        parts:
          - numeral: 一
            title: 部分
            sections:
              - numeral: 一
                title: 节甲
              - numeral: 一
                title: 节乙
        """,
        "t.yaml:13:9: two headings are numbered '一' in this part or chapter, at $.parts[0].sections[1]");
  }

  @Test
  void twoPartsWithOneNumeral_areReportedAtTheSecond() {
    assertFails(
        HEAD
            + """
        parts:
          - numeral: 一
            title: 部分甲
          - numeral: 一
            title: 部分乙
        """,
        "t.yaml:10:5: two headings are numbered '一' at the top of the outline, at $.parts[1]");
  }

  @Test
  void aSecondIndicatorTable_isRefused_pointingToTheFirst() {
    assertFails(
        HEAD
            + """
        chapters:
          - numeral: 一
            title: 总体要求
            indicator-table: {title: 指标, columns: [指标, 数值, 数据来源]}
            sections:
              - numeral: 一
                title: 目标
                indicator-table: {title: 指标, columns: [指标, 数值, 数据来源]}
        """,
        "t.yaml:14:26: a plan has one indicator table, at $.chapters[0].sections[0].indicator-table; "
            + "the first is at $.chapters[0].indicator-table");
  }

  @Test
  void anEmptyListOfBodies_isRefused() {
    assertFails(
        HEAD
            + """
        measures:
          - number: 1
            text: 任务。
            responsible: []
        """,
        "t.yaml:10:18: a measure's list of responsible bodies must not be empty, at "
            + "$.measures[0].responsible; leave out the key if the measure names no body");
  }

  @Test
  void anOpenEndedList_isRead() {
    Plan plan =
        load(
            HEAD
                + """
        measures:
          - number: 1
            text: 任务。
            responsible: [知识产权局, 商务部]
            open-ended: true
        """);

    assertThat(plan.measure(1).orElseThrow().openEnded()).isTrue();
  }

  @Test
  void aProjectFollowingAMeasureOfAnotherSection_isRefused() {
    assertFails(
        HEAD
            + """
        chapters:
          - numeral: 一
            title: 第一章
            sections:
              - numeral: 一
                title: 第一节
                measures:
                  - {number: 1, text: 任务。}
              - numeral: 二
                title: 第二节
                projects:
                  - {number: 1, title: 项目, follows-measure: 1, paragraphs: [正文。]}
        """,
        "t.yaml:18:53: project 1 follows measure 1, which is not a measure under the same headings, "
            + "at $.chapters[0].sections[1].projects[0].follows-measure");
  }

  @Test
  void aProjectFollowingAMeasureOfItsSection_isPlacedAfterIt() {
    Plan plan =
        load(
            HEAD
                + """
        chapters:
          - numeral: 一
            title: 第一章
            sections:
              - numeral: 一
                title: 第一节
                measures:
                  - {number: 1, text: 任务一。}
                  - {number: 2, text: 任务二。}
                projects:
                  - {number: 1, title: 项目, follows-measure: 1, paragraphs: [正文。]}
        """);

    assertThat(plan.project(1).orElseThrow().followsMeasure()).contains(1);
  }

  @Test
  void aBodyWrittenOtherwiseThanTheRegistryWritesIt_isRefused_withItsNames() {
    assertFails(
        HEAD.replace("issuer: 知识产权局", "issuer: ＣＮＩＰＡ"),
        "t.yaml:3:9: body 'ＣＮＩＰＡ' is not written as the registry writes it, at $.issuer; write one of "
            + "the names of body 'cnipa': '知识产权局', '国家知识产权局', "
            + "'China National Intellectual Property Administration', 'CNIPA'");
    assertFails(
        HEAD.replace("issuer: 知识产权局", "issuer: cnipa"),
        "t.yaml:3:9: body 'cnipa' is not written as the registry writes it, at $.issuer; write one of "
            + "the names of body 'cnipa': '知识产权局', '国家知识产权局', "
            + "'China National Intellectual Property Administration', 'CNIPA'");
  }

  @Test
  void anUnknownBodyWithNoNameNearIt_isRefused_sayingSo() {
    assertFails(
        HEAD.replace("issuer: 知识产权局", "issuer: 完全不同的一个机构名称"),
        "t.yaml:3:9: unknown body '完全不同的一个机构名称', at $.issuer; no body in the registry has a similar name");
  }

  @Test
  void aValueBreakingADomainRule_isReportedAtThatValue() {
    assertFails(
        HEAD
            + """
        measures:
          - number: 1
            label: "12."
            text: 任务。
        """,
        "t.yaml:8:5: measure 1 has a label that does not print its number: '12.', at $.measures[0]");
  }
}
