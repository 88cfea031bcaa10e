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

  /** The messages of every error a check of the document finds, in the order it lists them. */
  private static List<String> check(String yaml) {
    return Loading.check(
            new Loading.Source("t.yaml", yaml.getBytes(UTF_8), false),
            List.of(),
            LoadOptions.defaults(),
            PlanLoader.MAX_ERRORS_PER_FILE)
        .stream()
        .map(PlanLoadException::getMessage)
        .toList();
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

  @Test
  void anAddresseeNamedTwice_underTwoNames_isReportedAtTheSecond() {
    assertFails(
        HEAD + "addressees: [知识产权局, 国家知识产权局]\n",
        "t.yaml:7:21: plan 'p' lists the addressee '知识产权局' twice, at $.addressees[1]; "
            + "first named at $.addressees[0]");
  }

  @Test
  void everyValueOfThePlan_isCheckedOnItsOwn_andHidesNoErrorInTheMeasures() {
    String yaml =
        """
        id: p
        title: 计划
        issuer: 3
        issued: 2021-02-30
        status: draft
        period: {from: 1900, to: x}
        published: 2021-13-01
        source: ftp://example.org/plan
        addressees: [知识产权, 知识产权局, 1]
        lead-rule: [a]
        notice: {paragraphs: [正文。], extra: x}
        measures:
          - number: x
            text: 任务。
        """;

    assertThat(check(yaml))
        .containsExactly(
            "t.yaml:3:9: expected text but found the number '3', at $.issuer",
            "t.yaml:4:9: invalid date '2021-02-30', at $.issued",
            "t.yaml:5:9: unknown value 'draft', at $.status; "
                + "expected one of in-force, draft-for-comment",
            "t.yaml:6:16: the first year of the plan is the year 1900, outside 1949–2100, "
                + "at $.period.from",
            "t.yaml:6:26: expected a whole number but found text 'x', at $.period.to",
            "t.yaml:7:12: invalid date '2021-13-01', at $.published",
            "t.yaml:8:9: expected an http or https address but found 'ftp://example.org/plan', "
                + "at $.source; a plan's source is the web page it was published on",
            "t.yaml:9:14: unknown body '知识产权', at $.addressees[0]; did you mean '知识产权局'?",
            "t.yaml:9:27: expected text but found the number '1', at $.addressees[2]",
            "t.yaml:10:12: expected text but found a list, at $.lead-rule",
            "t.yaml:11:9: missing key 'signatory', at $.notice",
            "t.yaml:11:29: unknown key 'extra', at $.notice; expected one of paragraphs, "
                + "signatory, title, publication-line, attachments-heading, attachments, seal",
            "t.yaml:13:13: expected a whole number but found text 'x', at $.measures[0].number");
  }

  @Test
  void headingsProjectsAndIndicators_reportEveryErrorOfEachValue() {
    String yaml =
        HEAD
            + """
        chapters:
          - title: 总体要求
            indicator-table: {title: 指标, columns: 指标}
            sections:
              - numeral: 一
                title: 目标
                summary: 多余
                projects:
                  - {number: 0x1, title: 项目, follows-measure: x, paragraphs: [正文。]}
              - numeral: 一
                title: 重复
                measures:
                  - {number: 1, text: 任务。, assignment: joint}
        indicators:
          - {name: 指标, target: lots, unit: 件, year: 1900, kind: level, nature: optional}
          - name: 指标二
            target: 1
            unit: 件
            year: 2025
            kind: level
            nature: expected
            baseline: {value: 1, year: x}
        """;

    assertThat(check(yaml))
        .containsExactly(
            "t.yaml:8:5: missing key 'numeral', at $.chapters[0]",
            "t.yaml:9:43: expected a list but found text '指标', "
                + "at $.chapters[0].indicator-table.columns",
            "t.yaml:13:9: unknown key 'summary', at $.chapters[0].sections[0]; expected one of "
                + "numeral, title, label, paragraphs, indicator-table, measures, projects",
            "t.yaml:15:22: expected a decimal whole number but found '0x1', "
                + "at $.chapters[0].sections[0].projects[0].number; "
                + "write decimal digits without leading zeros",
            "t.yaml:15:55: expected a whole number but found text 'x', "
                + "at $.chapters[0].sections[0].projects[0].follows-measure",
            "t.yaml:16:9: two headings are numbered '一' in this part or chapter, "
                + "at $.chapters[0].sections[1]",
            "t.yaml:19:48: an assignment is given but no responsible bodies, "
                + "at $.chapters[0].sections[1].measures[0].assignment",
            "t.yaml:21:24: expected a number but found text 'lots', at $.indicators[0].target",
            "t.yaml:21:45: the target is the year 1900, outside 1949–2100, "
                + "at $.indicators[0].year",
            "t.yaml:21:72: unknown value 'optional', at $.indicators[0].nature; "
                + "expected one of expected, binding",
            "t.yaml:28:15: missing key 'evidence', at $.indicators[1].baseline",
            "t.yaml:28:32: expected a whole number but found text 'x', "
                + "at $.indicators[1].baseline.year");
  }

  @Test
  void partsAndChapters_bothGiven_isAnError_andTheEntriesOfBothAreStillChecked() {
    String yaml =
        HEAD
            + """
        parts:
          - {numeral: 一, title: 部分, measures: [{number: 0, text: 任务。}]}
        chapters:
          - {numeral: 一}
        """;

    assertThat(check(yaml))
        .containsExactly(
            "t.yaml:8:40: measure number must be 1 or more: 0, at $.parts[0].measures[0]",
            "t.yaml:10:3: a plan has parts or chapters, not both, at $.chapters",
            "t.yaml:10:5: missing key 'title', at $.chapters[0]");
  }

  @Test
  void aMeasuresUnknownKey_hidesNoErrorOfItsValues() {
    String yaml =
        HEAD
            + """
        measures:
          - number: 0
            text: 任务。
            responsibles: [知识产权局]
        """;

    assertThat(check(yaml))
        .containsExactly(
            "t.yaml:8:5: measure number must be 1 or more: 0, at $.measures[0]",
            "t.yaml:10:5: unknown key 'responsibles', at $.measures[0]; expected one of "
                + "number, text, label, title, responsible, open-ended, assignment, notes");
  }

  @Test
  void loading_failsWithTheFirstErrorInTheDocument_notTheFirstFound() {
    // The measures are read before the indicators, but the indicator comes first in the file.
    String yaml =
        HEAD
            + """
        indicators:
          - {name: 指标, target: lots, unit: 件, year: 2025, kind: level, nature: expected}
        measures:
          - {number: 1, text: 任务。, responsible: [知识产权]}
        """;

    assertThat(check(yaml))
        .containsExactly(
            "t.yaml:8:24: expected a number but found text 'lots', at $.indicators[0].target",
            "t.yaml:10:42: unknown body '知识产权', at $.measures[0].responsible[0]; "
                + "did you mean '知识产权局'?");
    assertFails(
        yaml, "t.yaml:8:24: expected a number but found text 'lots', at $.indicators[0].target");
  }
}
