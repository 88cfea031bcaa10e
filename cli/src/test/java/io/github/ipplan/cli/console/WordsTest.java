package io.github.ipplan.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
  /** Constants shaped like the domain's: one word, several words. */
  private enum Sample {
    LEAD,
    ANNUAL_GROWTH_RATE
  }

  @Test
  void spaced_isTheNameInLowerCase_withSpacesForUnderscores() {
    assertThat(Words.spaced(Sample.ANNUAL_GROWTH_RATE)).isEqualTo("annual growth rate");
    assertThat(Words.spaced(Sample.LEAD)).isEqualTo("lead");
  }

  @Test
  void hyphenated_isTheNameInLowerCase_withHyphensForUnderscores_asInTheYamlFormat() {
    assertThat(Words.hyphenated(Sample.ANNUAL_GROWTH_RATE)).isEqualTo("annual-growth-rate");
    assertThat(Words.hyphenated(Sample.LEAD)).isEqualTo("lead");
  }
}
