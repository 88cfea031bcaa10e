package io.github.ipplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BaselineTest {
  private static Baseline.Builder baseline() {
    return Baseline.builder().value(new BigDecimal("151.4")).year(2020).evidence("有效注册商标总量151.4万件");
  }

  @Test
  void aBaselineWithEvidence_isAccepted() {
    assertThat(baseline().build().value()).isEqualByComparingTo("151.4");
  }

  @Test
  void blankEvidence_isRejected() {
    assertThatThrownBy(() -> baseline().evidence(" ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Baseline evidence must not be blank");
  }

  @Test
  void aYearOutOfRange_isRejected() {
    assertThatThrownBy(() -> baseline().year(1900).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A baseline is the year 1900, outside 1949–2100");
  }
}
