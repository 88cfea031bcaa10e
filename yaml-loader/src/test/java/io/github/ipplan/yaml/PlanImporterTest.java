package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ipplan.Assignment;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanStatus;
import io.github.ipplan.Responsibility;
import io.github.ipplan.yaml.ImportResult.Finding;
import io.github.ipplan.yaml.ImportResult.UnknownBody;
import io.github.ipplan.yaml.PlanImporter.Shape;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@link PlanImporter} on small hand-written texts: each anomaly the importer detects becomes its
 * note on the right element with the right source line, clauses are read into bodies, unknown names
 * are reported, metadata is read or left for the user, bad input ends in a located {@link
 * PlanLoadException}, and mutated copies of the two sources never end in another exception.
 */
class PlanImporterTest {
  private static final String ID = "sample-2025";

  /**
   * A covering notice, document title, preamble, part and section of a national annual plan: every
   * key the format requires is printed, so a text made of these lines and well-formed tasks loads.
   */
  private static final List<String> NOTICE =
      List.of(
          "国务院知识产权战略实施工作部际联席会议办公室关于印发《2025年度示例推进计划》的通知",
          "",
          "知识产权局、商务部：",
          "",
          "经同意，现将《2025年度示例推进计划》印发给你们，请认真贯彻执行。",
          "",
          "国务院知识产权战略实施工作部际联席会议办公室",
          "",
          "2025年3月1日",
          "",
          "2025年度示例推进计划",
          "",
          "为说明导入，制定本计划。",
          "",
          "一、示例部分",
          "",
          "（一）示例小节",
          "");

  private static final String LEAD_RULE = "上述各项任务分工中，由多个部门负责的，列第一位的部门为牵头部门，其他为参与部门。";

  private static final String SECTION = "$.parts[0].sections[0]";

  /** The notice, the given lines (tasks and what else the test needs), then the lead rule. */
  private static String national(String... body) {
    List<String> lines = new ArrayList<>(NOTICE);
    lines.addAll(List.of(body));
    lines.add("");
    lines.add(LEAD_RULE);
    return String.join("\n", lines) + "\n";
  }

  /** The 1-based line of the first line of the text that holds the needle. */
  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as("the text holds %s", needle).isGreaterThanOrEqualTo(0);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private static ImportResult importNational(String text) throws IOException {
    return PlanImporter.importText(
        "plan.txt", text, Shape.NATIONAL_ANNUAL, ID, LoadOptions.defaults());
  }

  private static ImportResult importFiveYear(String text) throws IOException {
    return PlanImporter.importText("plan.txt", text, Shape.FIVE_YEAR, ID, LoadOptions.defaults());
  }

  /** The plan the written file loads into, against the bundled registry. */
  private static Plan plan(ImportResult result) {
    assertThat(result.errors()).as("the imported file loads").isEmpty();
    return ImportAgreementTest.load(result.yaml());
  }

  private static List<Finding> notesAt(ImportResult result, String path) {
    return result.notes().stream().filter(note -> note.path().equals(path)).toList();
  }

  /**
   * Asserts that the element at the path carries exactly one note, at the line, with the message;
   * and that the written file carries it on that element, ending in its source line.
   */
  private static void assertOnlyNote(ImportResult result, String path, int line, String message) {
    assertThat(notesAt(result, path)).containsExactly(new Finding(line, path, message));
    assertThat(writtenNotes(result, path))
        .containsExactly(
            message.substring(0, message.length() - 1) + " (source line " + line + ").");
  }

  private static final Pattern STEP = Pattern.compile("\\.([a-z-]+)|\\[(\\d+)]");

  /** The notes the written file gives the element at a path such as $.parts[0].measures[1]. */
  private static List<Object> writtenNotes(ImportResult result, String path) {
    Object node = new Yaml(new SafeConstructor(new LoaderOptions())).load(result.yaml());
    Matcher step = STEP.matcher(path.substring(1));
    while (step.find()) {
      node =
          step.group(1) != null
              ? ((Map<?, ?>) node).get(step.group(1))
              : ((List<?>) node).get(Integer.parseInt(step.group(2)));
    }
    Object notes = ((Map<?, ?>) node).get("notes");
    return notes == null ? List.of() : List.copyOf((List<?>) notes);
  }

  private static String task(int index) {
    return SECTION + ".measures[" + index + "]";
  }

