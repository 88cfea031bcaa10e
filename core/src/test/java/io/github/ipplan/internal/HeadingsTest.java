package io.github.ipplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.Heading;
import io.github.ipplan.HeadingKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingsTest {
  private static Heading section(String numeral, String title) {
    return Heading.builder().kind(HeadingKind.SECTION).numeral(numeral).title(title).build();
  }

  @Test
  void name_isTheNumeralAndTitle_quoted() {
    assertThat(Headings.name(section("二", "别处"))).isEqualTo("'二 别处'");
  }

  @Test
  void distinctNumerals_areAccepted_evenWithOneTitle() {
    assertThatCode(
            () -> Headings.checkNumerals(List.of(section("一", "节"), section("二", "节")), "here"))
        .doesNotThrowAnyException();
    assertThatCode(() -> Headings.checkNumerals(List.of(), "here")).doesNotThrowAnyException();
  }

  @Test
  void aNumeralUsedTwice_isRejected_withTheNumeralAndWhere() {
    List<Heading> headings = List.of(section("一", "甲"), section("二", "乙"), section("一", "丙"));

    assertThatThrownBy(() -> Headings.checkNumerals(headings, "under '一 部分'"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Two headings are numbered '一' under '一 部分'");
  }
}
