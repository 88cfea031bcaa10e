package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  static final String ID = "sample-2025";

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

  static final String LEAD_RULE = "上述各项任务分工中，由多个部门负责的，列第一位的部门为牵头部门，其他为参与部门。";

  private static final String SECTION = "$.parts[0].sections[0]";

  /** The notice, the given lines (tasks and what else the test needs), then the lead rule. */
  static String national(String... body) {
    List<String> lines = new ArrayList<>(NOTICE);
    lines.addAll(List.of(body));
    lines.add("");
    lines.add(LEAD_RULE);
    return String.join("\n", lines) + "\n";
  }

  /** The 1-based line of the first line of the text that holds the needle. */
  static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertThat(at).as("the text holds %s", needle).isGreaterThanOrEqualTo(0);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  static ImportResult importNational(String text) throws IOException {
    return PlanImporter.importText(
        "plan.txt", text, Shape.NATIONAL_ANNUAL, ID, LoadOptions.defaults());
  }

  static ImportResult importFiveYear(String text) throws IOException {
    return PlanImporter.importText("plan.txt", text, Shape.FIVE_YEAR, ID, LoadOptions.defaults());
  }

  /** The plan the written file loads into, against the bundled registry. */
  static Plan plan(ImportResult result) {
    assertThat(result.errors()).as("the imported file loads").isEmpty();
    return ImportAgreementTest.load(result.yaml());
  }

  static List<Finding> notesAt(ImportResult result, String path) {
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

  static String task(int index) {
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
