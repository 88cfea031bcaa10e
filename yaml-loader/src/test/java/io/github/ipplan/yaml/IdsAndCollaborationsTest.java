package io.github.ipplan.yaml;

import static io.github.ipplan.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ipplan.Agency;
import io.github.ipplan.Collaboration;
import io.github.ipplan.Collaborations;
import io.github.ipplan.Heading;
import io.github.ipplan.Indicator;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.PlanText;
import io.github.ipplan.Project;
import io.github.ipplan.Provision;
import io.github.ipplan.SearchHit;
import io.github.ipplan.TextSpan;
import io.github.ipplan.internal.FoldedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bundled plans: every id leads to its value, search spans mark the query in the text they
 * index, and the collaboration figures are those counted from the national plan's text.
 */
class IdsAndCollaborationsTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final Agency CNIPA = CATALOG.agency("知识产权局").orElseThrow();
  private static final Agency PROPAGANDA = CATALOG.agency("中央宣传部").orElseThrow();

  @Test
  void everyIdOfEveryPlan_findsTheValueItNames() {
    List<String> ids = new ArrayList<>();
    for (Plan plan : CATALOG.plans()) {
      assertThat(CATALOG.provision(plan.id())).containsSame(plan);
      for (Provision provision : PlanText.provisions(plan)) {
        assertThat(CATALOG.provision(provision.id())).as(provision.id()).isPresent();
        ids.add(provision.id());
      }
      for (Measure measure : plan.measures()) {
        assertThat(CATALOG.provision(measure.id())).contains(measure);
        if (!measure.headingPath().isEmpty()) {
          String heading = plan.headingId(measure.headingPath()).orElseThrow();
          assertThat(CATALOG.provision(heading))
              .contains(measure.headingPath().get(measure.headingPath().size() - 1));
        }
      }
      for (Project project : plan.projects()) {
        assertThat(CATALOG.provision(project.id())).contains(project);
      }
      for (Indicator indicator : plan.indicators()) {
        assertThat(CATALOG.provision(indicator.id())).contains(indicator);
      }
      for (Heading part : plan.outline()) {
        for (Heading section : part.subheadings()) {
          String id = plan.headingId(List.of(part, section)).orElseThrow();
          assertThat(CATALOG.provision(id)).as(id).contains(section);
        }
      }
    }
    assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThan(108);
    assertThat(CATALOG.provision("national-2021-2022/part/1/section/3"))
        .contains(
            CATALOG.plan("national-2021-2022").orElseThrow().outline().get(0).subheadings().get(2));
    assertThat(CATALOG.provision("national-2021-2022/heading/1.3")).isEmpty();
    assertThat(CATALOG.nearestIds("national-2021-2022/measure/270", 2))
        .containsExactly("national-2021-2022/measure/20", "national-2021-2022/measure/27");
  }

  @Test
  void measure27_isFoundAsAValue_withSpansInItsOwnText() {
    SearchHit hit =
        CATALOG.search("保护").stream()
            .filter(h -> h.id().equals("national-2021-2022/measure/27"))
            .findFirst()
            .orElseThrow();
    Measure measure = (Measure) hit.value();

    assertThat(hit.ownText()).isEqualTo(measure.text());
    assertThat(hit.ownSpans())
        .isNotEmpty()
        .allSatisfy(
            span -> assertThat(measure.text().substring(span.start(), span.end())).isEqualTo("保护"));
  }

  @Test
  void searchSpans_markAFoldedTermOfTheQuery_forAFewHundredQueries() {
    List<String> texts = new ArrayList<>();
    CATALOG.plans().forEach(plan -> PlanText.provisions(plan).forEach(p -> texts.add(p.text())));
    qt().withExamples(300)
        .forAll(
            integers().between(0, texts.size() - 1),
            integers().between(0, 400),
            integers().between(1, 5),
            integers().between(0, 3))
        .checkAssert(
            (text, from, length, way) -> {
              String query = query(texts.get(text), from, length, way);
              List<String> terms = FoldedText.terms(query);
              if (terms.isEmpty()) {
                return;
              }
              List<SearchHit> hits = CATALOG.search(query);
              assertThat(hits).as(query).isNotEmpty();
              for (SearchHit hit : hits) {
                assertThat(hit.spans()).as(hit.id()).isNotEmpty();
                checkSpans(hit.text(), hit.spans(), terms, hit.id());
                checkSpans(hit.ownText(), hit.ownSpans(), terms, hit.id() + " own text");
              }
            });
  }

  private static String query(String text, int from, int length, int way) {
    int start = from % text.length();
    String cut = text.substring(start, Math.min(text.length(), start + length));
    return switch (way) {
      case 0 -> cut;
      case 1 -> cut.toUpperCase(Locale.ROOT);
      case 2 -> fullWidth(cut);
      default -> cut.length() < 2 ? cut : cut.charAt(0) + " " + cut.substring(1);
    };
  }

  private static String fullWidth(String text) {
    StringBuilder wide = new StringBuilder();
    text.chars().forEach(c -> wide.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
    return wide.toString();
  }

  private static void checkSpans(String text, List<TextSpan> spans, List<String> terms, String id) {
    for (TextSpan span : spans) {
      String marked = FoldedText.fold(text.substring(span.start(), span.end()));
      assertThat(terms).as("%s: %s marks no term", id, marked).anyMatch(marked::contains);
    }
    for (String term : terms) {
      if (FoldedText.fold(text).contains(term)) {
        assertThat(spans)
            .as("%s: %s unmarked", id, term)
            .anyMatch(s -> FoldedText.fold(text.substring(s.start(), s.end())).contains(term));
      }
    }
  }

  /**
   * Counted from the national plan's text: the 17 tasks whose clauses print both 中央宣传部 and 知识产权局,
   * 10 of them opened by 中央宣传部 and 4 by 知识产权局; 知识产权局 opens 36 clauses and is printed after the
   * first body in 33, 中央宣传部 opens 18 and follows in 8; 31 bodies share a task with 知识产权局.
   */
  @Test
  void collaborations_ofTheNationalPlan_areTheFiguresCountedFromItsText() {
    Collaborations national =
        CATALOG.collaborations(plan -> plan.id().equals("national-2021-2022"));
    Collaboration first = national.partners(CNIPA).get(0);

    assertThat(first.partner()).isEqualTo(PROPAGANDA);
    assertThat(first.shared()).isEqualTo(17);
    assertThat(first.ledByPartner()).isEqualTo(10);
    assertThat(first.ledByBody()).isEqualTo(4);
    assertThat(national.partners(CNIPA)).hasSize(31);
    assertThat(national.tasksLed(CNIPA)).isEqualTo(36);
    assertThat(national.tasksJoined(CNIPA)).isEqualTo(33);
    assertThat(national.tasksLed(PROPAGANDA)).isEqualTo(18);
    assertThat(national.tasksJoined(PROPAGANDA)).isEqualTo(8);
    assertThat(national.pairs())
        .filteredOn(c -> c.body().equals(PROPAGANDA) && c.partner().equals(CNIPA))
        .singleElement()
        .satisfies(
            c ->
                assertThat(List.of(c.shared(), c.ledByBody(), c.ledByPartner()))
                    .containsExactly(17, 10, 4));
    assertThat(CATALOG.collaborations().partners(CNIPA)).hasSize(31).first().isEqualTo(first);
  }
}