  // ------------------------------------------------------------------ anomalies

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3．| with a full-width full stop.",
        "3、| with an enumeration comma (、).",
        "3 .| with a space before the full stop."
      })
  void numberingPunctuationUnlikeTheRest_isNotedOnThatTaskOnly(String label, String how)
      throws IOException {
    String text =
        national(
            "1. 第一项任务。（知识产权局负责）",
            "",
            "2. 第二项任务。（商务部负责）",
            "",
            label + " 第三项任务。（知识产权局负责）",
            "",
            "4. 第四项任务。（商务部负责）");

    ImportResult result = importNational(text);

    assertOnlyNote(
        result, task(2), lineOf(text, "第三项"), "The number is printed '" + label + "' " + how);
    assertThat(notesAt(result, task(0))).isEmpty();
    assertThat(notesAt(result, task(1))).isEmpty();
    assertThat(notesAt(result, task(3))).isEmpty();
    Plan plan = plan(result);
    // the label is the number as printed, with the space that follows it
    assertThat(plan.measure(3).orElseThrow().label()).contains(label + " ");
    assertThat(plan.measure(1).orElseThrow().label()).isEmpty();
    assertThat(plan.measure(3).orElseThrow().text()).isEqualTo("第三项任务。");
  }

  @Test
  void halfWidthSpacesNextToChineseText_areQuotedThreeCharactersEitherSide_mergedWhenTheyOverlap()
      throws IOException {
    String text =
        national(
            // spaces at 3 and 6: the windows [0, 7) and [3, 10) overlap into one
            "1. 任务含 空格 在中文旁。（知识产权局负责）",
            "",
            // spaces at 4 and 13: the windows [1, 8) and [10, 17) stay apart
            "2. 甲乙丙丁 戊己庚辛壬癸子丑 寅卯辰巳。（知识产权局负责）",
            "",
            // a space between Latin letters only is not remarked
            "3. 推广Open Source许可。（知识产权局负责）");

    ImportResult result = importNational(text);

    assertOnlyNote(
        result,
        task(0),
        lineOf(text, "任务含"),
        "Half-width spaces are kept as printed: '任务含 空格 在中文'.");
    assertOnlyNote(
        result,
        task(1),
        lineOf(text, "甲乙丙"),
        "Half-width spaces are kept as printed: '乙丙丁 戊己庚', '癸子丑 寅卯辰'.");
    assertThat(notesAt(result, task(2))).isEmpty();
    Plan plan = plan(result);
    assertThat(plan.measure(1).orElseThrow().text()).isEqualTo("任务含 空格 在中文旁。");
    assertThat(plan.measure(3).orElseThrow().text()).isEqualTo("推广Open Source许可。");
  }

  @Test
  void traditionalFormAmongSimplifiedText_isNoted_butZhuAsInZhuzuoquanIsNot() throws IOException {
    String text =
        national("1. 制定《关于加强调解工作的意見》。（知识产权局负责）", "", "2. 推进修改《中华人民共和国著作权法实施条例》，显著提升保护水平。（中央宣传部负责）");

    ImportResult result = importNational(text);

    assertOnlyNote(
        result,
        task(0),
        lineOf(text, "意見"),
        "'意見' is printed with the traditional form of '见'; kept as printed.");
    assertThat(notesAt(result, task(1))).isEmpty();
    assertThat(result.notes()).noneMatch(note -> note.message().contains("著"));
    assertThat(plan(result).measure(1).orElseThrow().text()).contains("意見");
  }

  @Test
  void traditionalFormInThePreamble_isNotedOnThePlan() throws IOException {
    String text = national("1. 第一项任务。（知识产权局负责）").replace("为说明导入", "为説明导入");

    ImportResult result = importNational(text);

    assertOnlyNote(
        result,
        "$",
        lineOf(text, "为説明"),
        "'为説' is printed with the traditional form of '说' in $.preamble; kept as printed.");
    assertThat(plan(result).preamble()).containsExactly("为説明导入，制定本计划。");
  }

  @Test
  void taskBrokenByABlankLine_isJoined_withANoteQuotingBothSidesOfTheBreak() throws IOException {
    String text =
        national("1. 推进知识产权强国建设纲要的实施工作在此被", "", "断开后继续推进相关工作。（知识产权局负责）", "", "2. 第二项任务。（商务部负责）");

    ImportResult result = importNational(text);

    // the last 8 characters before the break, the first 6 after it
    assertOnlyNote(
        result,
        task(0),
        lineOf(text, "断开后"),
        "The source copy breaks this task with a blank line (a page-break artefact) between"
            + " '…的实施工作在此被' and '断开后继续推…'; the text is one paragraph.");
    Measure joined = plan(result).measure(1).orElseThrow();
    assertThat(joined.text()).isEqualTo("推进知识产权强国建设纲要的实施工作在此被断开后继续推进相关工作。");
    assertThat(joined.printedNames()).containsExactly("知识产权局");
    assertThat(notesAt(result, task(1))).isEmpty();
  }

  @Test
  void taskContinuedAfterAFullStopAndALineBreak_isAFurtherParagraph_joined() throws IOException {
    String text = national("1. 第一句话完整。", "第二句话。（知识产权局负责）");

    ImportResult result = importNational(text);

    assertOnlyNote(
        result,
        task(0),
        lineOf(text, "第二句话"),
        "The task continues after a line break in a further paragraph, between '…第一句话完整。'"
            + " and '第二句话。（…'; the paragraphs are joined, as the format holds one text.");
    assertThat(plan(result).measure(1).orElseThrow().text()).isEqualTo("第一句话完整。第二句话。");
  }

  @Test
  void numbersOutOfOrderOrMissing_areNotedOnTheTaskThatBreaksTheSequence() throws IOException {
    String missing = national("1. 甲任务。（知识产权局负责）", "", "2. 乙任务。（知识产权局负责）", "", "4. 丁任务。（知识产权局负责）");
    String swapped = national("1. 甲任务。（知识产权局负责）", "", "3. 丙任务。（知识产权局负责）", "", "2. 乙任务。（知识产权局负责）");
    String gap = national("3. 丙任务。（知识产权局负责）", "", "7. 庚任务。（知识产权局负责）");

    ImportResult missingResult = importNational(missing);
    ImportResult swappedResult = importNational(swapped);
    ImportResult gapResult = importNational(gap);

    assertThat(missingResult.notes())
        .containsExactly(
            new Finding(
                lineOf(missing, "丁任务"), task(2), "The task number 4 follows 2: 3 is missing."));
    assertThat(swappedResult.notes())
        .containsExactly(
            new Finding(
                lineOf(swapped, "丙任务"), task(1), "The task number 3 follows 1: 2 is missing."),
            new Finding(
                lineOf(swapped, "乙任务"), task(2), "The task number 2 follows 3: out of order."));
    assertThat(gapResult.notes())
        .containsExactly(
            new Finding(
                lineOf(gap, "丙任务"), task(0), "The task number 3 follows none: 1–2 are missing."),
            new Finding(
                lineOf(gap, "庚任务"), task(1), "The task number 7 follows 3: 4–6 are missing."));
    assertThat(plan(swappedResult).measures()).extracting(Measure::number).containsExactly(1, 3, 2);
  }

  @Test
  void nationalTaskWithoutAClause_isNotedAtItsLastLine_andNamesNoBody() throws IOException {
    String text =
        national(
            "1. 没有负责条款的任务，", "在第二行结束。", "", "2. 以年份括号结尾的任务（2021—2025年）", "", "3. 有条款的任务。（知识产权局负责）");

    ImportResult result = importNational(text);

    String none = "The task ends in no clause of responsible bodies (…负责）); no body is recorded.";
    assertThat(notesAt(result, task(0))).contains(new Finding(lineOf(text, "在第二行"), task(0), none));
    assertOnlyNote(result, task(1), lineOf(text, "以年份"), none);
    assertThat(notesAt(result, task(2))).isEmpty();
    Plan plan = plan(result);
    assertThat(plan.measure(1).orElseThrow().responsibilities()).isEmpty();
    assertThat(plan.measure(2).orElseThrow().text()).isEqualTo("以年份括号结尾的任务（2021—2025年）");
    assertThat(plan.measure(2).orElseThrow().responsibilities()).isEmpty();
  }

  @Test
  void fiveYearMeasureWithoutAClause_isNotRemarked() throws IOException {
    String text =
        String.join("\n", "示例市知识产权“十四五”规划", "", "一、重点任务", "", "(一)加强保护", "", "1.强化司法保护。完善审判机制。");

    ImportResult result = importFiveYear(text);

    assertThat(result.notes()).isEmpty();
    assertThat(result.yaml())
        .contains("title: 强化司法保护\n")
        .contains("text: 完善审判机制。\n")
        .doesNotContain("responsible");
  }

  @Test
  void clauseWithout负责_namingKnownBodies_isReadAsJoint_withANote() throws IOException {
    String text = national("1. 有条款却没有负责的任务。（商务部、知识产权局）");

    ImportResult result = importNational(text);

    assertOnlyNote(
        result,
        task(0),
        lineOf(text, "有条款"),
        "The clause '（商务部、知识产权局）' names bodies without 负责; they are read as responsible,"
            + " jointly.");
    Measure measure = plan(result).measure(1).orElseThrow();
    assertThat(measure.text()).isEqualTo("有条款却没有负责的任务。");
    assertThat(measure.printedNames()).containsExactly("商务部", "知识产权局");
    assertThat(measure.assignment()).isNotEqualTo(java.util.Optional.of(Assignment.BY_DUTY));
  }

  @Test
  void paragraphsTheFormatHasNoPlaceFor_areLeftOutWithANoteOnThePlan() throws IOException {
    String text = national("1. 唯一的任务。（知识产权局负责）") + "\n多余的一段文字放在牵头部门一句之后并且超过二十个字。\n";

    ImportResult result = importNational(text);

    // quoted to its first 20 characters
    assertOnlyNote(
        result,
        "$",
        lineOf(text, "多余的"),
        "The paragraph '多余的一段文字放在牵头部门一句之后并且超…' is printed where the format has no"
            + " place for it (after the lead rule or a project outside any section); it is left"
            + " out.");
    assertThat(plan(result).leadRule()).contains(LEAD_RULE);
    assertThat(result.yaml()).doesNotContain("二十个字");
  }

  @Test
  void projectOutsideAnySection_andSectionBeforeAnyChapter_areNotedOnThePlan() throws IOException {
    String text =
        String.join(
            "\n",
            "示例市知识产权“十四五”规划",
            "",
            "(一)没有章的小节",
            "",
            "一、总体要求",
            "",
            "项目1 没有小节的项目",
            "",
            "建设示例中心。");

    ImportResult result = importFiveYear(text);

    assertThat(result.notes())
        .containsExactly(
            new Finding(
                lineOf(text, "(一)"),
                "$",
                "The copy prints the section heading '(一)没有章的小节' before any chapter; it is read"
                    + " as prose of the preamble."),
            new Finding(
                lineOf(text, "项目1"),
                "$",
                "The copy prints the project '项目1 没有小节的项目' outside any section, where the format"
                    + " has no place for it; it is left out."),
            new Finding(
                lineOf(text, "建设示例"),
                "$",
                "The paragraph '建设示例中心。' is printed where the format has no place for it (after"
                    + " the lead rule or a project outside any section); it is left out."));
    assertThat(result.yaml()).contains("  - (一)没有章的小节\n").doesNotContain("projects:");
  }

  @Test
  void projectPrinted专栏_inASection_isKeptAfterItsMeasure_withANote() throws IOException {
    String text =
        String.join(
            "\n",
            "示例市知识产权“十四五”规划",
            "",
            "一、重点任务",
            "",
            "(一)加强保护",
            "",
            "1.强化司法保护。完善审判机制。",
            "",
            "专栏1 示例工程",
            "",
            "建设示例中心。");

    ImportResult result = importFiveYear(text);

    assertThat(result.notes())
        .containsExactly(
            new Finding(
                lineOf(text, "专栏1"),
                "$.chapters[0].sections[0].projects[0]",
                "The project is printed '专栏1'; the format prints 项目N."));
    assertThat(result.yaml())
        .contains("follows-measure: 1\n")
        .contains("title: 示例工程\n")
        .contains("- 建设示例中心。\n");
  }

  // ------------------------------------------------------------------ clauses

  @Test
  void clauses_jointByDutyOpenEndedHalfWidthParenthesesAndSpaces() throws IOException {
    String text =
        national(
            "1. 共同负责。（商务部、知识产权局负责）",
            "",
            "2. 分工负责。（商务部、知识产权局按职责分工负责）",
            "",
            "3. 开放名单。（商务部、知识产权局等部门负责）",
            "",
            "4. 半角括号。(商务部、知识产权局负责)",
            "",
            "5. 条款内空格。（ 商务部 、 知识产权局 负责 ）",
            "",
            "6. 开放且分工。(农业农村部、林草局等部门按职责分工负责)");

    ImportResult result = importNational(text);

    assertThat(result.notes()).isEmpty();
    Plan plan = plan(result);
    Measure joint = plan.measure(1).orElseThrow();
    Measure byDuty = plan.measure(2).orElseThrow();
    Measure open = plan.measure(3).orElseThrow();
    Measure halfWidth = plan.measure(4).orElseThrow();
    Measure spaced = plan.measure(5).orElseThrow();
    Measure both = plan.measure(6).orElseThrow();
    for (Measure measure : List.of(joint, byDuty, open, halfWidth, spaced)) {
      assertThat(measure.printedNames())
          .as("task %d", measure.number())
          .containsExactly("商务部", "知识产权局");
      assertThat(measure.lead().orElseThrow().names()).contains("商务部");
    }
    assertThat(joint.text()).isEqualTo("共同负责。");
    assertThat(joint.assignment()).isNotEqualTo(java.util.Optional.of(Assignment.BY_DUTY));
    assertThat(joint.openEnded()).isFalse();
    assertThat(byDuty.text()).isEqualTo("分工负责。");
    assertThat(byDuty.assignment()).contains(Assignment.BY_DUTY);
    assertThat(byDuty.openEnded()).isFalse();
    assertThat(open.text()).isEqualTo("开放名单。");
    assertThat(open.openEnded()).isTrue();
    assertThat(open.assignment()).isNotEqualTo(java.util.Optional.of(Assignment.BY_DUTY));
    assertThat(halfWidth.text()).isEqualTo("半角括号。");
    assertThat(spaced.text()).isEqualTo("条款内空格。");
    assertThat(both.printedNames()).containsExactly("农业农村部", "林草局");
    assertThat(both.openEnded()).isTrue();
    assertThat(both.assignment()).contains(Assignment.BY_DUTY);
    assertThat(both.responsibilities()).extracting(Responsibility::position).containsExactly(1, 2);
    assertThat(result.yaml())
        .contains("responsible: [商务部, 知识产权局]\n            assignment: by-duty\n")
        .contains("responsible: [商务部, 知识产权局]\n            open-ended: true\n");
  }

  // ------------------------------------------------------------------ unknown bodies

  @Test
  void unknownBody_isWrittenAsPrinted_listedWithNearestNames_andStopsTheFileLoading()
      throws IOException {
    String text = national("1. 示例任务。（国家药监局、知识产权局负责）", "", "2. 另一任务。（知识产权局负责）");

    ImportResult result = importNational(text);

    assertThat(result.unknownBodies()).hasSize(1);
    UnknownBody unknown = result.unknownBodies().get(0);
    assertThat(unknown.name()).isEqualTo("国家药监局");
    assertThat(unknown.line()).isEqualTo(lineOf(text, "国家药监局"));
    assertThat(unknown.path()).isEqualTo(task(0) + ".responsible[0]");
    assertThat(unknown.nearest()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    assertThat(unknown.nearest()).doesNotContain("国家药监局");
    assertThat(result.yaml()).contains("responsible: [国家药监局, 知识产权局]");
    assertThat(result.loads()).isFalse();
    assertThat(result.errors()).isNotEmpty();
    assertThat(result.errors().get(0).problem()).contains("unknown body '国家药监局'");
    assertThat(result.errors().get(0).path()).isEqualTo(task(0) + ".responsible[0]");
    assertThat(result.errors().get(0).source()).isEqualTo(ID + ".yaml");
  }

  @Test
  void unknownBody_knownToTheOptionsRegistry_loads(@TempDir Path directory) throws IOException {
    Path registry =
        Files.writeString(
            directory.resolve("my-agencies.yaml"),
            String.join(
                "\n",
                "agencies:",
                "  - id: nmpa",
                "    printed: [国家药监局]",
                "    full-name: 国家药品监督管理局",
                "    english: National Medical Products Administration",
                "    kind: national-administration",
                "    level: central",
                ""),
            UTF_8);
    LoadOptions options = LoadOptions.defaults().withRegistry(registry);
    String text = national("1. 示例任务。（国家药监局、知识产权局负责）");

    ImportResult result =
        PlanImporter.importText("plan.txt", text, Shape.NATIONAL_ANNUAL, ID, options);

    assertThat(result.unknownBodies()).isEmpty();
    assertThat(result.errors()).isEmpty();
    assertThat(result.loads()).isTrue();
    Path written = Files.writeString(directory.resolve(ID + ".yaml"), result.yaml(), UTF_8);
    Measure measure =
        PlanLoader.load(options, written).plan(ID).orElseThrow().measure(1).orElseThrow();
    assertThat(measure.lead().orElseThrow().id()).isEqualTo("nmpa");
    assertThat(measure.printedNames()).containsExactly("国家药监局", "知识产权局");
  }

  // ------------------------------------------------------------------ metadata

  @Test
  void noDateLine_leavesIssuedAndIssuerForTheUser_andTheErrorsNameAMissingKey() throws IOException {
    String text = String.join("\n", "2025年度示例推进计划", "", "一、示例部分", "", "1. 示例任务。（知识产权局负责）", "");

    ImportResult result = importNational(text);

    assertThat(result.metadata())
        .contains(
            new Finding(
                0,
                "$.issued",
                "left for the user: the copy prints no date of issue before the first heading"));
    assertThat(result.metadata())
        .filteredOn(finding -> finding.path().equals("$.issuer"))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.line()).isZero();
              assertThat(finding.message()).startsWith("left for the user");
            });
    assertThat(result.yaml()).doesNotContain("issued:").doesNotContain("issuer:");
    assertThat(result.loads()).isFalse();
    // The loader stops at the first missing key, in the format's order: issuer before issued.
    assertThat(result.errors())
        .extracting(PlanLoadException::problem)
        .containsExactly("missing key 'issuer'");
  }

  @Test
  void impossibleDateOfIssue_isLeftForTheUser_andTheErrorsNameIssued() throws IOException {
    String text = national("1. 示例任务。（知识产权局负责）").replace("2025年3月1日", "2025年2月30日");

    ImportResult result = importNational(text);

    assertThat(result.metadata())
        .contains(
            new Finding(
                lineOf(text, "2025年2月30日"),
                "$.issued",
                "left for the user: the copy prints an impossible date '2025年2月30日'"));
    assertThat(result.errors())
        .extracting(PlanLoadException::problem)
        .containsExactly("missing key 'issued'");
  }

  @Test
  void notice_givesIssuerIssuedPublishedDocumentNumberAddresseesAndPeriod() throws IOException {
    List<String> lines = new ArrayList<>(NOTICE);
    lines.add(2, "发布时间：2025-03-05");
    lines.add(3, "");
    lines.add(4, "国知战联办〔2025〕1号");
    lines.add(5, "");
    lines.add("1. 示例任务。（知识产权局负责）");
    String text = String.join("\n", lines);

    ImportResult result = importNational(text);

    Plan plan = plan(result);
    assertThat(plan.issuer().id()).isEqualTo("joint-conference-office");
    assertThat(plan.issued()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(plan.published()).contains(LocalDate.of(2025, 3, 5));
    assertThat(plan.documentNumber()).contains("国知战联办〔2025〕1号");
    assertThat(plan.addressees())
        .extracting(agency -> agency.id())
        .containsExactly("cnipa", "mofcom");
    assertThat(plan.firstYear()).isEqualTo(2025);
    assertThat(plan.lastYear()).isEqualTo(2025);
    assertThat(plan.title()).isEqualTo("2025年度示例推进计划");
    assertThat(plan.status()).isEqualTo(PlanStatus.IN_FORCE);
    assertThat(result.metadata())
        .contains(
            new Finding(lineOf(text, "〔2025〕"), "$.document-number", "read from the copy"),
            new Finding(lineOf(text, "发布时间"), "$.published", "2025-03-05, read from the copy"),
            new Finding(lineOf(text, "2025年3月1日"), "$.issued", "2025-03-01, read from the copy"),
            new Finding(0, "$.period", "2025, from '2025年度'"));
  }

  @Test
  void annualPeriodOfTwoYears_isReadFromTheTitle() throws IOException {
    String text = national("1. 示例任务。（知识产权局负责）").replace("2025年度", "2024—2025年度");

    ImportResult result = importNational(text);

    Plan plan = plan(result);
    assertThat(plan.firstYear()).isEqualTo(2024);
    assertThat(plan.lastYear()).isEqualTo(2025);
    assertThat(result.metadata())
        .contains(new Finding(0, "$.period", "2024–2025, from '2024—2025年度'"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"十三五, 2016, 2020, 13", "十四五, 2021, 2025, 14", "十五五, 2026, 2030, 15"})
  void draftFiveYearPlan_isDraftForComment_withThePeriodOfItsFiveYearPlan(
      String words, int from, int to, int ordinal) throws IOException {
    String text =
        String.join(
            "\n",
            "示例市知识产权“" + words + "”规划(征求意见稿)",
            "",
            "一、重点任务",
            "",
            "(一)加强保护",
            "",
            "1.强化司法保护。完善审判机制。(市知识产权局负责)");

    ImportResult result = importFiveYear(text);

    assertThat(result.yaml())
        .contains("title: 示例市知识产权“" + words + "”规划\n")
        .contains("status: draft-for-comment\n")
        .contains("period: {from: " + from + ", to: " + to + "}\n");
    assertThat(result.metadata())
        .contains(
            new Finding(1, "$.title", "the document title, without (征求意见稿)"),
            new Finding(0, "$.status", "draft-for-comment: the copy calls itself 征求意见稿"),
            new Finding(
                0,
                "$.period",
                from + "–" + to + ", from '" + words + "' (the " + ordinal + "th Five-Year Plan)"));
  }

  @Test
  void attributionLines_areDropped_andABareAddressBecomesTheSource() throws IOException {
    String text =
        national("1. 示例任务。（知识产权局负责）")
            + "\n出所：2025年3月5日付け中国国家知識産権局ウェブサイト\n来源：政府网站转载\n"
            + "http://www.example.gov.cn/art/2025/3/5/art_1.html\n（责任编辑：网站编辑）\n";

    ImportResult result = importNational(text);

    Plan plan = plan(result);
    assertThat(plan.source())
        .contains(URI.create("http://www.example.gov.cn/art/2025/3/5/art_1.html"));
    assertThat(result.yaml())
        .doesNotContain("出所")
        .doesNotContain("来源")
        .doesNotContain("责任编辑")
        .doesNotContain("ウェブサイト");
    assertThat(result.notes()).isEmpty();
    assertThat(result.metadata())
        .contains(
            new Finding(
                lineOf(text, "出所"), "$.attribution", "left out: '出所：2025年3月5日付け中国国家知識産権局ウェブサイト'"),
            new Finding(lineOf(text, "来源"), "$.attribution", "left out: '来源：政府网站转载'"),
            new Finding(
                lineOf(text, "http://"),
                "$.source",
                "taken from the attribution line"
                    + " 'http://www.example.gov.cn/art/2025/3/5/art_1.html'"),
            new Finding(lineOf(text, "责任编辑"), "$.attribution", "left out: '（责任编辑：网站编辑）'"));
  }

  @Test
  void attributionLineWithAnAddress_beforeTheFirstHeading_givesTheSource() throws IOException {
    String text =
        national("1. 示例任务。（知识产权局负责）")
            .replace("为说明导入，制定本计划。", "为说明导入，制定本计划。\n原文链接：https://www.example.gov.cn/a.html");

    ImportResult result = importNational(text);

    Plan plan = plan(result);
    assertThat(plan.source()).contains(URI.create("https://www.example.gov.cn/a.html"));
    assertThat(plan.preamble()).containsExactly("为说明导入，制定本计划。");
  }

  // ------------------------------------------------------------------ bad input

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "National-2025",
    "national_2025",
    "-national",
    "national--2025",
    "'national 2025'",
    "''"
  })
  void invalidPlanId_isAnIllegalArgumentException(String id) {
    assertThatThrownBy(
            () ->
                PlanImporter.importText(
                    "plan.txt", national(), Shape.NATIONAL_ANNUAL, id, LoadOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower-case words joined by hyphens");
  }

  @Test
  void controlCharacter_isAPlanLoadExceptionAtItsLineAndColumn() {
    String text = national("1. 示例\u0007任务。（知识产权局负责）");
    int line = lineOf(text, "示例\u0007");

    assertThatThrownBy(() -> importNational(text))
        .isInstanceOfSatisfying(
            PlanLoadException.class,
            e -> {
              assertThat(e.source()).isEqualTo("plan.txt");
              assertThat(e.line()).isEqualTo(line);
              // "1. 示例" is five code points: the bell is the sixth
              assertThat(e.column()).isEqualTo(6);
              assertThat(e.problem()).contains("U+0007");
            });
  }

  @Test
  void controlCharacterAfterCarriageReturns_isCountedOnTheRightLine() {
    String text = "一、示例部分\r\r\n1. 任务\u0000。（知识产权局负责）";

    assertThatThrownBy(() -> importNational(text))
        .isInstanceOfSatisfying(
            PlanLoadException.class,
            e -> {
              // a lone CR ends line 1, CRLF ends the blank line 2
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(6);
              assertThat(e.problem()).contains("U+0000");
            });
  }

  @Test
  void malformedUtf8_inAFile_isAPlanLoadExceptionAtItsLine(@TempDir Path directory)
      throws IOException {
    byte[] good = national("1. 示例任务。（知识产权局负责）").getBytes(UTF_8);
    int line = lineOf(national("1. 示例任务。（知识产权局负责）"), "示例任务");
    String before = national("1. 示例任务。（知识产权局负责）");
    int offset = before.substring(0, before.indexOf("示例任务")).getBytes(UTF_8).length;
    byte[] bad = good.clone();
    bad[offset] = (byte) 0xFF;
    Path file = Files.write(directory.resolve("plan.txt"), bad);

    assertThatThrownBy(
            () -> PlanImporter.importFile(file, Shape.NATIONAL_ANNUAL, ID, LoadOptions.defaults()))
        .isInstanceOfSatisfying(
            PlanLoadException.class,
            e -> {
              assertThat(e.source()).isEqualTo(file.toString());
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(4);
              assertThat(e.problem()).contains("not valid UTF-8");
            });
  }

  @Test
  void importFile_readsAFileWithAByteOrderMark_likeTheText(@TempDir Path directory)
      throws IOException {
    String text = national("1. 示例任务。（知识产权局负责）");
    Path file = Files.writeString(directory.resolve("plan.txt"), "\uFEFF" + text, UTF_8);

    ImportResult fromFile =
        PlanImporter.importFile(file, Shape.NATIONAL_ANNUAL, ID, LoadOptions.defaults());

    assertThat(fromFile.yaml()).isEqualTo(importNational(text).yaml());
    assertThat(fromFile.loads()).isTrue();
  }

  @Test
  void fileOverTheSizeLimit_isAPlanLoadException(@TempDir Path directory) throws IOException {
    String text = national("1. 示例任务。（知识产权局负责）");
    Path file = Files.writeString(directory.resolve("plan.txt"), text, UTF_8);
    int bytes = text.getBytes(UTF_8).length;
    LoadOptions options = LoadOptions.defaults().withMaxBytes(bytes - 1);

    assertThatThrownBy(() -> PlanImporter.importFile(file, Shape.NATIONAL_ANNUAL, ID, options))
        .isInstanceOfSatisfying(
            PlanLoadException.class,
            e -> assertThat(e.problem()).contains("more than the limit of " + (bytes - 1)));
    assertThatThrownBy(
            () ->
                PlanImporter.importText(
                    "plan.txt",
                    text,
                    Shape.NATIONAL_ANNUAL,
                    ID,
                    LoadOptions.defaults().withMaxBytes(text.length() - 1)))
        .isInstanceOfSatisfying(
            PlanLoadException.class,
            e -> assertThat(e.problem()).contains("more than the limit of " + (text.length() - 1)));
    // At the limit the text is read; the written file, larger than the text, is checked against
    // the same limit, which it breaks.
    ImportResult atTheLimit =
        PlanImporter.importFile(
            file, Shape.NATIONAL_ANNUAL, ID, LoadOptions.defaults().withMaxBytes(bytes));
    assertThat(atTheLimit.yaml()).isEqualTo(importNational(text).yaml());
    assertThat(atTheLimit.errors())
        .extracting(PlanLoadException::problem)
        .containsExactly(
            "the file has "
                + atTheLimit.yaml().getBytes(UTF_8).length
                + " bytes, more than the limit of "
                + bytes);
  }

  @Test
  void lineLongerThanTheValueLimit_isAPlanLoadExceptionAtThatLine() {
    String text = national("1. " + "长".repeat(300) + "。（知识产权局负责）");
    LoadOptions options = LoadOptions.defaults().withMaxScalarLength(200);

    assertThatThrownBy(
            () -> PlanImporter.importText("plan.txt", text, Shape.NATIONAL_ANNUAL, ID, options))
        .isInstanceOfSatisfying(
            PlanLoadException.class,
            e -> {
              assertThat(e.line()).isEqualTo(lineOf(text, "长长"));
              assertThat(e.problem())
                  .isEqualTo("the line has 313 characters, more than the limit of 200");
            });
  }

  @Test
  void taskJoinedFromLinesUnderTheLimit_overTheValueLimit_isALoadErrorInTheResult()
      throws IOException {
    String text = national("1. " + "长".repeat(150), "长".repeat(150) + "。（知识产权局负责）");
    LoadOptions options = LoadOptions.defaults().withMaxScalarLength(200);

    ImportResult result =
        PlanImporter.importText("plan.txt", text, Shape.NATIONAL_ANNUAL, ID, options);

    assertThat(result.loads()).isFalse();
    assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.line()).isPositive());
  }

  // ------------------------------------------------------------------ robustness

  private static final long FUZZ_SEED = Long.getLong("ipplan.import.fuzz.seed", 20250301L);
  private static final int FUZZ_CASES = Integer.getInteger("ipplan.import.fuzz.cases", 2_000);

  private static final String INSERTS =
      "、．。，；：（）()「」“”《》〔〕0123456789 .,;:abcXYZ一二三四五六七八九十负责按职责分工等部门知识产权局项目专栏指标数值\u3000\u00A0";

  @Test
  void mutatedSources_importIntoAFileOrALocatedRefusal_never_anotherException() {
    Registry bundledRegistry = Loading.registry(List.of(), LoadOptions.defaults());
    List<String> national = lines(SourceText.read(ImportAgreementTest.NATIONAL));
    List<String> guangzhou = lines(SourceText.read(ImportAgreementTest.GUANGZHOU));
    Random seeds = new Random(FUZZ_SEED);
    int refused = 0;
    int loaded = 0;
    long start = System.nanoTime();
    for (int n = 0; n < FUZZ_CASES; n++) {
      long seed = seeds.nextLong();
      Random random = new Random(seed);
      boolean fromNational = random.nextBoolean();
      List<String> text = mutate(excerpt(fromNational ? national : guangzhou, random), random);
      Shape shape = fromNational ? Shape.NATIONAL_ANNUAL : Shape.FIVE_YEAR;
      if (random.nextInt(10) == 0) {
        shape = shape == Shape.FIVE_YEAR ? Shape.NATIONAL_ANNUAL : Shape.FIVE_YEAR;
      }
      String joined = String.join(random.nextInt(4) == 0 ? "\r\n" : "\n", text);
      String replay = "case " + n + ", seed " + seed + " (" + shape + ")";
      try {
        ImportResult result =
            PlanImporter.importText("fuzz.txt", joined, shape, "fuzz-case", LoadOptions.defaults());
        assertThat(result.yaml()).as(replay).isNotBlank().endsWith("\n");
        for (PlanLoadException error : result.errors()) {
          assertThat(error.source()).as(replay).isEqualTo("fuzz-case.yaml");
          assertThat(error.line()).as(replay + ": " + error.getMessage()).isPositive();
          assertThat(error.column()).as(replay + ": " + error.getMessage()).isPositive();
          assertThat(error.path()).as(replay).startsWith("$");
        }
        for (Finding note : result.notes()) {
          assertThat(note.line()).as(replay + ": " + note).isBetween(1, text.size());
        }
        for (UnknownBody body : result.unknownBodies()) {
          assertThat(body.line()).as(replay + ": " + body).isBetween(1, text.size());
        }
        if (result.loads()) {
          Plan plan =
              Loading.catalog(
                      bundledRegistry,
                      List.of(
                          new Loading.Source(
                              "fuzz-case.yaml", result.yaml().getBytes(UTF_8), false)),
                      LoadOptions.defaults())
                  .plan("fuzz-case")
                  .orElseThrow();
          assertThat(plan.measures()).as(replay).hasSizeLessThanOrEqualTo(text.size());
          loaded++;
        }
      } catch (PlanLoadException e) {
        assertThat(e.source()).as(replay).isEqualTo("fuzz.txt");
        assertThat(e.line()).as(replay + ": " + e.getMessage()).isPositive();
        refused++;
      } catch (Throwable e) {
        throw new AssertionError(
            replay
                + ": "
                + e
                + "; replay with -Dipplan.import.fuzz.seed="
                + FUZZ_SEED
                + " -Dipplan.import.fuzz.cases="
                + (n + 1),
            e);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "import fuzz: %d cases (seed %d), %d loaded, %d refused, in %d ms%n",
        FUZZ_CASES, FUZZ_SEED, loaded, refused, millis);
    assertThat(loaded).as("some mutated copies still load").isPositive();
    assertThat(refused).as("some mutated copies are refused").isPositive();
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(List.of(text.split("\n", -1)));
  }

  /**
   * The whole source one time in eight; otherwise a window of it, after its first lines (the
   * notice, title and preamble) one time in two: smaller texts, so that more cases run.
   */
  private static List<String> excerpt(List<String> source, Random random) {
    if (random.nextInt(8) == 0) {
      return new ArrayList<>(source);
    }
    int from = random.nextInt(source.size());
    int to = Math.min(source.size(), from + 5 + random.nextInt(55));
    List<String> lines = new ArrayList<>();
    if (random.nextBoolean()) {
      lines.addAll(source.subList(0, Math.min(from, 40)));
    }
    lines.addAll(source.subList(from, to));
    return lines;
  }

  private static List<String> mutate(List<String> lines, Random random) {
    int edits = 1 + random.nextInt(6);
    for (int e = 0; e < edits && !lines.isEmpty(); e++) {
      int at = random.nextInt(lines.size());
      String line = lines.get(at);
      switch (random.nextInt(10)) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, line);
        case 2 -> {
          int to = Math.min(lines.size(), at + 1 + random.nextInt(20));
          Collections.shuffle(lines.subList(at, to), random);
        }
        case 3 -> {
          int cut = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
          lines.set(at, line.substring(0, cut));
          lines.add(at + 1, line.substring(cut));
        }
        case 4 -> {
          int cut = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
          lines.set(at, line.substring(0, cut) + insert(random) + line.substring(cut));
        }
        case 5 -> lines.add(at, "");
        case 6 ->
            lines.set(at, line.isEmpty() ? line : line.substring(random.nextInt(line.length())));
        case 7 -> lines.add(at, insert(random));
        case 8 -> {
          int cut = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
          lines.set(at, line.substring(0, cut));
        }
        default -> {
          int count = 1 + random.nextInt(40);
          lines.subList(at, Math.min(lines.size(), at + count)).clear();
        }
      }
    }
    return lines;
  }

  private static String insert(Random random) {
    StringBuilder out = new StringBuilder();
    int count = 1 + random.nextInt(8);
    for (int i = 0; i < count; i++) {
      if (random.nextInt(100) == 0) {
        // now and then a character no plan text may hold: the import is refused
        out.append(random.nextBoolean() ? '\u0007' : '\uFFFE');
        continue;
      }
      switch (random.nextInt(4)) {
        case 0 -> out.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
        case 1 -> out.append((char) (0x21 + random.nextInt(0x7E - 0x21)));
        case 2 -> out.append(random.nextInt(1000));
        default -> out.append(INSERTS.charAt(random.nextInt(INSERTS.length())));
      }
    }
    return out.toString();
  }

  @Test
  void twoHundredThousandShortProseLinesAfterOneTask_finishQuickly_withBoundedNotes() {
    List<String> body = new ArrayList<>();
    body.add("1. 唯一的任务，");
    body.addAll(Collections.nCopies(200_000, "短句"));
    String text = national(body.toArray(String[]::new));
    int first = lineOf(text, "短句");
    int last = first + 200_000 - 1;

    ImportResult result = quickly(() -> importNational(text));

    // Each line continues the task (none ends a sentence): one note each, and one more for the
    // task's missing clause; of these 200,001 the first 50 are written and the rest counted in one
    // more note.
    List<Finding> notes = notesAt(result, task(0));
    assertThat(notes).hasSize(51);
    assertThat(notes.get(0).line()).isEqualTo(first);
    assertThat(notes.get(49).line()).isEqualTo(first + 49);
    assertThat(notes.get(50))
        .isEqualTo(
            new Finding(
                first + 50,
                task(0),
                "The copy has 199951 more remarks on this element, up to source line "
                    + last
                    + ", which are not written out."));
    assertThat(result.yaml()).contains("唯一的任务，" + "短句".repeat(200_000) + "\n");
    assertThat(result.yaml()).contains("lead-rule: " + LEAD_RULE);
    // the joined text is longer than a value may be
    assertThat(result.loads()).isFalse();
    assertThat(result.errors()).isNotEmpty().allMatch(error -> error.line() > 0);
  }

  @Test
  void twoHundredThousandShortProseLinesAfterTheLeadRule_finishQuickly_withBoundedNotes() {
    String text = national("1. 唯一的任务。（知识产权局负责）") + "短句。\n".repeat(200_000);
    int first = lineOf(text, "短句");

    ImportResult result = quickly(() -> importNational(text));

    List<Finding> notes = notesAt(result, "$");
    assertThat(notes).hasSize(51);
    assertThat(notes.subList(0, 50))
        .allMatch(note -> note.message().contains("where the format has no place for it"));
    assertThat(notes.get(50))
        .isEqualTo(
            new Finding(
                first + 50,
                "$",
                "The copy has 199950 more remarks on this element, up to source line "
                    + (first + 200_000 - 1)
                    + ", which are not written out."));
    assertThat(result.loads()).isTrue();
  }

  @Test
  void oneLineOfSixtyThousandCharacters_finishesQuickly() {
    String text = national("1. " + "长".repeat(60_000) + "。（知识产权局负责）");

    ImportResult result = quickly(() -> importNational(text));

    assertThat(result.loads()).isTrue();
    assertThat(result.yaml()).contains("长".repeat(60_000) + "。\n");
  }

  @Test
  void twentyThousandTasksEachNamingAnUnknownBody_finishQuickly() {
    String[] tasks =
        IntStream.rangeClosed(1, 20_000)
            .mapToObj(i -> i + ". 任务" + i + "。（未知机构" + i + "负责）")
            .toArray(String[]::new);
    String text = national(tasks);

    ImportResult result = quickly(() -> importNational(text));

    // A task number has at most four digits: the lines from 10000 on are read as the text of task
    // 9999, which ends in the clause of the last line, and each is noted as a line break in it.
    assertThat(result.unknownBodies()).hasSize(9_999);
    assertThat(result.unknownBodies().get(9_997).name()).isEqualTo("未知机构9998");
    assertThat(result.unknownBodies().get(9_997).line()).isEqualTo(lineOf(text, "9998. "));
    UnknownBody last = result.unknownBodies().get(9_998);
    assertThat(last.name()).isEqualTo("未知机构20000");
    assertThat(last.line()).isEqualTo(lineOf(text, "20000. "));
    assertThat(last.path()).isEqualTo(task(9_998) + ".responsible[0]");
    assertThat(notesAt(result, task(9_998))).hasSize(51);
    // The joined text of task 9999 is longer than a line of the written file may be: the loader
    // refuses the file before reading it.
    assertThat(result.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.problem()).contains("more than the limit of 66560"));
    assertThat(result.loads()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"NATIONAL_ANNUAL", "FIVE_YEAR"})
  void onlyBlankLines_orNothing_giveAFileWithTheMetadataLeftForTheUser(Shape shape) {
    for (String text : List.of("\n \n\u3000\n\t\r\n\u00A0\n".repeat(1000), "")) {
      ImportResult result =
          quickly(
              () -> PlanImporter.importText("empty.txt", text, shape, ID, LoadOptions.defaults()));

      assertThat(result.yaml()).startsWith("id: " + ID + "\n");
      assertThat(result.notes()).isEmpty();
      assertThat(result.unknownBodies()).isEmpty();
      assertThat(result.metadata())
          .extracting(Finding::path)
          .contains("$.title", "$.issued", "$.period", "$.source");
      assertThat(result.errors())
          .extracting(PlanLoadException::problem)
          .containsExactly("missing key 'title'");
    }
  }

  private static <T> T quickly(Callable<T> run) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10), run::call, "a hang");
  }

  // ------------------------------------------------------------------ threads

  @Test
  void importsFromEightThreadsAtOnce_equalTheSingleThreadedResult() throws Exception {
    String nationalText = SourceText.read(ImportAgreementTest.NATIONAL);
    String guangzhouText = SourceText.read(ImportAgreementTest.GUANGZHOU);
    String nationalYaml =
        PlanImporter.importText(
                "n.txt", nationalText, Shape.NATIONAL_ANNUAL, "n-1", LoadOptions.defaults())
            .yaml();
    String guangzhouYaml =
        PlanImporter.importText(
                "g.txt", guangzhouText, Shape.FIVE_YEAR, "g-1", LoadOptions.defaults())
            .yaml();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(
            threads.submit(
                () -> {
                  start.await();
                  List<String> written = new ArrayList<>();
                  for (int i = 0; i < 4; i++) {
                    written.add(
                        PlanImporter.importText(
                                "n.txt",
                                nationalText,
                                Shape.NATIONAL_ANNUAL,
                                "n-1",
                                LoadOptions.defaults())
                            .yaml());
                    written.add(
                        PlanImporter.importText(
                                "g.txt",
                                guangzhouText,
                                Shape.FIVE_YEAR,
                                "g-1",
                                LoadOptions.defaults())
                            .yaml());
                  }
                  return written;
                }));
      }
      start.countDown();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        expected.add(nationalYaml);
        expected.add(guangzhouYaml);
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
