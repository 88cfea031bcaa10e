package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.Agency;
import io.github.ipplan.Assignment;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import java.net.URISyntaxException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PlanLoaderTest {
  private static Path resource(String name) {
    try {
      return Path.of(PlanLoaderTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void load_readsAUsersPlanAgainstTheBundledRegistry() throws Exception {
    PlanCatalog catalog = PlanLoader.load(resource("valid/small-plan.yaml"));
    Plan plan = catalog.plan("sample-2023").orElseThrow();
    Agency cnipa = catalog.agency("知识产权局").orElseThrow();

    assertThat(plan.measures()).extracting(Measure::number).containsExactly(1, 2, 3);
    assertThat(plan.measure(1).orElseThrow().lead()).contains(cnipa);
    assertThat(plan.measure(1).orElseThrow().assignment()).contains(Assignment.JOINT);
    assertThat(plan.measure(2).orElseThrow().assignment()).contains(Assignment.BY_DUTY);
    assertThat(plan.measure(3).orElseThrow().text()).isEqualTo("第三项: 引号内的文字。");
    assertThat(plan.measure(3).orElseThrow().responsibilities()).isEmpty();
    assertThat(catalog.measuresLedBy(cnipa)).extracting(Measure::number).containsExactly(1, 2);
  }

  @Test
  void load_aMissingFile_isAnIOException() {
    assertThatThrownBy(() -> PlanLoader.load(Path.of("no-such-plan.yaml")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void load_twoPlansWithOneId_isAnErrorAtTheSecondId() {
    Path plan = resource("valid/small-plan.yaml");

    assertThatThrownBy(() -> PlanLoader.load(plan, plan))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(plan + ":1:5: plan id 'sample-2023' is already used, at $.id; by " + plan + ":1:5");
  }

  static Stream<Arguments> invalidFiles() {
    return Stream.of(
        Arguments.of("unknown-body.yaml", 13, 31, "$.parts[0].measures[0].responsible[1]",
            "unknown body '知识产权'", "did you mean '知识产权局'?"),
        Arguments.of("body-named-twice.yaml", 13, 38, "$.parts[0].measures[0].responsible[2]",
            "body '知识产权局' is named twice",
            "first named at $.parts[0].measures[0].responsible[0]"),
        Arguments.of("duplicate-key.yaml", 13, 9, "$.parts[0].measures[0]",
            "duplicate key 'text'", "first given at line 12"),
        Arguments.of("unknown-key.yaml", 13, 9, "$.parts[0].measures[0]",
            "unknown key 'responsibles'",
            "expected one of number, text, title, responsible, assignment, notes"),
        Arguments.of("missing-key.yaml", 1, 1, "$", "missing key 'title'", ""),
        Arguments.of("duplicate-number.yaml", 16, 17, "$.parts[1].measures[0].number",
            "measure number 1 is used twice", "first used at $.parts[0].measures[0].number"),
        Arguments.of("zero-number.yaml", 11, 17, "$.parts[0].measures[0].number",
            "measure number must be 1 or more but is 0", ""),
        Arguments.of("hex-number.yaml", 11, 17, "$.parts[0].measures[0].number",
            "expected a decimal whole number but found '0x1F'", ""),
        Arguments.of("boolean-title.yaml", 2, 8, "$.title",
            "expected text but found the boolean 'on'", ""),
        Arguments.of("invalid-date.yaml", 4, 9, "$.issued", "invalid date '2023-02-30'", ""),
        Arguments.of("unknown-assignment.yaml", 14, 21, "$.parts[0].measures[0].assignment",
            "unknown value 'by_duty'", "expected one of joint, by-duty"),
        Arguments.of("assignment-without-bodies.yaml", 13, 21, "$.parts[0].measures[0].assignment",
            "an assignment is given but no responsible bodies", ""),
        Arguments.of("global-tag.yaml", 2, 8, "$",
            "invalid YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.File", ""),
        Arguments.of("two-documents.yaml", 2, 1, "$",
            "invalid YAML: expected a single document in the stream, but found another document", ""),
        Arguments.of("syntax-error.yaml", 3, 7, "$",
            "invalid YAML: while parsing a flow sequence, expected ',' or ']', but got :", ""),
        Arguments.of("empty.yaml", 0, 0, "$", "the file holds no YAML document", ""),
        Arguments.of("not-a-mapping.yaml", 1, 1, "$", "expected a mapping but found a list", ""),
        Arguments.of("parts-and-chapters.yaml", 8, 11, "$.chapters",
            "a plan has parts or chapters, not both", ""),
        Arguments.of("invalid-utf8.yaml", 2, 9, "$", "not valid UTF-8 (byte 26 of the file)", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFiles")
  void load_invalidFile_failsWithALocatedMessage(
      String file, int line, int column, String path, String problem, String hint) {
    Path plan = resource("invalid/" + file);

    assertThatThrownBy(() -> PlanLoader.load(plan))
        .isInstanceOfSatisfying(PlanLoadException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(plan + ":" + line + ":" + column + ": " + problem
              + ", at " + path + (hint.isEmpty() ? "" : "; " + hint));
          assertThat(e.source()).isEqualTo(plan.toString());
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.column()).isEqualTo(column);
          assertThat(e.path()).isEqualTo(path);
          assertThat(e.problem()).isEqualTo(problem);
        });
  }
}
