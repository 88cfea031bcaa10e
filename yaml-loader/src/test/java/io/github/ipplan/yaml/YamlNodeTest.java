package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a node's value is read, by its tag, and the located message when it is not what is wanted.
 */
class YamlNodeTest {
  private static YamlNode root(String yaml, LoadOptions options) {
    return YamlDocument.compose("t.yaml", yaml.getBytes(UTF_8), options);
  }

  /** The value under the key {@code v} of a one-key document. */
  private static YamlNode value(String yaml) {
    return root(yaml, LoadOptions.defaults())
        .mapping(ImmutableSet.of("v"), ImmutableSet.of())
        .get("v");
  }

  private static String textError(String yaml) {
    return message(() -> value(yaml).text());
  }

  private static String message(Runnable read) {
    try {
      read.run();
    } catch (PlanLoadException e) {
      return e.getMessage();
    }
    throw new AssertionError("no PlanLoadException");
  }

  @Test
  void text_readsStrings_andRefusesOtherScalars_describingWhatItFound() {
    assertThat(value("v: 知识产权局").text()).isEqualTo("知识产权局");
    assertThat(value("v: '2021'").text()).isEqualTo("2021");
    assertThat(textError("v: {a: b}"))
        .isEqualTo("t.yaml:1:4: expected text but found a mapping, at $.v");
    assertThat(textError("v: [a]")).isEqualTo("t.yaml:1:4: expected text but found a list, at $.v");
    assertThat(textError("v: 3"))
        .isEqualTo("t.yaml:1:4: expected text but found the number '3', at $.v");
    assertThat(textError("v: 3.5"))
        .isEqualTo("t.yaml:1:4: expected text but found the number '3.5', at $.v");
    assertThat(textError("v: true"))
        .isEqualTo("t.yaml:1:4: expected text but found the boolean 'true', at $.v");
    assertThat(textError("v: ~")).isEqualTo("t.yaml:1:4: expected text but found no value, at $.v");
    assertThat(textError("v: 2021-12-27"))
        .isEqualTo("t.yaml:1:4: expected text but found the date '2021-12-27', at $.v");
    assertThat(textError("v: !x a"))
        .isEqualTo("t.yaml:1:4: expected text but found a value tagged '!x', at $.v");
    assertThat(textError("v: !x {a: b}"))
        .isEqualTo("t.yaml:1:4: expected text but found a value tagged '!x', at $.v");
    assertThat(textError("v: !x [a]"))
        .isEqualTo("t.yaml:1:4: expected text but found a value tagged '!x', at $.v");
  }

  @Test
  void text_refusesEmptyAndBlankValues_sayingWhich() {
    assertThat(textError("v: ''"))
        .isEqualTo("t.yaml:1:4: expected text but found an empty value, at $.v");
    assertThat(textError("v: \"\\u3000\\u200B\""))
        .isEqualTo(
            "t.yaml:1:4: expected text but found only white space or invisible characters, at $.v");
  }

  @Test
  void text_refusesControlCharactersAndNoncharacters_atWhicheverCharacter() {
    assertThat(textError("v: \"\\aabc\""))
        .isEqualTo(
            "t.yaml:1:4: the text holds U+0007, a control character or "
                + "noncharacter, which a plan's text may not hold, at $.v; at character 1 of the text");
    // U+1FFFE is a noncharacter written as a surrogate pair: not an unpaired surrogate.
    assertThat(textError("v: \"x\\U0001FFFE\""))
        .isEqualTo(
            "t.yaml:1:4: the text holds U+1FFFE, a control "
                + "character or noncharacter, which a plan's text may not hold, at $.v; at character 2 of the text");
  }

  @Test
  void text_refusesUnpairedSurrogates_highOrLow() {
    assertThat(textError("v: \"ab\\uDC00\""))
        .isEqualTo(
            "t.yaml:1:4: the text holds an unpaired surrogate "
                + "U+DC00, which is not a character, at $.v; at character 3 of the text");
    assertThat(textError("v: \"\\uD800b\""))
        .isEqualTo(
            "t.yaml:1:4: the text holds an unpaired surrogate "
                + "U+D800, which is not a character, at $.v; at character 1 of the text");
  }

