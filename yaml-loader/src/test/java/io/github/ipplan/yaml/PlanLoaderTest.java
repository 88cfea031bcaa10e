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
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
  void load_isAllOrNothing_aBadFileAfterAGoodOneFailsTheWholeCall() {
    Path good = resource("valid/later-edition.yaml");
    Path bad = resource("invalid/unknown-body.yaml");
    LoadOptions options =
        LoadOptions.defaults().withRegistry(resource("valid/later-edition-registry.yaml"));

    assertThatThrownBy(() -> PlanLoader.load(options, good, bad))
        .isInstanceOf(PlanLoadException.class)
        .hasMessageStartingWith(bad + ":13:31: unknown body '知识产权'");
    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withBundledPlans(true), bad))
        .isInstanceOf(PlanLoadException.class);
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
        .hasMessage(
            plan + ":1:5: plan id 'sample-2023' is already used, at $.id; by " + plan + ":1:5");
  }

  @Test
  void load_withOwnRegistry_resolvesNewBodies_besideTheBundledPlans() throws Exception {
    PlanCatalog catalog =
        PlanLoader.load(
            LoadOptions.defaults()
                .withRegistry(resource("valid/later-edition-registry.yaml"))
                .withBundledPlans(true),
            resource("valid/later-edition.yaml"));
    Plan plan = catalog.plan("sample-2024").orElseThrow();
    Measure first = plan.measure(1).orElseThrow();

    assertThat(catalog.plans())
        .extracting(Plan::id)
        .containsExactly("national-2021-2022", "guangzhou-2021-2025", "sample-2024");
    assertThat(plan.documentNumber()).contains("示例〔2024〕1号");
    assertThat(plan.firstYear()).isEqualTo(2024).isEqualTo(plan.lastYear());
    assertThat(first.openEnded()).isTrue();
    assertThat(first.printedNames()).containsExactly("国家知识产权局", "金融监管总局", "国家数据局");
    assertThat(first.lead()).map(Agency::id).contains("cnipa");
    assertThat(first.participants()).extracting(Agency::id).containsExactly("nfra", "nda");
    assertThat(plan.measure(2).orElseThrow().agencies())
        .extracting(Agency::id)
        .containsExactly("nfga", "natcm");
    assertThat(catalog.measuresLedBy(catalog.agency("CNIPA").orElseThrow()))
        .extracting(Measure::id)
        .endsWith("sample-2024/measure/1");
  }

  @Test
  void load_withoutTheRegistryThatNamesABody_failsAtThatName() {
    Path plan = resource("valid/later-edition.yaml");

    assertThatThrownBy(() -> PlanLoader.load(plan))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            plan
                + ":12:36: unknown body '国家数据局', at $.measures[0].responsible[2]; "
                + "did you mean '国家统计局'?");
  }

  @Test
  void load_aRegistryReusingABundledName_failsAtThatBody() {
    Path registry = resource("invalid/registry-name-clash.yaml");

    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withRegistry(registry)))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            registry
                + ":8:5: the name '知识产权局' would find two bodies: "
                + "'cnipa' and 'local-ipo', at $.agencies[1]");
  }

  @Test
  void load_aRegistryWithAnUnknownSuccessor_fails() {
    Path registry = resource("invalid/registry-unknown-successor.yaml");

    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withRegistry(registry)))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            registry
                + ":2:5: body 'old-office' names a successor 'new-office' that is not "
                + "in the registry, at $.agencies[0]");
  }

  @Test
  void check_reportsEveryIndependentErrorOfAPlan_inDocumentOrder() throws Exception {
    Path plan = resource("invalid/several-errors.yaml");

    assertThat(PlanLoader.check(LoadOptions.defaults(), plan))
        .extracting(PlanLoadException::getMessage)
        .containsExactly(
            plan
                + ":13:31: unknown body '知识产权', at $.parts[0].measures[0].responsible[1]; "
                + "did you mean '知识产权局'?",
            plan
                + ":17:21: unknown value 'by_duty', at $.parts[0].measures[1].assignment; "
                + "expected one of joint, by-duty",
            plan + ":20:5: missing key 'numeral', at $.parts[1]",
            plan + ":23:13: expected a number but found text 'lots', at $.indicators[0].target");
    assertThat(PlanLoader.check(LoadOptions.defaults(), resource("valid/small-plan.yaml")))
        .isEmpty();
  }

  @Test
  void check_reportsErrorsAtThePlanLevelAndInEveryMeasure_allInOneRun() throws Exception {
    Path plan = resource("invalid/errors-everywhere.yaml");

    assertThat(PlanLoader.check(LoadOptions.defaults(), plan))
        .extracting(PlanLoadException::getMessage)
        .containsExactly(
            plan + ":1:1: missing key 'title', at $",
            plan + ":1:1: missing key 'issuer', at $",
            plan + ":1:1: missing key 'issued', at $",
            plan
                + ":4:1: unknown key 'summary', at $; expected one of id, title, issuer, issued,"
                + " status, period, document-number, published, source, addressees, notice,"
                + " document-title, preamble, lead-rule, notes, measures, parts, chapters,"
                + " indicators",
            plan
                + ":8:19: unknown body '知识产权', at $.measures[0].responsible[0]; "
                + "did you mean '知识产权局'?",
            plan
                + ":8:34: unknown body '市场监管', at $.measures[0].responsible[2]; "
                + "did you mean '市场监管总局'?",
            plan
                + ":12:17: unknown value 'by_duty', at $.measures[1].assignment; "
                + "expected one of joint, by-duty",
            plan + ":13:5: measure number must be 1 or more: 0, at $.measures[2]");
  }

  @Test
  void load_failsWithTheFirstErrorThatCheckLists() throws Exception {
    Path plan = resource("invalid/errors-everywhere.yaml");

    assertThatThrownBy(() -> PlanLoader.load(plan))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(plan + ":1:1: missing key 'title', at $");
  }

  @Test
  void check_stopsAtTheCapOfErrorsForAFile() throws Exception {
    Path plan = resource("invalid/too-many-errors.yaml");

    List<PlanLoadException> errors = PlanLoader.check(LoadOptions.defaults(), plan);

    assertThat(errors).hasSize(PlanLoader.MAX_ERRORS_PER_FILE);
    assertThat(errors)
        .extracting(PlanLoadException::line)
        .isEqualTo(IntStream.rangeClosed(11, 30).boxed().toList());
    assertThat(errors).extracting(PlanLoadException::problem).containsOnly("unknown body '没有这个机构'");
  }

  @Test
  void check_reportsEveryBadBodyOfARegistry_andTheOneErrorOfBadYaml() throws Exception {
    Path registry = resource("invalid/registry-several-errors.yaml");

    assertThat(PlanLoader.check(LoadOptions.defaults(), registry))
        .extracting(PlanLoadException::line)
        .containsExactly(2, 10);
    assertThat(
            PlanLoader.check(LoadOptions.defaults(), resource("valid/later-edition-registry.yaml")))
        .isEmpty();
    assertThat(PlanLoader.check(LoadOptions.defaults(), resource("invalid/syntax-error.yaml")))
        .hasSize(1);
    assertThat(PlanLoader.check(LoadOptions.defaults().withMaxBytes(10), registry))
        .extracting(PlanLoadException::problem)
        .containsExactly("the file has more than the limit of 10 bytes");
  }

  @Test
  void limits_areTheCallersToSet() {
    Path plan = resource("valid/small-plan.yaml");

    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withMaxBytes(100), plan))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(plan + ":0:0: the file has more than the limit of 100 bytes, at $");
    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withMaxScalarLength(10), plan))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(plan + ":1:5: a value has 11 characters, more than the limit of 10, at $.id");
    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withMaxDepth(2), plan))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(plan + ":0:0: the file nests mappings and lists more than 2 deep, at $");
    assertThatThrownBy(() -> LoadOptions.defaults().withMaxAliases(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAliases must be 0 or more: -1");
  }

  static Stream<Arguments> invalidFiles() {
    return Stream.of(
        Arguments.of(
            "unknown-body.yaml",
            13,
            31,
            "$.parts[0].measures[0].responsible[1]",
            "unknown body '知识产权'",
            "did you mean '知识产权局'?"),
        Arguments.of(
            "alias-as-body.yaml",
            13,
            31,
            "$.parts[0].measures[0].responsible[1]",
            "body '国知局' is an alias, not a name the registry writes",
            "write one of the names of body 'cnipa': '知识产权局', '国家知识产权局', "
                + "'China National Intellectual Property Administration', 'CNIPA'"),
        Arguments.of(
            "body-named-twice.yaml",
            13,
            38,
            "$.parts[0].measures[0].responsible[2]",
            "body '知识产权局' is named twice",
            "first named at $.parts[0].measures[0].responsible[0]"),
        Arguments.of(
            "duplicate-key.yaml",
            13,
            9,
            "$.parts[0].measures[0]",
            "duplicate key 'text'",
            "first given at line 12"),
        Arguments.of(
            "unknown-key.yaml",
            13,
            9,
            "$.parts[0].measures[0]",
            "unknown key 'responsibles'",
            "expected one of number, text, label, title, responsible, open-ended, assignment, notes"),
        Arguments.of("missing-key.yaml", 1, 1, "$", "missing key 'title'", ""),
        Arguments.of(
            "duplicate-number.yaml",
            16,
            17,
            "$.parts[1].measures[0].number",
            "plan 'sample-2023' numbers two measures 1",
            "first used at $.parts[0].measures[0].number"),
        Arguments.of(
            "zero-number.yaml",
            11,
            9,
            "$.parts[0].measures[0]",
            "measure number must be 1 or more: 0",
            ""),
        Arguments.of(
            "hex-number.yaml",
            11,
            17,
            "$.parts[0].measures[0].number",
            "expected a decimal whole number but found '0x1F'",
            "write decimal digits without leading zeros"),
        Arguments.of(
            "boolean-title.yaml", 2, 8, "$.title", "expected text but found the boolean 'on'", ""),
        Arguments.of("invalid-date.yaml", 4, 9, "$.issued", "invalid date '2023-02-30'", ""),
        Arguments.of(
            "unknown-assignment.yaml",
            14,
            21,
            "$.parts[0].measures[0].assignment",
            "unknown value 'by_duty'",
            "expected one of joint, by-duty"),
        Arguments.of(
            "assignment-without-bodies.yaml",
            13,
            21,
            "$.parts[0].measures[0].assignment",
            "an assignment is given but no responsible bodies",
            ""),
        Arguments.of(
            "global-tag.yaml",
            2,
            8,
            "$",
            "invalid YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.File",
            ""),
        Arguments.of(
            "two-documents.yaml",
            2,
            1,
            "$",
            "invalid YAML: expected a single document in the stream, but found another document",
            ""),
        Arguments.of(
            "syntax-error.yaml",
            3,
            7,
            "$",
            "invalid YAML: while parsing a flow sequence, expected ',' or ']', but got :",
            ""),
        Arguments.of("empty.yaml", 0, 0, "$", "the file holds no YAML document", ""),
        Arguments.of("not-a-mapping.yaml", 1, 1, "$", "expected a mapping but found a list", ""),
        Arguments.of(
            "parts-and-chapters.yaml",
            8,
            11,
            "$.chapters",
            "a plan has parts or chapters, not both",
            ""),
        Arguments.of("invalid-utf8.yaml", 2, 9, "$", "not valid UTF-8 (byte 26 of the file)", ""),
        Arguments.of(
            "billion-laughs.yaml",
            7,
            35,
            "$",
            "the file uses more than 50 aliases",
            "every alias counts, of text as well as of mappings and lists"),
        Arguments.of(
            "deep-nesting.yaml",
            0,
            0,
            "$",
            "the file nests mappings and lists more than 32 deep",
            ""),
        Arguments.of(
            "huge-scalar.yaml",
            2,
            66561,
            "$",
            "line 2 has 70007 characters, more than the limit of 66560",
            "the limit is the longest value (65536 characters) and 1024 more"),
        Arguments.of(
            "huge-multiline-scalar.yaml",
            2,
            8,
            "$.title",
            "a value has 70069 characters, more than the limit of 65536",
            ""),
        Arguments.of(
            "binary.yaml",
            1,
            3,
            "$",
            "the file holds the character U+0003, which YAML does not allow",
            ""),
        Arguments.of(
            "recursive-alias.yaml",
            7,
            8,
            "$",
            "an alias stands inside the value it names, which would make the value endless",
            ""),
        Arguments.of(
            "unpaired-surrogate.yaml",
            2,
            8,
            "$.title",
            "the text holds an unpaired surrogate U+D800, which is not a character",
            "at character 2 of the text"),
        Arguments.of(
            "non-numeric-target.yaml",
            9,
            13,
            "$.indicators[0].target",
            "expected a number but found text 'lots'",
            ""),
        Arguments.of(
            "open-ended-without-bodies.yaml",
            10,
            17,
            "$.measures[0].open-ended",
            "open-ended is given but no responsible bodies",
            ""),
        Arguments.of(
            "duplicate-project-number.yaml",
            20,
            21,
            "$.chapters[0].sections[0].projects[1].number",
            "plan 'sample-2023' numbers two projects 1",
            "first used at $.chapters[0].sections[0].projects[0].number"),
        Arguments.of(
            "project-follows-missing-measure.yaml",
            16,
            30,
            "$.chapters[0].sections[0].projects[0].follows-measure",
            "project 1 follows measure 3, which is not a measure under the same headings",
            ""),
        Arguments.of(
            "bound-without-evidence.yaml",
            8,
            5,
            "$.indicators[0]",
            "indicator 1 must have bound evidence exactly when it has a bound",
            ""),
        Arguments.of(
            "unknown-bound.yaml",
            14,
            12,
            "$.indicators[0].bound",
            "unknown value 'at_least'",
            "expected one of reach, at-least, more-than"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFiles")
  void load_invalidFile_failsWithALocatedMessage(
      String file, int line, int column, String path, String problem, String hint) {
    Path plan = resource("invalid/" + file);

    assertThatThrownBy(() -> PlanLoader.load(plan))
        .isInstanceOfSatisfying(
            PlanLoadException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      plan
                          + ":"
                          + line
                          + ":"
                          + column
                          + ": "
                          + problem
                          + ", at "
                          + path
                          + (hint.isEmpty() ? "" : "; " + hint));
              assertThat(e.source()).isEqualTo(plan.toString());
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(column);
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.problem()).isEqualTo(problem);
              assertThat(e.hint()).isEqualTo(hint);
            });
  }
}
