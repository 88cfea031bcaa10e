package io.github.ipplan.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountsTest {
  @Test
  void of_isTheSingularForOne_andThePluralForEveryOtherCount() {
    assertThat(Counts.of(1, "task")).isEqualTo("1 task");
    assertThat(Counts.of(0, "task")).isEqualTo("0 tasks");
    assertThat(Counts.of(2, "task")).isEqualTo("2 tasks");
    assertThat(Counts.of(115, "measure")).isEqualTo("115 measures");
  }

  @Test
  void of_putsTheNounInAgreement_aYBecomingIes() {
    assertThat(Counts.of(1, "body")).isEqualTo("1 body");
    assertThat(Counts.of(3, "body")).isEqualTo("3 bodies");
  }

  @Test
  void plural_endsInIes_afterAConsonantAndY_andInS_otherwise() {
    assertThat(Counts.plural("body")).isEqualTo("bodies");
    assertThat(Counts.plural("registry")).isEqualTo("registries");
    assertThat(Counts.plural("key")).isEqualTo("keys");
    assertThat(Counts.plural("plan")).isEqualTo("plans");
    assertThat(Counts.plural("y")).isEqualTo("ies");
  }
}
