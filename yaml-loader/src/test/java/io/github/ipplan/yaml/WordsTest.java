package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.AgencyKind;
import io.github.ipplan.Assignment;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void word_isTheConstantInLowerCase_withHyphens() {
    assertThat(Words.word(AgencyKind.PEOPLES_ORGANISATION)).isEqualTo("peoples-organisation");
    assertThat(Words.word(Assignment.BY_DUTY)).isEqualTo("by-duty");
    assertThat(Words.of(Assignment.values()))
        .containsExactly(
            java.util.Map.entry("joint", Assignment.JOINT),
            java.util.Map.entry("by-duty", Assignment.BY_DUTY));
  }

  @Test
  void sentence_makesAClauseOfADomainMessage_withoutItsCapitalAndFullStop() {
    assertThat(Words.sentence("Agency 'x' has no printed name"))
        .isEqualTo("agency 'x' has no printed name");
    assertThat(Words.sentence("Heading title must not be blank."))
        .isEqualTo("heading title must not be blank");
    assertThat(Words.sentence("A")).isEqualTo("a");
    assertThat(Words.sentence(".")).isEmpty();
    assertThat(Words.sentence("")).isEmpty();
  }
}
