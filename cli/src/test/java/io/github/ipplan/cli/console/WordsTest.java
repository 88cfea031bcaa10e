package io.github.ipplan.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.AgencyKind;
import io.github.ipplan.IndicatorKind;
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

  @Test
  void spaced_writesTheDomainsWordsAsAPersonWritesThem() {
    assertThat(Words.spaced(IndicatorKind.SHARE_OF_GDP)).isEqualTo("share of GDP");
    assertThat(Words.spaced(AgencyKind.NON_GOVERNMENT_ORGANISATION))
        .isEqualTo("non-government organisation");
    assertThat(Words.spaced(AgencyKind.PEOPLES_ORGANISATION)).isEqualTo("people's organisation");
    assertThat(Words.spaced(AgencyKind.BODY_UNDER_STATE_COUNCIL))
        .isEqualTo("body under the State Council");
    assertThat(Words.spaced(AgencyKind.PUBLIC_INSTITUTION_UNDER_STATE_COUNCIL))
        .isEqualTo("public institution under the State Council");
    assertThat(Words.spaced(AgencyKind.STATE_COUNCIL_MINISTRY)).isEqualTo("State Council ministry");
  }

  @Test
  void hyphenated_keepsTheWordsAsTheyAre() {
    assertThat(Words.hyphenated(IndicatorKind.SHARE_OF_GDP)).isEqualTo("share-of-gdp");
    assertThat(Words.hyphenated(AgencyKind.PEOPLES_ORGANISATION)).isEqualTo("peoples-organisation");
  }
}
