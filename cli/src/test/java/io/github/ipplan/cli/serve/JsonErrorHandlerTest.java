package io.github.ipplan.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a client is told about a request the HTTP server refuses before the routes see it. */
class JsonErrorHandlerTest {
  private static final JsonErrorHandler HANDLER =
      new JsonErrorHandler(
          new ServeLimits(
              1,
              Duration.ofSeconds(1),
              1,
              1,
              Duration.ofSeconds(1),
              Duration.ofSeconds(1),
              Duration.ofSeconds(1),
              1_234_567,
              1,
              1,
              1,
              1,
              Duration.ofSeconds(1),
              1));

  @Test
  void aHeadTooLarge_namesTheLimitInBytes() {
    assertThat(HANDLER.message(414, "URI Too Long"))
        .isEqualTo("The request line is longer than 1,234,567 bytes.");
    assertThat(HANDLER.message(431, null))
        .isEqualTo("The request line and headers are larger than 1,234,567 bytes.");
  }

  @Test
  void aMalformedRequest_isNotWellFormed_withTheReasonWhereThereIsOne() {
    assertThat(HANDLER.message(400, null)).isEqualTo("Not a well-formed HTTP request.");
    assertThat(HANDLER.message(400, "Bad Request")).isEqualTo("Not a well-formed HTTP request.");
    assertThat(HANDLER.message(400, "No Host"))
        .isEqualTo("Not a well-formed HTTP request: 'No Host'.");
    assertThat(HANDLER.message(400, "x".repeat(201)))
        .isEqualTo("Not a well-formed HTTP request: '" + "x".repeat(200) + "…' (201 characters).");
  }

  @Test
  void anyOtherStatus_isItsName_withTheReasonWhereItSaysMore() {
    assertThat(HANDLER.message(505, null)).isEqualTo("HTTP Version Not Supported.");
    assertThat(HANDLER.message(505, "HTTP Version Not Supported"))
        .isEqualTo("HTTP Version Not Supported.");
    assertThat(HANDLER.message(505, "Unknown Version"))
        .isEqualTo("HTTP Version Not Supported: 'Unknown Version'.");
    assertThat(HANDLER.message(503, null)).isEqualTo("Service Unavailable.");
  }
}
