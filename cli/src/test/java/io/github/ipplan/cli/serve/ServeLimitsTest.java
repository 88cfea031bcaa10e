package io.github.ipplan.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The limits serve runs with, as the table "Limits of serve" of docs/json-rest-datapackage.md. */
class ServeLimitsTest {
  private static final ServeLimits LIMITS = ServeLimits.DEFAULT;

  @Test
  void theDefaults_areTheDocumentedLimits() {
    assertThat(LIMITS.maxHeadBytes()).isEqualTo(16_384);
    assertThat(LIMITS.maxQueryChars()).isEqualTo(1000);
    assertThat(LIMITS.maxTerms()).isEqualTo(64);
    assertThat(LIMITS.headTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(LIMITS.idleTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(LIMITS.answerTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(LIMITS.maxConnections()).isEqualTo(256);
    assertThat(LIMITS.busyIdleTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(LIMITS.threads()).isEqualTo(16);
    assertThat(LIMITS.queuedTasks()).isEqualTo(1024);
    assertThat(LIMITS.searchThreads())
        .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2))
        .isPositive();
    assertThat(LIMITS.queuedSearches()).isEqualTo(256);
    assertThat(LIMITS.searchWait()).isEqualTo(Duration.ofSeconds(10));
    assertThat(LIMITS.maxAnswerBytes()).isEqualTo(67_108_864);
  }

  @Test
  void withTimeouts_changesTheThreeTimeouts_andNothingElse() {
    ServeLimits changed =
        LIMITS.withTimeouts(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(3));

    assertThat(changed)
        .isEqualTo(
            new ServeLimits(
                256,
                Duration.ofSeconds(1),
                16,
                1024,
                Duration.ofMillis(1),
                Duration.ofMillis(2),
                Duration.ofMillis(3),
                16_384,
                1000,
                64,
                LIMITS.searchThreads(),
                256,
                Duration.ofSeconds(10),
                67_108_864));
  }

  @Test
  void withConnections_changesTheLimitAndItsIdleTimeout_andNothingElse() {
    ServeLimits changed = LIMITS.withConnections(8, Duration.ofMillis(500));

    assertThat(changed)
        .isEqualTo(
            new ServeLimits(
                8,
                Duration.ofMillis(500),
                16,
                1024,
                Duration.ofSeconds(10),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                16_384,
                1000,
                64,
                LIMITS.searchThreads(),
                256,
                Duration.ofSeconds(10),
                67_108_864));
  }

  @Test
  void withSearchesAndAnswers_changesTheSearchThreadsQueueAndAnswerBytes_andNothingElse() {
    ServeLimits changed = LIMITS.withSearchesAndAnswers(3, 5, 7);

    assertThat(changed)
        .isEqualTo(
            new ServeLimits(
                256,
                Duration.ofSeconds(1),
                16,
                1024,
                Duration.ofSeconds(10),
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                16_384,
                1000,
                64,
                3,
                5,
                Duration.ofSeconds(10),
                7));
  }
}
