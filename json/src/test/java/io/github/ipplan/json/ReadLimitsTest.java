package io.github.ipplan.json;

import static io.github.ipplan.json.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.ipplan.PlanCatalog;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Each limit of the reader, at the limit (read on, to the next check) and one past it (refused at
 * its path while the document streams).
 */
class ReadLimitsTest {
  /** A mapper whose parser lets longer names and numbers through, to reach the reader's limits. */
  private static final ObjectMapper LAX =
      new ObjectMapper(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNameLength(1_000_000)
                          .maxNumberLength(1_000_000)
                          .build())
                  .build())
          .registerModule(new IpplanModule());

  private static final String EMPTY = "{\"bodies\": [], \"plans\": []";

  private static void assertRefused(ObjectMapper mapper, String json, String message) {
    assertThatThrownBy(() -> mapper.readValue(json, PlanCatalog.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(message);
  }

  private static void assertRefused(String json, String message) {
    assertRefused(MAPPER, json, message);
  }

  /** An empty catalog with one more field, which the reader refuses once the document is read. */
  private static String withField(String value) {
    return EMPTY + ", \"x\": " + value + "}";
  }

  private static final String PAST_STREAMING = "$.x: is not a field here";

  @Test
  void nesting_isReadTo32Deep() {
    // The document is 1 deep, the list of "x" 2 deep: 31 lists in all make 32.
    assertRefused(withField("[".repeat(31) + "]".repeat(31)), PAST_STREAMING);
    assertRefused(
        withField("[".repeat(32) + "]".repeat(32)),
        "$.x" + "[0]".repeat(31) + ": the document nests objects and lists more than 32 deep");
  }

  @Test
  void aString_isReadTo65536Characters() {
    assertRefused(withField("\"" + "知".repeat(65_536) + "\""), PAST_STREAMING);
    assertRefused(
        withField("\"" + "知".repeat(65_537) + "\""),
        "$.x: a value has 65537 characters, more than the limit of 65536");
  }

  @Test
  void aKey_isReadTo65536Characters() {
    String atLimit = "k".repeat(65_536);
    String shown = "'" + "k".repeat(80) + "…'";
    assertRefused(
        LAX,
        EMPTY + ", \"" + atLimit + "\": 1}",
        "$[" + shown + " (65536 characters)]: is not a field here");
    assertRefused(
        LAX,
        EMPTY + ", \"" + atLimit + "k\": 1}",
        "$["
            + shown
            + " (65537 characters)]: a key has 65537 characters, more than the limit of"
            + " 65536");
  }

  @Test
  void aNumber_isReadTo65536CharactersWrittenOut() {
    assertRefused(withField("1e65535"), PAST_STREAMING);
    assertRefused(
        withField("1e65536"),
        "$.x: the number '1e65536' has 65537 characters written out in full, more than the limit"
            + " of 65536");
    assertRefused(withField("1e-65534"), PAST_STREAMING);
    assertRefused(withField("-1e-65535"), "$.x: the number '-1e-65535' has 65538 characters");
    assertRefused(LAX, withField("7".repeat(65_536)), PAST_STREAMING);
    assertRefused(
        LAX,
        withField("7".repeat(65_537)),
        "$.x: a value has 65537 characters, more than the limit of 65536");
    assertRefused(
        LAX,
        withField("0." + "7".repeat(65_535)),
        "$.x: a value has 65537 characters, more than the limit of 65536");
  }

  @Test
  void theValues_areCountedTo400000() {
    // The document, two keys and their lists, "x" and its list: 7 values, then the items.
    assertRefused(withField("[" + "0,".repeat(399_992) + "0]"), PAST_STREAMING);
    assertRefused(
        withField("[" + "0,".repeat(399_993) + "0]"),
        "$.x[399993]: the document has more than 400000 values (objects, lists, keys, strings,"
            + " numbers, booleans and nulls)");
  }

  @Test
  void theDocument_isReadTo16MiB() {
    int limit = 16 * 1024 * 1024;
    String tail = ", \"x\": 1}";
    String atLimit = EMPTY + " ".repeat(limit - EMPTY.length() - tail.length()) + tail;
    assertThat(atLimit).hasSize(limit);
    assertRefused(atLimit, PAST_STREAMING);
    // Checked as each token is read: here at the closing brace, back at the document.
    assertRefused(" " + atLimit, "$: the document has more than 16777216 characters");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    (" " + atLimit).getBytes(StandardCharsets.UTF_8), PlanCatalog.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$: the document has more than 16777216 bytes");
  }

  @Test
  void aDocumentCutShort_isRefused() throws Exception {
    TokenBuffer tokens = new TokenBuffer(MAPPER, false);
    tokens.writeStartObject();
    tokens.writeFieldName("bodies");
    tokens.writeStartArray();
    assertThatThrownBy(() -> MAPPER.readValue(tokens.asParser(), PlanCatalog.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "$.bodies[0]: the document ends before its objects and lists are closed");
  }
}
