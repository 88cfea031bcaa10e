package io.github.ipplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameFoldingTest {
  private static String normalizer(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** Whether a code point is in one of the ranges the fast path is documented to handle. */
  private static boolean documentedFast(int c) {
    return c < 0x80
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3000 && c <= 0x3029)
        || (c >= 0x3030 && c <= 0x3035)
        || c == 0x2010
        || (c >= 0x2012 && c <= 0x2016)
        || (c >= 0x2018 && c <= 0x2023)
        || c == 0x2026
        || (c >= 0xFF01 && c <= 0xFF5E);
  }

  @Test
  void quickNfkc_handlesExactlyTheDocumentedRanges_andAgreesWithTheNormalizer() {
    int handled = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String quick = FoldedText.quickNfkc(c);
      assertThat(quick != null).as("U+%04X handled", c).isEqualTo(documentedFast(c));
      if (quick != null) {
        handled++;
        assertThat(quick).as("U+%04X", c).isEqualTo(normalizer(Character.toString(c)));
      }
    }
    // ASCII, the two CJK ideograph blocks, U+3000 to U+3029 and U+3030 to U+3035, the dashes
    // and quotation marks, the ellipsis and the full-width ASCII forms.
    assertThat(handled)
        .isEqualTo(
            0x80
                + (0x4DBF - 0x3400 + 1)
                + (0x9FFF - 0x4E00 + 1)
                + 0x2A
                + 6
                + 1
                + 5
                + 12
                + 1
                + 0x5E);
  }

  @Test
  void quickNfkcOfAText_agreesWithTheNormalizer_forEveryCharacterAmongFastNeighbours() {
    // Each character between neighbours that the fast path handles, so that a text takes the
    // fast path exactly when the character has a fast form.
    // Any other character sends the whole text to the normalizer.
    for (String[] around : List.of(new String[] {"知", "A"}, new String[] {"Ａ…", "\u3000。"})) {
      for (int c = 0; c <= 0xFFFF; c++) {
        if (Character.isSurrogate((char) c)) {
          continue;
        }
        String text = around[0] + (char) c + around[1];
        String quick = FoldedText.quickNfkc(text);
        assertThat(quick != null).as("U+%04X", c).isEqualTo(documentedFast(c));
        if (quick != null) {
          assertThat(quick).as("U+%04X", c).isEqualTo(normalizer(text));
        }
      }
    }
  }

  @Test
  void nfkcOfAText_mapsWidthAndSpaces_onTheFastPath() {
    assertThat(FoldedText.quickNfkc("ＣＮＩＰＡ\u3000知识产权局…")).isEqualTo("CNIPA 知识产权局...");
    assertThat(FoldedText.quickNfkc("")).isEmpty();
    assertThat(FoldedText.nfkc("（广州市）")).isEqualTo("(广州市)");
  }

  @Test
  void nfkcOfAText_leavesCompositionAndReordering_toTheNormalizer() {
    // Half-width katakana and its voiced sound mark compose into one full-width kana.
    assertThat(FoldedText.quickNfkc("ｶﾞ")).isNull();
    assertThat(FoldedText.nfkc("ｶﾞ")).isEqualTo("ガ");
    // Two ideographic tone marks out of canonical order are reordered.
    assertThat(FoldedText.quickNfkc("知\u302B\u302A")).isNull();
    assertThat(FoldedText.nfkc("知\u302B\u302A")).isEqualTo("知\u302A\u302B");
    // A combining accent after a letter composes.
    assertThat(FoldedText.nfkc("Ｅ\u0301")).isEqualTo("É");
    // A character outside the BMP, and a compatibility ideograph, take the normalizer.
    assertThat(FoldedText.quickNfkc("\uD840\uDC00")).isNull();
    assertThat(FoldedText.nfkc("\uD840\uDC00")).isEqualTo("\uD840\uDC00");
    assertThat(FoldedText.nfkc("\uF900")).isEqualTo("\u8C48");
  }

  @Test
  void nfkcOfOneCodePoint_agreesWithTheNormalizer_onEveryCharacter() {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (!Character.isSurrogate((char) c)) {
        assertThat(FoldedText.nfkc(c)).as("U+%04X", c).isEqualTo(normalizer(Character.toString(c)));
      }
    }
    assertThat(FoldedText.nfkc(0x20000)).isEqualTo("\uD840\uDC00");
  }

  @Test
  void foldName_foldsWidthCaseAndInvisibleCharacters() {
    assertThat(FoldedText.foldName("ＣＮＩＰＡ")).isEqualTo("cnipa");
    assertThat(FoldedText.foldName("知识产权局\u200B")).isEqualTo("知识产权局");
    assertThat(FoldedText.foldName("广州市市场监督管理局（广州市知识产权局）")).isEqualTo("广州市市场监督管理局(广州市知识产权局)");
    assertThat(FoldedText.foldName("Ⅻ ﬁ")).isEqualTo("xii fi");
    assertThat(FoldedText.foldName("知识\u3000产权")).isEqualTo("知识 产权");
  }
}
