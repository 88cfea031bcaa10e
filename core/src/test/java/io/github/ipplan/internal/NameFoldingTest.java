package io.github.ipplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NameFoldingTest {
  @Test
  void quickNfkc_agreesWithTheNormalizer_onEveryCharacterItHandles() {
    int handled = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      String name = "知" + (char) c + "A";
      String quick = NameIndex.quickNfkc(name);
      if (quick != null) {
        handled++;
        assertThat(quick)
            .as("U+%04X", c)
            .isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFKC));
      }
    }
    // Printable ASCII, the two CJK ideograph blocks and the full-width ASCII forms.
    assertThat(handled).isEqualTo(0x5F + (0x9FFF - 0x4E00 + 1) + (0x4DBF - 0x3400 + 1) + 0x5E);
  }

  @Test
  void searchNfkc_agreesWithTheNormalizer_onEveryCharacter() {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (!Character.isSurrogate((char) c)) {
        assertThat(FoldedText.nfkc(c))
            .as("U+%04X", c)
            .isEqualTo(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
      }
    }
  }

  @Test
  void fold_foldsWidthCaseAndInvisibleCharacters() {
    assertThat(NameIndex.fold("ＣＮＩＰＡ")).isEqualTo("cnipa");
    assertThat(NameIndex.fold("知识产权局\u200B")).isEqualTo("知识产权局");
    assertThat(NameIndex.fold("广州市市场监督管理局（广州市知识产权局）")).isEqualTo("广州市市场监督管理局(广州市知识产权局)");
    assertThat(NameIndex.fold("Ⅻ ﬁ")).isEqualTo("xii fi");
  }
}
