package io.github.ipplan.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The server's log line: the problem, then the cause's type and message where there is one. */
class LogTest {
  @Test
  void aProblemWithoutCauseIsItsMessage() {
    assertThat(Log.line("Cannot write to standard output; answers are dropped", null))
        .isEqualTo("ipplan mcp: Cannot write to standard output; answers are dropped");
  }

  @Test
  void aCauseAddsItsTypeAndMessage() {
    assertThat(Log.line("Cannot answer a message", new IllegalStateException("closed")))
        .isEqualTo("ipplan mcp: Cannot answer a message: IllegalStateException: closed");
  }

  @Test
  void aCauseWithoutMessageAddsItsTypeAlone() {
    assertThat(Log.line("Cannot answer a message", new IllegalStateException()))
        .isEqualTo("ipplan mcp: Cannot answer a message: IllegalStateException");
  }
}
