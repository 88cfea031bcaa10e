package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule of the plan as a whole refuses an element and says which, and which earlier one it
 * repeats; the loader reports the error at that element's place, with the earlier one's path as the
 * hint, and a check of the document lists the same single error.
 */
class RefusalLocationTest {
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

  private static void assertRefused(String yaml, String message) {
    LoadOptions options = LoadOptions.defaults();
    Loading.Source source = new Loading.Source("t.yaml", yaml.getBytes(UTF_8), false);
    assertThatThrownBy(
            () -> Loading.catalog(Loading.registry(List.of(), options), List.of(source), options))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(message);
    assertThat(Loading.check(source, List.of(), options, PlanLoader.MAX_ERRORS_PER_FILE))
        .extracting(PlanLoadException::getMessage)
        .containsExactly(message);
  }

  @Test
  void aMeasureNumberUsedBefore_isReportedAtTheRepeat_namingTheFirstUse() {
    assertRefused(
        HEAD
            + """
            measures:
              - {number: 1, text: 一。}
              - {number: 2, text: 二。}
              - {number: 3, text: 三。}
              - {number: 2, text: 四。}
            """,
        "t.yaml:11:14: plan 'p' numbers two measures 2, at $.measures[3].number; "
            + "first used at $.measures[1].number");
  }

  @Test
  void aProjectNumberUsedBefore_isReportedAtTheRepeat_namingTheFirstUse() {
    assertRefused(
        HEAD
            + """
            parts:
              - numeral: 一
                title: 部分
                sections:
                  - numeral: 一
                    title: 节
                    projects:
                      - {number: 4, title: 甲, paragraphs: [正文。]}
                      - {number: 5, title: 乙, paragraphs: [正文。]}
                      - {number: 4, title: 丙, paragraphs: [正文。]}
            """,
        "t.yaml:16:22: plan 'p' numbers two projects 4, at"
            + " $.parts[0].sections[0].projects[2].number; "
            + "first used at $.parts[0].sections[0].projects[0].number");
  }

  @Test
  void aProjectFollowingAMeasureElsewhere_isReportedAtItsFollowsMeasure() {
    assertRefused(
        HEAD
            + """
            measures:
              - {number: 1, text: 一。}
            parts:
              - numeral: 一
                title: 部分
                sections:
                  - numeral: 一
                    title: 节
                    projects:
                      - {number: 1, title: 甲, paragraphs: [正文。]}
                      - {number: 2, title: 乙, paragraphs: [正文。], follows-measure: 1}
            """,
        "t.yaml:17:71: project 2 follows measure 1, which is not a measure under the same"
            + " headings, at $.parts[0].sections[0].projects[1].follows-measure");
  }

  @Test
  void anAddresseeNamedAgain_isReportedAtTheRepeat_namingTheFirst() {
    assertRefused(
        HEAD + "addressees: [知识产权局, 商务部, 国家知识产权局]\n",
        "t.yaml:7:26: plan 'p' lists the addressee '知识产权局' twice, at $.addressees[2]; "
            + "first named at $.addressees[0]");
  }

  @Test
  void aBodyNamedTwiceInOneMeasure_isReportedAtTheRepeat_namingTheFirst() {
    assertRefused(
        HEAD
            + """
            measures:
              - {number: 1, text: 一。, responsible: [商务部, 知识产权局, 国家知识产权局]}
            """,
        "t.yaml:8:53: body '知识产权局' is named twice, at $.measures[0].responsible[2]; "
            + "first named at $.measures[0].responsible[1]");
  }
}
