package io.github.ipplan.json;

import static io.github.ipplan.json.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import io.github.ipplan.yaml.PlanLoader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile catalog documents, each read from a stream generated as it is read (no fixture is
 * stored): each ends under the module's 256 MiB test heap in a {@link MismatchedInputException}
 * whose message starts with the path at fault, well within a second on an idle machine (the bound
 * checked, five seconds, leaves room for a busy one).
 */
class HostileJsonTest {
  private static final Duration BOUND = Duration.ofSeconds(5);
  private static final ObjectNode GOOD = MAPPER.valueToTree(BundledPlans.load());

  @TempDir Path directory;

  /** A stream of UTF-8 text made of parts, each repeated a number of times, produced as read. */
  private static final class Generated extends InputStream {
    private final List<byte[]> parts;
    private final List<Integer> times;
    private int part;
    private int round;
    private int at;

    Generated(Object... partsAndTimes) {
      this.parts = new ArrayList<>();
      this.times = new ArrayList<>();
      for (int i = 0; i < partsAndTimes.length; i += 2) {
        parts.add(((String) partsAndTimes[i]).getBytes(StandardCharsets.UTF_8));
        times.add((Integer) partsAndTimes[i + 1]);
      }
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int written = 0;
      while (written < length && part < parts.size()) {
        byte[] bytes = parts.get(part);
        if (round >= times.get(part)) {
          part++;
          round = 0;
          at = 0;
          continue;
        }
        int n = Math.min(length - written, bytes.length - at);
        System.arraycopy(bytes, at, buffer, offset + written, n);
        written += n;
        at += n;
        if (at == bytes.length) {
          at = 0;
          round++;
        }
      }
      return written == 0 && length > 0 ? -1 : written;
    }
  }

  private static String refusal(ObjectMapper mapper, InputStream in) {
    return assertTimeoutPreemptively(
        BOUND,
        () -> {
          Throwable thrown = catchThrowable(() -> mapper.readValue(in, PlanCatalog.class));
          assertThat(thrown).isInstanceOf(MismatchedInputException.class);
          return thrown.getMessage();
        });
  }

  private static String refusal(ObjectMapper mapper, String json) {
    return refusal(mapper, new Generated(json, 1));
  }

  private static String withTarget(String number) {
    ObjectNode document = GOOD.deepCopy();
    ((ObjectNode) document.get("plans").get(1).get("indicators").get(0)).put("target", "@t@");
    return document.toString().replace("\"@t@\"", number);
  }

  @Test
  void nestedObjectsWithLongKeys_areRefusedAt32Deep() {
    // 999 objects inside one another, each under a 2,000-character key: 2 MB.
    String key = "k".repeat(2_000);
    String message = refusal(MAPPER, new Generated("{\"" + key + "\":", 999, "{}", 1, "}", 999));
    String step = "['" + "k".repeat(80) + "…' (2000 characters)]";
    assertThat(message)
        .startsWith(
            "$"
                + step.repeat(32)
                + ": the document nests objects and lists more than 32"
                + " deep");
    assertThat(message.length()).isLessThan(4_000);
  }

  @Test
  void millionsOfEmptyObjects_areRefusedAt400000Values() {
    // 5,000,000 empty objects: 15 MB.
    String message =
        refusal(MAPPER, new Generated("{\"bodies\":[", 1, "{},", 4_999_999, "{}]}", 1));
    assertThat(message)
        .startsWith(
            "$.bodies[399997]: the document has more than 400000 values (objects, lists, keys,"
                + " strings, numbers, booleans and nulls)");
  }

  @Test
  void aTenMillionCharacterText_isRefusedAtItsPath() {
    String message =
        refusal(MAPPER, new Generated("{\"bodies\":[{\"id\":\"", 1, "知识产权", 2_500_000, "\"}]}", 1));
    assertThat(message)
        .startsWith(
            "$.bodies[0].id: a value has 10000000 characters, more than the limit of 65536");
  }