  @Test
  void scalars_ofExactlyTheLongestLength_areRead_andLongerOnesAreNot() {
    LoadOptions options = LoadOptions.defaults().withMaxScalarLength(5);
    YamlNode.Mapping map =
        root("v: abcde\nw: abcdef\n", options)
            .mapping(ImmutableSet.of("v", "w"), ImmutableSet.of());

    assertThat(map.get("v").text()).isEqualTo("abcde");
    assertThat(message(() -> map.get("w").text()))
        .isEqualTo("t.yaml:2:4: a value has 6 characters, more than the limit of 5, at $.w");
  }

  @Test
  void integer_readsDecimalWholeNumbers_only() {
    assertThat(value("v: 12").integer()).isEqualTo(12);
    assertThat(value("v: -3").integer()).isEqualTo(-3);
    assertThat(message(() -> value("v: 012").integer()))
        .isEqualTo(
            "t.yaml:1:4: expected a decimal whole "
                + "number but found '012', at $.v; write decimal digits without leading zeros");
    assertThat(message(() -> value("v: 99999999999").integer()))
        .isEqualTo("t.yaml:1:4: whole number out of range: '99999999999', at $.v");
    assertThat(message(() -> value("v: x").integer()))
        .isEqualTo("t.yaml:1:4: expected a whole number but found text 'x', at $.v");
  }

  @Test
  void decimal_readsWholeAndFractionalNumbers_exactly() {
    assertThat(value("v: 30").decimal()).isEqualTo(new BigDecimal("30"));
    assertThat(value("v: 6.5").decimal()).isEqualTo(new BigDecimal("6.5"));
    assertThat(value("v: 151.40").decimal()).isEqualTo(new BigDecimal("151.40"));
    assertThat(message(() -> value("v: 1e3").decimal()))
        .isEqualTo(
            "t.yaml:1:4: expected a decimal number "
                + "but found '1e3', at $.v; write decimal digits without leading zeros, with an optional fraction such as 6.5");
  }

  @Test
  void bool_readsTrueAndFalse_andNotTheOtherYaml11Booleans() {
    assertThat(value("v: true").bool()).isTrue();
    assertThat(value("v: false").bool()).isFalse();
    assertThat(message(() -> value("v: yes").bool()))
        .isEqualTo("t.yaml:1:4: expected true or false but found 'yes', at $.v");
    assertThat(message(() -> value("v: 'true'").bool()))
        .isEqualTo("t.yaml:1:4: expected true or false but found text 'true', at $.v");
  }

  @Test
  void date_readsIsoDates_plainOrQuoted() {
    assertThat(value("v: 2021-12-27").date()).isEqualTo(LocalDate.of(2021, 12, 27));
    assertThat(value("v: '2021-12-27'").date()).isEqualTo(LocalDate.of(2021, 12, 27));
    assertThat(message(() -> value("v: 2021-1-5").date()))
        .isEqualTo("t.yaml:1:4: expected a date written yyyy-mm-dd but found '2021-1-5', at $.v");
    assertThat(message(() -> value("v: 2021-02-30").date()))
        .isEqualTo("t.yaml:1:4: invalid date '2021-02-30', at $.v");
    assertThat(message(() -> value("v: 5").date()))
        .isEqualTo("t.yaml:1:4: expected a date but found the number '5', at $.v");
  }

  @Test
  void oneOf_readsTheGivenWords_andNamesThemWhenAnotherIsWritten() {
    ImmutableMap<String, Integer> words = ImmutableMap.of("one", 1, "two", 2);

    assertThat(value("v: two").oneOf(words)).isEqualTo(2);
    assertThat(message(() -> value("v: three").oneOf(words)))
        .isEqualTo("t.yaml:1:4: unknown value 'three', at $.v; expected one of one, two");
  }

