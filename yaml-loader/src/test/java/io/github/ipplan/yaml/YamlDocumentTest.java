package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits and the decoding of {@link YamlDocument#compose}, each at its bound. */
class YamlDocumentTest {
  private static YamlNode compose(String text, LoadOptions options) {
    return YamlDocument.compose("t.yaml", text.getBytes(UTF_8), options);
  }

  private static YamlNode compose(String text) {
    return compose(text, LoadOptions.defaults());
  }

  @Test
  void aFileOfExactlyTheLimit_isRead_andOneByteMoreIsNot() {
    assertThat(compose("a: b\n", LoadOptions.defaults().withMaxBytes(5)).node()).isNotNull();
    assertThatThrownBy(() -> compose("a: b\n", LoadOptions.defaults().withMaxBytes(4)))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage("t.yaml:0:0: the file has 5 bytes, more than the limit of 4, at $");
  }

  @Test
  void aLineOfExactlyTheLongestLength_isRead_andOneCharacterMoreIsNot() {
    LoadOptions options = LoadOptions.defaults().withMaxScalarLength(10); // lines of 1034
    String longest = "a: " + "b".repeat(1031);

    assertThat(compose(longest, options).node()).isNotNull();
    assertThat(compose("x: y\n" + longest + "\nz: w\n", options).node()).isNotNull();
    assertThatThrownBy(() -> compose("x: y\n" + longest + "b\nz: w\n", options))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            "t.yaml:2:1035: line 2 has 1035 characters, more than the limit of 1034, at $; "
                + "the limit is the longest value (10 characters) and 1024 more");
  }

  @Test
  void aLastLineWithoutALineBreak_isMeasuredToo() {
    LoadOptions options = LoadOptions.defaults().withMaxScalarLength(10);

    assertThatThrownBy(() -> compose("x: y\na: " + "b".repeat(1032), options))
        .isInstanceOf(PlanLoadException.class)
        .hasMessageStartingWith(
            "t.yaml:2:1035: line 2 has 1035 characters, more than the limit of 1034");
  }

  @Test
  void aliasesThatExactlyDoubleTheText_areRead_andOneCharacterMoreIsNot() {
    // "k: &x V\nl: [*x, *x, *x]\n" holds 23 characters besides V, and 2 + 4 × |V| once expanded.
    String doubled = "k: &x " + "v".repeat(22) + "\nl: [*x, *x, *x]\n";
    String more = "k: &x " + "v".repeat(23) + "\nl: [*x, *x, *x]\n";

    assertThat(doubled).hasSize(45);
    assertThat(compose(doubled).node()).isNotNull();
    assertThatThrownBy(() -> compose(more))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            "t.yaml:0:0: its aliases expand the file to 94 characters, more than twice its own 46,"
                + " at $; aliases may at most double a file's text");
  }

  @Test
  void aByteOrderMark_doesNotCountAsText_towardsWhatAliasesMayExpand() {
    String message =
        "t.yaml:0:0: its aliases expand the file to 94 characters, more than twice its own 46,"
            + " at $; aliases may at most double a file's text";
    assertThatThrownBy(() -> compose("\uFEFFk: &x " + "v".repeat(23) + "\nl: [*x, *x, *x]\n"))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(message);
    // A real U+FFFD sends the bytes through the strict decoder, which drops the mark too.
    assertThatThrownBy(() -> compose("\uFEFFk: &x " + "v".repeat(22) + "\uFFFD\nl: [*x, *x, *x]\n"))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(message);
  }

  @Test
  void anExpansionPastTheLargestLong_isCountedAsMoreThanThat() {
    // Twenty levels of ten aliases each: 10^20 characters, more than a long holds.
    StringBuilder text = new StringBuilder("a0: &a0 x\n");
    for (int level = 1; level <= 20; level++) {
      List<String> aliases = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        aliases.add("*a" + (level - 1));
      }
      text.append("a")
          .append(level)
          .append(": &a")
          .append(level)
          .append(" [")
          .append(String.join(", ", aliases))
          .append("]\n");
    }
    String yaml = text.toString();

    assertThatThrownBy(() -> compose(yaml, LoadOptions.defaults().withMaxAliases(200)))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            "t.yaml:0:0: its aliases expand the file to more than "
                + Long.MAX_VALUE
                + " characters, more than twice its own "
                + yaml.length()
                + ", at $; aliases may at most double a file's text");
  }

  @Test
  void emptyValues_andAliasesOfAnEmptyValue_areRead() {
    assertThat(compose("a: ['', '']\n").node()).isNotNull();
    assertThat(compose("a: &x ''\nb: [*x, *x]\n").node()).isNotNull();
  }

  @Test
  void valuesAreCounted_upToTheLimit() {
    // A mapping, its key and its value: three values.
    assertThat(compose("a: b", LoadOptions.defaults().withMaxNodes(3)).node()).isNotNull();
    assertThatThrownBy(() -> compose("a: b", LoadOptions.defaults().withMaxNodes(2)))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            "t.yaml:1:4: the file has more than 2 values (mappings, lists, keys and texts), at $");
  }

  @Test
  void aliasesOfText_areCounted_upToTheLimit() {
    assertThat(compose("a: &x b\nc: *x\n", LoadOptions.defaults().withMaxAliases(1)).node())
        .isNotNull();
    assertThatThrownBy(
            () -> compose("a: &x b\nc: *x\nd: *x\n", LoadOptions.defaults().withMaxAliases(1)))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            "t.yaml:3:4: the file uses more than 1 aliases, at $; "
                + "every alias counts, of text as well as of mappings and lists");
  }

  @Test
  void aByteOrderMark_isNotPartOfTheText_norCountedInColumns() {
    assertThatThrownBy(
            () ->
                compose("\uFEFFa: on\n")
                    .mapping(ImmutableSet.of("a"), ImmutableSet.of())
                    .get("a")
                    .text())
        .isInstanceOf(PlanLoadException.class)
        .hasMessage("t.yaml:1:4: expected text but found the boolean 'on', at $.a");
    // The same after a real U+FFFD, which sends the bytes through the strict decoder.
    assertThatThrownBy(
            () ->
                compose("\uFEFFa: on # \uFFFD\n")
                    .mapping(ImmutableSet.of("a"), ImmutableSet.of())
                    .get("a")
                    .text())
        .isInstanceOf(PlanLoadException.class)
        .hasMessage("t.yaml:1:4: expected text but found the boolean 'on', at $.a");
  }

  @Test
  void aRealReplacementCharacter_isText() {
    assertThat(
            compose("a: x\uFFFD\n")
                .mapping(ImmutableSet.of("a"), ImmutableSet.of())
                .get("a")
                .text())
        .isEqualTo("x\uFFFD");
  }

  @Test
  void malformedUtf8_isReportedAtItsByteLineAndColumn() {
    assertThatThrownBy(
            () ->
                YamlDocument.compose(
                    "t.yaml", new byte[] {(byte) 0xFF, 'a'}, LoadOptions.defaults()))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage("t.yaml:1:1: not valid UTF-8 (byte 0 of the file), at $");
    byte[] prefix = "知: x\nb: ".getBytes(UTF_8); // 10 bytes, the second line's 3 characters
    byte[] bytes = java.util.Arrays.copyOf(prefix, prefix.length + 1);
    bytes[prefix.length] = (byte) 0xC0;
    assertThatThrownBy(() -> YamlDocument.compose("t.yaml", bytes, LoadOptions.defaults()))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage("t.yaml:2:4: not valid UTF-8 (byte 10 of the file), at $");
  }

  @Test
  void aCharacterYamlRefuses_isReportedAtItsLineAndColumn_inCodePoints() {
    assertThatThrownBy(() -> compose("a: b\nc: d\ne: \u0003\n"))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            "t.yaml:3:4: the file holds the character U+0003, which YAML does not allow, at $");
    assertThatThrownBy(() -> compose("a: \uD840\uDC00\u0003\n"))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            "t.yaml:1:5: the file holds the character U+0003, which YAML does not allow, at $");
  }

  @Test
  void nestingDeeperThanTheLimit_isRefused_inTheProjectsWords() {
    assertThat(compose("a: [b]\n", LoadOptions.defaults().withMaxDepth(2)).node()).isNotNull();
    assertThatThrownBy(() -> compose("a: [[b]]\n", LoadOptions.defaults().withMaxDepth(2)))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage("t.yaml:0:0: the file nests mappings and lists more than 2 deep, at $");
  }
}
