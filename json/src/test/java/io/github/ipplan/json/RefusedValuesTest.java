package io.github.ipplan.json;

import static io.github.ipplan.json.Json.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import io.github.ipplan.yaml.PlanLoadException;
import io.github.ipplan.yaml.PlanLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the YAML loader refuses, the JSON reader refuses too, at the value's path and in the
 * loader's words; numbers that are not finite or too long to write out are refused where they
 * stand.
 */
class RefusedValuesTest {
  private static final ObjectNode GOOD = MAPPER.valueToTree(BundledPlans.load());

  /** A mapper that reads NaN and Infinity as numbers. */
  private static final ObjectMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .addModule(new IpplanModule())
          .build();

  private static final String TARGET = "$.plans[1].indicators[0].target";

  @TempDir Path directory;

  private static String damaged(Consumer<ObjectNode> damage) {
    ObjectNode document = GOOD.deepCopy();
    damage.accept(document);
    return document.toString();
  }

  private static void assertRefused(ObjectMapper mapper, String json, String message) {
    assertThatThrownBy(() -> mapper.readValue(json, PlanCatalog.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(message);
  }

  private static void assertRefused(Consumer<ObjectNode> damage, String message) {
    assertRefused(MAPPER, damaged(damage), message);
  }

  private static ObjectNode plan(ObjectNode document, int index) {
    return (ObjectNode) document.get("plans").get(index);
  }

  private static ObjectNode measure(ObjectNode document) {
    return (ObjectNode) plan(document, 0).get("measures").get(0);
  }

  private static ObjectNode indicator(ObjectNode document) {
    return (ObjectNode) plan(document, 1).get("indicators").get(0);
  }

  /** The catalog with the first Guangzhou target written as given, such as {@code NaN}. */
  private static String withTarget(String number) {
    return damaged(document -> indicator(document).put("target", "@target@"))
        .replace("\"@target@\"", number);
  }

  /** The problem and hint the loader reports for a plan whose first task or source is given. */
  private String loaderSays(String task, String source) throws IOException {
    Path file = directory.resolve("plan.yaml");
    Files.writeString(
        file,
        "id: hostile\ntitle: 示例计划\nissuer: 联席会议办公室\nissued: 2023-03-01\n"
            + "status: in-force\nperiod: {from: 2023, to: 2023}\nsource: "
            + source
            + "\nparts:\n  - numeral: 一\n    title: 完善制度\n    measures:\n"
            + "      - number: 1\n        text: "
            + task
            + "\n        responsible: [知识产权局]\n",
        StandardCharsets.UTF_8);
    try {
      PlanLoader.load(file);
    } catch (PlanLoadException e) {
      return e.problem() + "; " + e.hint();
    }
    throw new AssertionError("the loader loaded " + task + " from " + source);
  }

  @Test
  void aForbiddenCharacter_isRefusedInTheLoadersWords() throws IOException {
    String nul =
        "the text holds U+0000, a control character or noncharacter, which a plan's text"
            + " may not hold; at character 3 of the text";
    assertThat(loaderSays("\"推进\\0修订\"", "https://example.org/plan")).isEqualTo(nul);
    assertRefused(
        document -> measure(document).put("text", "推进\u0000修订"),
        "$.plans[0].measures[0].text: " + nul);

    String lone =
        "the text holds an unpaired surrogate U+D800, which is not a character; at"
            + " character 2 of the text";
    assertThat(loaderSays("\"推\\uD800进\"", "https://example.org/plan")).isEqualTo(lone);
    assertRefused(
        document -> measure(document).put("text", "推\uD800进"),
        "$.plans[0].measures[0].text: " + lone);

    String nonCharacter =
        "the text holds U+FFFE, a control character or noncharacter, which a"
            + " plan's text may not hold; at character 1 of the text";
    assertThat(loaderSays("\"\\uFFFE推进\"", "https://example.org/plan")).isEqualTo(nonCharacter);
    assertRefused(
        document -> measure(document).put("text", "\uFFFE推进"),
        "$.plans[0].measures[0].text: " + nonCharacter);
  }

  @Test
  void aForbiddenCharacterOutsideThePlane_isNamedByItsCodePoint() {
    assertRefused(
        document -> plan(document, 0).withArray("notes").add("注\uD83F\uDFFF"),
        "$.plans[0].notes[0]: the text holds U+1FFFF, a control character or noncharacter");
    assertRefused(
        document -> measure(document).put("text", "\uDBFF"),
        "$.plans[0].measures[0].text: the text holds an unpaired surrogate U+DBFF");
    assertRefused(
        document -> measure(document).put("text", "\uDC00推进"),
        "$.plans[0].measures[0].text: the text holds an unpaired surrogate U+DC00");
  }

  @Test
  void aKeyHoldingAForbiddenCharacter_isRefusedWithItsPathEscaped() {
    assertRefused(
        MAPPER,
        "{\"bodies\": [], \"plans\": [], \"a\\u0007\": 1}",
        "$['a\\u0007']: the text holds U+0007, a control character or noncharacter");
  }

  @Test
  void aSourceOtherThanAWebAddress_isRefusedInTheLoadersWords() throws IOException {
    String file =
        "expected an http or https address but found 'file:///etc/passwd'; a plan's"
            + " source is the web page it was published on";
    assertThat(loaderSays("推进修订。", "file:///etc/passwd")).isEqualTo(file);
    assertRefused(
        document -> plan(document, 0).put("source", "file:///etc/passwd"),
        "$.plans[0].source: " + file);
    assertRefused(
        document -> plan(document, 0).put("source", "https:example.org"),
        "$.plans[0].source: expected an http or https address but found 'https:example.org'");
    assertRefused(
        document -> plan(document, 0).put("source", "//example.org/plan"),
        "$.plans[0].source: expected an http or https address but found '//example.org/plan'");
    assertRefused(
        document -> plan(document, 0).put("source", "http://a b/"),
        "$.plans[0].source: invalid address 'http://a b/': Illegal character in authority");
  }

  @Test
  void aWebAddress_isReadInEitherCase() throws Exception {
    PlanCatalog catalog =
        MAPPER.readValue(
            damaged(document -> plan(document, 0).put("source", "HTTPS://example.org/plan")),
            PlanCatalog.class);
    assertThat(catalog.plan("national-2021-2022").orElseThrow().source())
        .contains(URI.create("HTTPS://example.org/plan"));
  }

  @Test
  void aBlankText_isRefusedInTheLoadersWords() {
    assertRefused(
        document -> measure(document).put("text", ""),
        "$.plans[0].measures[0].text: expected text but found an empty value");
    assertRefused(
        document -> measure(document).put("text", "\u3000 \u200B"),
        "$.plans[0].measures[0].text: expected text but found only white space or invisible"
            + " characters");
    assertRefused(
        document -> plan(document, 0).withArray("notes").add("注").add(" "),
        "$.plans[0].notes[1]: expected text but found only white space");
  }

  @Test
  void aDate_isWrittenYearMonthDay() {
    assertRefused(
        document -> plan(document, 0).put("issued", "+12021-12-27"),
        "$.plans[0].issued: must be a date such as 2021-12-27, not '+12021-12-27'");
  }

  @Test
  void notANumber_isRefusedAtItsPathByALenientMapper() {
    assertRefused(
        LENIENT, withTarget("NaN"), TARGET + ": expected a decimal number but found 'NaN'");
    assertRefused(
        LENIENT,
        withTarget("Infinity"),
        TARGET + ": expected a decimal number but found 'Infinity'");
    assertRefused(
        LENIENT,
        withTarget("-Infinity"),
        TARGET + ": expected a decimal number but found '-Infinity'");
  }

  @Test
  void notANumber_isRefusedFromATree() {
    ObjectNode document = GOOD.deepCopy();
    indicator(document).set("target", DoubleNode.valueOf(Double.POSITIVE_INFINITY));
    assertThatThrownBy(() -> MAPPER.treeToValue(document, PlanCatalog.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(TARGET + ": expected a decimal number but found 'Infinity'");
  }

  @Test
  void aNumberTooLongToWriteOut_isRefusedAtItsPath() {
    assertRefused(
        MAPPER,
        withTarget("1e999999999"),
        TARGET
            + ": the number '1e999999999' has 1000000000 characters written out in full, more"
            + " than the limit of 65536");
    assertRefused(
        MAPPER,
        withTarget("-1e-999999999"),
        TARGET + ": the number '-1e-999999999' has 1000000002 characters written out in full");
  }

  @Test
  void aNumberWithAnExponent_isReadAsThePlanPrintsIt() throws Exception {
    PlanCatalog catalog = MAPPER.readValue(withTarget("1.6e2"), PlanCatalog.class);
    BigDecimal target =
        catalog.plan("guangzhou-2021-2025").orElseThrow().indicators().get(0).target();
    assertThat(target).isEqualTo(new BigDecimal("160"));
    assertThat(target.scale()).isZero();
    PlanCatalog small = MAPPER.readValue(withTarget("2.5e-1"), PlanCatalog.class);
    assertThat(small.plan("guangzhou-2021-2025").orElseThrow().indicators().get(0).target())
        .isEqualTo(new BigDecimal("0.25"));
  }

  @Test
  void anUnusualKey_isQuotedInThePath() {
    assertRefused(
        document -> measure(document).put("a b", 1),
        "$.plans[0].measures[0]['a b']: is not a field here");
    assertRefused(
        document -> measure(document).put("x".repeat(81), 1),
        "$.plans[0].measures[0]['" + "x".repeat(80) + "…' (81 characters)]: is not a field here");
    assertRefused(
        document -> measure(document).put("x".repeat(80), 1),
        "$.plans[0].measures[0]." + "x".repeat(80) + ": is not a field here");
    assertRefused(
        document -> measure(document).put("7up", 1),
        "$.plans[0].measures[0]['7up']: is not a field here");
  }

  @Test
  void aLongWrongValue_isQuotedCut() {
    assertRefused(
        document -> measure(document).put("number", "x".repeat(81)),
        "$.plans[0].measures[0].number: must be a whole number, not the string '"
            + "x".repeat(80)
            + "…' (81 characters)");
    assertRefused(
        document -> measure(document).put("number", "x".repeat(80)),
        "$.plans[0].measures[0].number: must be a whole number, not the string \""
            + "x".repeat(80)
            + "\"");
    assertRefused(
        document ->
            measure(document).set("text", DecimalNode.valueOf(new BigDecimal("1".repeat(81)))),
        "$.plans[0].measures[0].text: must be a string, not '" + "1".repeat(80) + "…'");
  }

  @Test
  void aValueInAMessage_isQuotedAndEscaped() {
    assertRefused(
        document ->
            ((ObjectNode) measure(document).get("responsibilities").get(0))
                .put("body", "cnipa\u200B"),
        "$.plans[0].measures[0].responsibilities[0].body: no body has the id 'cnipa\\u200B'");
  }
}