  @Test
  void mapping_andList_refuseTaggedCollections_andKeysThatAreNotText() {
    assertThat(
            message(() -> value("v: !x {a: b}").mapping(ImmutableSet.of(), ImmutableSet.of("a"))))
        .isEqualTo("t.yaml:1:4: expected a mapping but found a value tagged '!x', at $.v");
    assertThat(message(() -> value("v: !x [a]").list()))
        .isEqualTo("t.yaml:1:4: expected a list but found a value tagged '!x', at $.v");
    assertThat(message(() -> value("v: a").list()))
        .isEqualTo("t.yaml:1:4: expected a list but found text 'a', at $.v");
    assertThat(message(() -> value("v: {1: a}").mapping(ImmutableSet.of(), ImmutableSet.of())))
        .isEqualTo("t.yaml:1:5: expected a key but found the number '1', at $.v");
    assertThat(value("v: [a, b]").texts()).containsExactly("a", "b");
    assertThat(value("v: [a, b]").list().get(1).path()).isEqualTo("$.v[1]");
  }

  @Test
  void keys_ofExactlyTheLongestLength_areRead_andLongerOnesAreNot() {
    LoadOptions options = LoadOptions.defaults().withMaxScalarLength(3);

    assertThat(
            root("abc: x", options)
                .mapping(ImmutableSet.of("abc"), ImmutableSet.of())
                .get("abc")
                .text())
        .isEqualTo("x");
    assertThat(
            message(
                () -> root("abcd: x", options).mapping(ImmutableSet.of(), ImmutableSet.of("abcd"))))
        .isEqualTo("t.yaml:1:1: a key has 4 characters, more than the limit of 3, at $");
  }

  @Test
  void mapping_reportsEveryFaultOfItsKeys_andKeepsTheOtherEntries() {
    List<String> reported = new ArrayList<>();
    YamlNode.Mapping map =
        root("1: a\nb: x\nabcd: y\nzz: z\nb: w\n", LoadOptions.defaults().withMaxScalarLength(3))
            .mapping(
                ImmutableSet.of("b", "c", "d"),
                ImmutableSet.of("e"),
                e -> reported.add(e.getMessage()));

    assertThat(reported)
        .containsExactly(
            "t.yaml:1:1: expected a key but found the number '1', at $",
            "t.yaml:3:1: a key has 4 characters, more than the limit of 3, at $",
            "t.yaml:4:1: unknown key 'zz', at $; expected one of b, c, d, e",
            "t.yaml:5:1: duplicate key 'b', at $; first given at line 2",
            "t.yaml:1:1: missing key 'c', at $",
            "t.yaml:1:1: missing key 'd', at $");
    assertThat(map.get("b").text()).isEqualTo("x");
    assertThat(map.optional("e")).isEmpty();
    assertThatThrownBy(() -> map.get("c")).isInstanceOf(Problems.Recorded.class);
    assertThatThrownBy(() -> map.get("e"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Key not checked as required: e");
  }

  @Test
  void mapping_thatFailsAtOnce_reportsTheFirstFault() {
    assertThat(
            message(
                () ->
                    root("zz: z\nyy: y\n", LoadOptions.defaults())
                        .mapping(ImmutableSet.of("b"), ImmutableSet.of())))
        .isEqualTo("t.yaml:1:1: unknown key 'zz', at $; expected one of b");
    assertThat(
            message(
                () ->
                    root("a: x\n", LoadOptions.defaults())
                        .mapping(ImmutableSet.of("a", "b", "c"), ImmutableSet.of())))
        .isEqualTo("t.yaml:1:1: missing key 'b', at $");
  }

  @Test
  void aMappingsOptionalValues_areEmptyWhereTheKeyIsAbsent() {
    YamlNode.Mapping map =
        root("d: 2021-12-27\nw: one\nt: [a]\n", LoadOptions.defaults())
            .mapping(ImmutableSet.of(), ImmutableSet.of("d", "w", "t", "x"));

    assertThat(map.date("d")).contains(LocalDate.of(2021, 12, 27));
    assertThat(map.date("x")).isEmpty();
    assertThat(map.oneOf("w", ImmutableMap.of("one", 1))).contains(1);
    assertThat(map.oneOf("x", ImmutableMap.of("one", 1))).isEmpty();
    assertThat(map.texts("t")).containsExactly("a");
    assertThat(map.texts("x")).isEmpty();
    assertThat(map.text("x")).isEmpty();
    assertThat(map.optional("x")).isEmpty();
    assertThatThrownBy(() -> map.get("x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Key not checked as required: x");
  }

  @Test
  void location_isTheSourceLineAndColumnWhereTheValueStarts() {
    assertThat(value("\nv:   x").location()).isEqualTo("t.yaml:2:6");
  }
}
