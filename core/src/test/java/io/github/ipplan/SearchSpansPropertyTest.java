package io.github.ipplan;

import static io.github.ipplan.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ipplan.internal.FoldedText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * For a few hundred queries cut from the plan's own texts (and written in other widths, cases and
 * with spaces), every span of every hit marks a folded term of the query in the text it claims to
 * index: the printed text for {@link SearchHit#spans()}, the value's own text for {@link
 * SearchHit#ownSpans()}.
 */
class SearchSpansPropertyTest {
  private static final Plan PLAN = PlanTextTest.plan();
  private static final PlanCatalog CATALOG =
      PlanCatalog.of(List.of(TestData.body(1), TestData.body(2)), List.of(PLAN));
  private static final List<String> TEXTS =
      PlanText.provisions(PLAN).stream().map(Provision::text).toList();

  /** A query cut from a text: from a place, a few characters, written in one of four ways. */
  static String query(String text, int from, int length, int way) {
    int start = Math.min(from % text.length(), text.length() - 1);
    String cut = text.substring(start, Math.min(text.length(), start + length));
    return switch (way) {
      case 0 -> cut;
      case 1 -> cut.toUpperCase(Locale.ROOT);
      case 2 -> fullWidth(cut);
      default -> cut.length() < 2 ? cut : cut.charAt(0) + "\u3000" + cut.substring(1);
    };
  }

  private static String fullWidth(String text) {
    StringBuilder wide = new StringBuilder();
    text.chars().forEach(c -> wide.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
    return wide.toString();
  }

  /** Every span marks a term, and every term is marked where its text holds it. */
  static void checkSpans(String query, List<SearchHit> hits) {
    List<String> terms = FoldedText.terms(query);
    for (SearchHit hit : hits) {
      checkSpans(hit.text(), hit.spans(), terms, hit.id());
      assertThat(hit.spans()).as(hit.id()).isNotEmpty();
      checkSpans(hit.ownText(), hit.ownSpans(), terms, hit.id() + " own text");
    }
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
            .anyMatch(
                span -> FoldedText.fold(text.substring(span.start(), span.end())).contains(term));
      }
    }
  }

  @Test
  void everySpanMarksAFoldedTermOfTheQuery_inTheTextItIndexes() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, TEXTS.size() - 1),
            integers().between(0, 200),
            integers().between(1, 4),
            integers().between(0, 3))
        .checkAssert(
            (text, from, length, way) -> {
              String query = query(TEXTS.get(text), from, length, way);
              if (!FoldedText.terms(query).isEmpty()) {
                List<SearchHit> hits = CATALOG.search(query);
                assertThat(hits).as(query).isNotEmpty();
                checkSpans(query, hits);
              }
            });
  }
}
