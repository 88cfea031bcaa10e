package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.yaml.PrintedLines.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PrintedLines} on short texts: line breaks of each platform, blank lines, indentation of
 * each kind, the byte order mark, and the characters and lengths a line may not have.
 */
class PrintedLinesTest {
  private static final LoadOptions OPTIONS = LoadOptions.defaults();

  @Test
  void lineBreaksOfEachPlatform_numberTheLinesAlike() {
    assertThat(PrintedLines.of("t", "甲\n乙\r丙\r\n丁", OPTIONS))
        .containsExactly(
            new Line(1, "甲", "", false),
            new Line(2, "乙", "", false),
            new Line(3, "丙", "", false),
            new Line(4, "丁", "", false));
  }

  @Test
  void aTextEndingInACarriageReturn_hasOneLine() {
    assertThat(PrintedLines.of("t", "甲\r", OPTIONS)).containsExactly(new Line(1, "甲", "", false));
    assertThat(PrintedLines.of("t", "甲\r\n", OPTIONS)).containsExactly(new Line(1, "甲", "", false));
  }

  @Test
  void blankLines_areCountedAndMarkTheLineAfterThem() {
    assertThat(PrintedLines.of("t", "\n甲\n\n  \n\u3000\n乙\r\n\r\n丙\n\n", OPTIONS))
        .containsExactly(
            new Line(2, "甲", "", true), new Line(6, "乙", "", true), new Line(8, "丙", "", true));
    assertThat(PrintedLines.of("t", "", OPTIONS)).isEmpty();
    assertThat(PrintedLines.of("t", "\n\r\n", OPTIONS)).isEmpty();
  }

  @Test
  void indentationAndTrailingSpaceOfAnyKind_areTakenApartFromTheText() {
    assertThat(PrintedLines.of("t", "\u00A0\u00A0甲 乙\u3000\t\n\u200B丙\u200B\n\u3000 丁", OPTIONS))
        .containsExactly(
            new Line(1, "甲 乙", "\u00A0\u00A0", false),
            new Line(2, "丙", "\u200B", false),
            new Line(3, "丁", "\u3000 ", false));
  }

  @Test
  void aByteOrderMark_isDropped_notTakenForIndentation() {
    assertThat(PrintedLines.of("t", "\uFEFF甲\n乙", OPTIONS))
        .containsExactly(new Line(1, "甲", "", false), new Line(2, "乙", "", false));
    // a second one is an invisible format character: indentation
    assertThat(PrintedLines.of("t", "\uFEFF\uFEFF甲", OPTIONS))
        .containsExactly(new Line(1, "甲", "\uFEFF", false));
  }

  @Test
  void aForbiddenCharacter_atTheStartOfALine_isAPlanLoadExceptionAtColumnOne() {
    assertThatThrownBy(() -> PrintedLines.of("t", "甲\n\u0007乙", OPTIONS))
        .isInstanceOfSatisfying(
            PlanLoadException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(1);
              assertThat(e.problem()).contains("U+0007");
            });
  }

  @Test
  void aLineOfExactlyTheLimit_isRead_oneLongerIsAPlanLoadException() {
    LoadOptions options = LoadOptions.defaults().withMaxScalarLength(10);
    assertThat(PrintedLines.of("t", "甲".repeat(10), options))
        .containsExactly(new Line(1, "甲".repeat(10), "", false));
    assertThatThrownBy(() -> PrintedLines.of("t", "甲\n" + "甲".repeat(11), options))
        .isInstanceOfSatisfying(
            PlanLoadException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.problem())
                  .isEqualTo("the line has 11 characters, more than the limit of 10");
            });
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "0020, 1 space",
    "0020 0020 0020 0020, 4 spaces",
    "00A0, 1 no-break space",
    "00A0 00A0, 2 no-break spaces",
    "3000 3000, 2 ideographic spaces",
    "0009, 1 tab",
    "2002 2002 2002, 3 U+2002s"
  })
  void describe_countsAnIndentationOfOneKind(String hex, String described) {
    StringBuilder indent = new StringBuilder();
    for (String c : hex.split(" ")) {
      indent.append((char) Integer.parseInt(c, 16));
    }
    assertThat(PrintedLines.describe(indent.toString())).isEqualTo(described);
  }

  @Test
  void describe_quotesAnIndentationOfMixedKinds() {
    assertThat(PrintedLines.describe("\u00A0 \u00A0"))
        .isEqualTo("3 characters of white space ('\u00A0 \u00A0')");
    assertThat(PrintedLines.describe(" \u00A0")).startsWith("2 characters of white space (");
  }
}
