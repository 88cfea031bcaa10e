package io.github.ipplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeadingTest {
  private static Heading.Builder heading(HeadingKind kind) {
    return Heading.builder().kind(kind).numeral("三").title("完善规则");
  }

  @Test
  void printedLabel_ofAPartOrChapter_isTheNumeralAndAnEnumerationComma() {
    assertThat(heading(HeadingKind.PART).build().printedLabel()).isEqualTo("三、");
    assertThat(heading(HeadingKind.CHAPTER).build().printedLabel()).isEqualTo("三、");
  }

  @Test
  void printedLabel_ofASection_isTheNumeralInFullWidthParentheses() {
    assertThat(heading(HeadingKind.SECTION).build().printedLabel()).isEqualTo("（三）");
  }

  @Test
  void printedLabel_isTheLabelWhereOneIsGiven() {
    assertThat(heading(HeadingKind.SECTION).label("(三)").build().printedLabel()).isEqualTo("(三)");
  }

  @Test
  void aBlankNumeral_isRejected() {
    assertThatThrownBy(() -> heading(HeadingKind.PART).numeral("\u3000").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Heading numeral must not be blank");
  }

  @Test
  void aBlankTitle_isRejected() {
    assertThatThrownBy(() -> heading(HeadingKind.PART).title(" ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Heading title must not be blank");
  }
}
