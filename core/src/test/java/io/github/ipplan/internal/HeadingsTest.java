package io.github.ipplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingsTest {
  @Test
  void name_isTheNumeralAndTitle_quoted() {
    assertThat(Headings.name("二", "别处")).isEqualTo("'二 别处'");
  }

  @Test
  void distinctNumerals_areAccepted_evenWithOneTitle() {
    assertThatCode(() -> Headings.checkNumerals(List.of("一", "二"), "here"))
        .doesNotThrowAnyException();
    assertThatCode(() -> Headings.checkNumerals(List.of(), "here")).doesNotThrowAnyException();
  }

  @Test
  void aNumeralUsedTwice_isRejected_withTheNumeralAndWhere() {
    assertThatThrownBy(() -> Headings.checkNumerals(List.of("一", "二", "一"), "under '一 部分'"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Two headings are numbered '一' under '一 部分'");
    assertThatThrownBy(() -> Headings.checkNumerals(List.of("一", "二", "二", "一"), "here"))
        .hasMessage("Two headings are numbered '二' here");
  }
}
