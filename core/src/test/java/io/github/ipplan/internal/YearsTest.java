package io.github.ipplan.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YearsTest {
  @Test
  void theFirstAndLastYears_areAccepted() {
    assertThatCode(() -> Years.check(1949, "The year")).doesNotThrowAnyException();
    assertThatCode(() -> Years.check(2100, "The year")).doesNotThrowAnyException();
  }

  @Test
  void aYearBeforeTheFirst_isRejected_namingWhatNamedIt() {
    assertThatThrownBy(() -> Years.check(1948, "The target of indicator 3"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The target of indicator 3 is the year 1948, outside 1949–2100");
  }

  @Test
  void aYearAfterTheLast_isRejected() {
    assertThatThrownBy(() -> Years.check(2101, "A baseline"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A baseline is the year 2101, outside 1949–2100");
  }
}
