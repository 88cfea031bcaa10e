package io.github.ipplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTest {
  @Test
  void of_putsTheValueInSingleQuotes() {
    assertThat(Quote.of("知识产权局")).isEqualTo("'知识产权局'");
    assertThat(Quote.of("")).isEqualTo("''");
  }

  @Test
  void of_escapesControlFormatAndLoneSurrogateCharacters() {
    assertThat(Quote.of("a\u0000b")).isEqualTo("'a\\u0000b'");
    assertThat(Quote.of("知识产权局\u200B")).isEqualTo("'知识产权局\\u200B'");
    assertThat(Quote.of("x\uD800")).isEqualTo("'x\\uD800'");
    assertThat(Quote.of("\uFFFE")).isEqualTo("'\\uFFFE'");
  }

  @Test
  void of_keepsPrintableCharactersOutsideTheBasicPlane_andEscapesBothHalvesOfOthers() {
    assertThat(Quote.of("\uD840\uDC00")).isEqualTo("'\uD840\uDC00'"); // U+20000
    assertThat(Quote.of("\uDB40\uDC01a"))
        .isEqualTo("'\\uDB40\\uDC01a'"); // U+E0001, a format character
  }

  @Test
  void of_showsAValueOfEightyCharactersWhole() {
    String eighty = "字".repeat(Quote.SHOWN);

    assertThat(Quote.of(eighty)).isEqualTo("'" + eighty + "'");
  }

  @Test
  void of_cutsALongerValueAfterEightyCodePoints_andGivesItsLength() {
    assertThat(Quote.of("a".repeat(81))).isEqualTo("'" + "a".repeat(80) + "…' (81 characters)");
    String astral = "\uD840\uDC00".repeat(100); // 100 code points, 200 chars

    assertThat(Quote.of(astral)).isEqualTo("'" + "\uD840\uDC00".repeat(80) + "…' (100 characters)");
  }

  @Test
  void escape_escapesAsOfDoes_withoutQuotingOrCutting() {
    String name = "国家\u202E药监局";
    String escaped = "国家\\u202E药监局";

    assertThat(Quote.escape(name)).isEqualTo(escaped);
    assertThat(Quote.of(name)).isEqualTo("'" + escaped + "'");
    assertThat(Quote.escape("a\nb\uDB40\uDC01\uD840\uDC00"))
        .isEqualTo("a\\u000Ab\\uDB40\\uDC01\uD840\uDC00");
    assertThat(Quote.escape("字".repeat(100))).isEqualTo("字".repeat(100));
    assertThat(Quote.escape("")).isEmpty();
  }
}
