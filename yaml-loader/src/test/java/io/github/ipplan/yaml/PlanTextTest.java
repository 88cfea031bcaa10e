package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.PlanText;
import io.github.ipplan.Provision;
import io.github.ipplan.ProvisionKind;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Renders each bundled plan back from the model and compares it with its source document. */
class PlanTextTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();

  private static String source(String name) {
    return SourceText.read(name);
  }

  /** The text without white space: spaces, line breaks, no-break and ideographic spaces. */
  static String withoutWhiteSpace(String text) {
    StringBuilder kept = new StringBuilder();
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /** Fails at the first differing character, showing both texts around it. */
  static void assertSameText(String what, String expected, String actual) {
    String e = withoutWhiteSpace(expected);
    String a = withoutWhiteSpace(actual);
    int at = 0;
    while (at < e.length() && at < a.length() && e.charAt(at) == a.charAt(at)) {
      at++;
    }
    if (at < e.length() || at < a.length()) {
      fail(
          String.format(
              "%s differs at character %d of %d (white space aside):%n  source: …%s⟦%s⟧%n  render: …%s⟦%s⟧",
              what,
              at,
              e.length(),
              e.substring(Math.max(0, at - 30), at),
              e.substring(at, Math.min(e.length(), at + 30)),
              a.substring(Math.max(0, at - 30), Math.min(a.length(), at)),
              a.substring(Math.min(a.length(), at), Math.min(a.length(), at + 30))));
    }
  }

  @Test
  void nationalPlan_rendersAsItsSource_withoutTheCopysAttribution() throws IOException {
    String source = source("national-annual-plan-2021-2022.txt");
    List<String> lines = source.strip().lines().toList();
    assertThat(lines.get(lines.size() - 2)).startsWith("出所：");
    assertThat(lines.get(lines.size() - 1)).startsWith("http");
    String document = String.join("\n", lines.subList(0, lines.size() - 2));

    assertSameText(
        "national-2021-2022",
        document,
        PlanText.render(CATALOG.plan("national-2021-2022").orElseThrow()));
  }

  @Test
  void guangzhouPlan_rendersAsItsSource() throws IOException {
    String source = source("guangzhou-ip-plan-2021-2025-draft.txt");

    assertSameText(
        "guangzhou-2021-2025",
        source,
        PlanText.render(CATALOG.plan("guangzhou-2021-2025").orElseThrow()));
  }

  @Test
  void aChangedCharacter_isReportedWithItsPlace() {
    try {
      assertSameText("sample", "一、完善知识产权制度", "一、完善知识产权製度");
    } catch (AssertionError e) {
      assertThat(e.getMessage())
          .isEqualTo(
              "sample differs at character 8 of 10 (white space aside):\n"
                  + "  source: …一、完善知识产权⟦制度⟧\n  render: …一、完善知识产权⟦製度⟧");
      return;
    }
    fail("a difference was not reported");
  }

  @Test
  void provisions_haveUniqueStableIds() {
    for (Plan plan : CATALOG.plans()) {
      List<Provision> provisions = PlanText.provisions(plan);
      Set<String> ids = new HashSet<>();
      provisions.forEach(p -> assertThat(ids.add(p.id())).as("unique id %s", p.id()).isTrue());
      assertThat(provisions).allMatch(p -> p.id().startsWith(plan.id() + "/"));
      assertThat(provisions.stream().filter(p -> p.kind() == ProvisionKind.MEASURE))
          .extracting(Provision::id)
          .containsExactlyElementsOf(plan.measures().stream().map(m -> m.id()).toList());
    }
    List<Provision> national =
        PlanText.provisions(CATALOG.plan("national-2021-2022").orElseThrow());
    assertThat(national)
        .filteredOn(p -> p.id().equals("national-2021-2022/part/1/section/2"))
        .singleElement()
        .extracting(Provision::text)
        .isEqualTo("（二）改革完善知识产权重大政策");
    assertThat(national)
        .filteredOn(p -> p.id().equals("national-2021-2022/measure/20"))
        .singleElement()
        .extracting(Provision::text)
        .isEqualTo("20. 研究制定大数据、人工智能、区块链、基因技术等新领域新业态知识产权保护规则。" + "（中央宣传部、知识产权局按职责分工负责）");
    assertThat(national.get(national.size() - 1).id()).isEqualTo("national-2021-2022/lead-rule");
    List<Provision> guangzhou =
        PlanText.provisions(CATALOG.plan("guangzhou-2021-2025").orElseThrow());
    assertThat(guangzhou)
        .filteredOn(p -> p.id().equals("guangzhou-2021-2025/chapter/1/section/1/paragraph/2"))
        .singleElement()
        .extracting(Provision::text)
        .asString()
        .startsWith("——知识产权综合改革卓有成效。");
    assertThat(guangzhou)
        .filteredOn(p -> p.id().equals("guangzhou-2021-2025/project/5"))
        .singleElement()
        .extracting(Provision::text)
        .asString()
        .startsWith("项目5 广州人工智能与数字经济试验区知识产权建设工程\n");
  }
}