  @Test
  void aTargetOfAThousandMillionDigits_isRefused() {
    assertThat(refusal(MAPPER, withTarget("1e999999999")))
        .startsWith(
            "$.plans[1].indicators[0].target: the number '1e999999999' has 1000000000"
                + " characters written out in full, more than the limit of 65536");
  }

  @Test
  void nanAndInfinity_areRefusedByALenientMapper() {
    ObjectMapper lenient =
        JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .addModule(new IpplanModule())
            .build();
    assertThat(refusal(lenient, withTarget("NaN")))
        .startsWith("$.plans[1].indicators[0].target: expected a decimal number but found 'NaN'");
    assertThat(refusal(lenient, withTarget("Infinity")))
        .startsWith(
            "$.plans[1].indicators[0].target: expected a decimal number but found 'Infinity'");
  }

  @Test
  void aNul_isRefused() {
    ObjectNode document = GOOD.deepCopy();
    ((ObjectNode) document.get("plans").get(0).get("measures").get(0)).put("text", "推进\0修订");
    assertThat(refusal(MAPPER, document.toString()))
        .startsWith(
            "$.plans[0].measures[0].text: the text holds U+0000, a control character or"
                + " noncharacter, which a plan's text may not hold; at character 3 of the text");
  }

  @Test
  void aLoneSurrogate_isRefused() {
    ObjectNode document = GOOD.deepCopy();
    ((ObjectNode) document.get("bodies").get(0)).put("englishName", "CNIPA\uD800");
    assertThat(refusal(MAPPER, document.toString().replace("\uD800", "\\uD800")))
        .startsWith(
            "$.bodies[0].englishName: the text holds an unpaired surrogate U+D800, which is not a"
                + " character; at character 6 of the text");
  }

  @Test
  void aFileSource_isRefused() {
    ObjectNode document = GOOD.deepCopy();
    ((ObjectNode) document.get("plans").get(0)).put("source", "file:///etc/passwd");
    assertThat(refusal(MAPPER, document.toString()))
        .startsWith(
            "$.plans[0].source: expected an http or https address but found"
                + " 'file:///etc/passwd'; a plan's source is the web page it was published on");
  }

  /**
   * The JSON of the largest plan the loader's limits admit (9,000 tasks of two bodies each, the
   * loader's own test of its limits) is within the reader's limits and reads back equal.
   */
  @Test
  void theLargestPlanTheLoaderLoads_readsBack() throws Exception {
    StringBuilder yaml =
        new StringBuilder(
            "id: large\ntitle: 示例计划\nissuer: 联席会议办公室\nissued: 2023-03-01\n"
                + "status: in-force\nperiod: {from: 2023, to: 2023}\nparts:\n");
    for (int number = 1; number <= 9_000; number++) {
      if ((number - 1) % 100 == 0) {
        int part = (number - 1) / 100 + 1;
        yaml.append("  - numeral: 第").append(part).append("部分\n    title: 部分").append(part);
        yaml.append("\n    measures:\n");
      }
      yaml.append("      - number: ")
          .append(number)
          .append("\n        text: 推进知识产权保护和运用工作，完善相关制度，加强部门协作，提升服务水平。\n")
          .append("        responsible: [知识产权局, 市场监管总局]\n");
    }
    Path file = directory.resolve("large.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    PlanCatalog catalog = PlanLoader.load(file);
    byte[] json = MAPPER.writeValueAsBytes(catalog);
    assertThat(json.length).isLessThan(16 * 1024 * 1024);

    PlanCatalog read =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> MAPPER.readValue(json, PlanCatalog.class));

    assertThat(read.plans()).isEqualTo(catalog.plans());
    assertThat(read.plan("large").orElseThrow().measures()).hasSize(9_000);
  }

  @Test
  void aDocumentPastTheLimits_isNotReadFurther() {
    // Past the values limit, the rest of a 15 MB stream is not read.
    Generated in = new Generated("{\"bodies\":[", 1, "{},", 4_999_999, "{}]}", 1);
    refusal(MAPPER, in);
    assertThat(in.read()).isNotEqualTo(-1);
  }
}
