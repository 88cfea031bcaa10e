package io.github.ipplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A search hit gives the value it found and where the query matched in that value's own text. */
class SearchHitValueTest {
  private final Plan plan = PlanTextTest.plan();
  private final PlanCatalog catalog =
      PlanCatalog.of(List.of(TestData.body(1), TestData.body(2)), List.of(plan));

  private SearchHit hit(String query, String id) {
    return catalog.search(query).stream()
        .filter(hit -> hit.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aMeasureHit_givesTheMeasure_andSpansInItsOwnText() {
    SearchHit hit = hit("正文", "p/measure/3");

    assertThat(hit.value()).isEqualTo(plan.measure(3).orElseThrow());
    assertThat(hit.text()).isEqualTo("3．标题。正文。（部门2等部门按职责分工负责）");
    assertThat(hit.spans()).containsExactly(TextSpan.of(5, 7));
    assertThat(hit.ownText()).isEqualTo("正文。");
    assertThat(hit.ownSpans()).containsExactly(TextSpan.of(0, 2));
  }

  @Test
  void aMatchOnlyInTheResponsibilityClause_hasNoSpanInTheMeasuresOwnText() {
    SearchHit hit = hit("部门2", "p/measure/3");

    assertThat(hit.spans()).containsExactly(TextSpan.of(9, 12));
    assertThat(hit.ownSpans()).isEmpty();
  }

  @Test
  void projectHeadingAndIndicatorHits_indexTheirOwnTexts() {
    SearchHit project = hit("正文", "p/project/2");
    assertThat(project.value()).isEqualTo(plan.project(2).orElseThrow());
    assertThat(project.ownText()).isEqualTo("正文");
    assertThat(project.ownSpans()).containsExactly(TextSpan.of(0, 2));

    SearchHit twoParagraphs = hit("二段", "p/project/1");
    assertThat(twoParagraphs.ownText()).isEqualTo("第一段\n第二段");
    assertThat(twoParagraphs.ownSpans()).containsExactly(TextSpan.of(5, 7));

    SearchHit heading = hit("节二", "p/part/1/section/2");
    assertThat(heading.value()).isEqualTo(plan.outline().get(0).subheadings().get(1));
    assertThat(heading.spans()).containsExactly(TextSpan.of(3, 5));
    assertThat(heading.ownText()).isEqualTo("节二");
    assertThat(heading.ownSpans()).containsExactly(TextSpan.of(0, 2));

    SearchHit indicator = hit("数 30", "p/indicator/1");
    assertThat(indicator.value()).isEqualTo(plan.indicators().get(0));
    assertThat(indicator.ownText()).isEqualTo("件数");
    assertThat(indicator.ownSpans()).containsExactly(TextSpan.of(1, 2));
    assertThat(indicator.spans()).containsExactly(TextSpan.of(1, 2), TextSpan.of(6, 8));
  }

  @Test
  void anyOtherElement_isItsOwnValue() {
    SearchHit hit = hit("落实", "p/notice/paragraph/2");

    assertThat(hit.value())
        .isEqualTo(Provision.of("p/notice/paragraph/2", ProvisionKind.NOTICE_PARAGRAPH, "请落实。"));
    assertThat(hit.ownText()).isEqualTo(hit.text());
    assertThat(hit.ownSpans()).isEqualTo(hit.spans()).containsExactly(TextSpan.of(1, 3));
  }

  @Test
  void adjacentAndOverlappingMatches_mergeIntoOneSpan() {
    SearchHit hit = hit("段 第一 一段", "p/project/1");

    assertThat(hit.ownSpans()).containsExactly(TextSpan.of(0, 3), TextSpan.of(6, 7));
    assertThat(hit("第一 段", "p/project/1").ownSpans())
        .containsExactly(TextSpan.of(0, 3), TextSpan.of(6, 7));
  }
}
