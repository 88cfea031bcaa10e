package io.github.ipplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void isBlank_isTrueForEmptyText_whiteSpace_andInvisibleFormatCharacters() {
    assertThat(Texts.isBlank("")).isTrue();
    assertThat(Texts.isBlank(" \t\n")).isTrue();
    assertThat(Texts.isBlank("\u00A0\u3000")).isTrue(); // no-break and ideographic spaces
    assertThat(Texts.isBlank("\u200B\uFEFF")).isTrue(); // zero width space, byte order mark
  }

  @Test
  void isBlank_isFalseForAnyVisibleCharacter_whereverItIs() {
    assertThat(Texts.isBlank("知")).isFalse();
    assertThat(Texts.isBlank(" \u3000知")).isFalse();
    assertThat(Texts.isBlank("\u200B\uD840\uDC00")).isFalse(); // U+20000, outside the BMP
  }

  @Test
  void firstForbidden_isMinusOneForPlanText_tabsAndLineFeedsIncluded() {
    assertThat(Texts.firstForbidden("")).isEqualTo(-1);
    assertThat(Texts.firstForbidden("第一行\n\t第二行")).isEqualTo(-1);
    assertThat(Texts.firstForbidden("\uD840\uDC00\uD840\uDC01")).isEqualTo(-1); // a pair of pairs
    assertThat(Texts.firstForbidden("\uFFFD\uFDCF\uFDF0")).isEqualTo(-1); // next to noncharacters
  }

  @Test
  void firstForbidden_givesTheCharIndexOfAControlCharacter_otherThanTabAndLineFeed() {
    assertThat(Texts.firstForbidden("\u0000")).isEqualTo(0);
    assertThat(Texts.firstForbidden("ab\r")).isEqualTo(2);
    assertThat(Texts.firstForbidden("a\u0085")).isEqualTo(1);
    assertThat(Texts.firstForbidden("\uD840\uDC00\u0007")).isEqualTo(2); // after a surrogate pair
  }

  @Test
  void firstForbidden_findsNoncharacters_inAndOutsideTheBasicPlane() {
    assertThat(Texts.firstForbidden("a\uFDD0")).isEqualTo(1);
    assertThat(Texts.firstForbidden("a\uFDEF")).isEqualTo(1);
    assertThat(Texts.firstForbidden("ab\uFFFE")).isEqualTo(2);
    assertThat(Texts.firstForbidden("\uFFFF")).isEqualTo(0);
    assertThat(Texts.firstForbidden("a\uD83F\uDFFE")).isEqualTo(1); // U+1FFFE
    assertThat(Texts.firstForbidden("\uDBFF\uDFFF")).isEqualTo(0); // U+10FFFF
  }

  @Test
  void firstForbidden_findsLoneSurrogates() {
    assertThat(Texts.firstForbidden("a\uD800")).isEqualTo(1); // high, at the end
    assertThat(Texts.firstForbidden("\uD800a")).isEqualTo(0); // high, before a non-surrogate
    assertThat(Texts.firstForbidden("ab\uDC00")).isEqualTo(2); // low, alone
    assertThat(Texts.firstForbidden("\uDC00\uD800")).isEqualTo(0); // a pair in the wrong order
  }

  @Test
  void isPrintable_isFalseForControlFormatSurrogateUnassignedAndNoncharacters() {
    assertThat(Texts.isPrintable('知')).isTrue();
    assertThat(Texts.isPrintable(' ')).isTrue();
    assertThat(Texts.isPrintable(0x20000)).isTrue();
    assertThat(Texts.isPrintable(0x0000)).isFalse();
    assertThat(Texts.isPrintable(0x200B)).isFalse();
    assertThat(Texts.isPrintable(0xD800)).isFalse();
    assertThat(Texts.isPrintable(0x0378)).isFalse(); // unassigned
    assertThat(Texts.isPrintable(0xFDD0)).isFalse();
    assertThat(Texts.isPrintable(0xFDEF)).isFalse();
    assertThat(Texts.isPrintable(0xFDF0)).isTrue();
    assertThat(Texts.isPrintable(0xFFFE)).isFalse();
    assertThat(Texts.isPrintable(0x2FFFF)).isFalse();
  }

  @Test
  void simplified_foldsATraditionalIdeograph_andLeavesOtherCharactersAlone() {
    assertThat(Texts.simplified('見')).isEqualTo('见');
    assertThat(Texts.simplified('產')).isEqualTo('产');
    assertThat(Texts.simplified('见')).isEqualTo('见');
    assertThat(Texts.simplified('a')).isEqualTo('a');
  }

  @Test
  void isId_acceptsLowerCaseWordsJoinedBySingleHyphens_only() {
    assertThat(Texts.isId("national-2021-2022")).isTrue();
    assertThat(Texts.isId("cnipa")).isTrue();
    assertThat(Texts.isId("National-2021")).isFalse();
    assertThat(Texts.isId("national--2021")).isFalse();
    assertThat(Texts.isId("-national")).isFalse();
    assertThat(Texts.isId("national-")).isFalse();
    assertThat(Texts.isId("")).isFalse();
    assertThat(Texts.isId("国家")).isFalse();
  }
}
