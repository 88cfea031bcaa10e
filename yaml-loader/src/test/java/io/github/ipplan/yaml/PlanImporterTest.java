package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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

  /** Paragraphs separated by blank lines, as the published copies print them. */
  static String paragraphs(String... paragraphs) {
    return String.join("\n\n", paragraphs);
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
  void copyInTraditionalCharacters_getsOneNote_andItsBodiesResolveAsPrinted() throws IOException {
    String text =
        paragraphs(
            "知識產權強國建設年度推進計劃",
            "一、完善知識產權制度",
            "（一）完善知識產權法律法規規章",
            "1. 推進修訂《中華人民共和國專利法實施細則》。（國家知識產權局、農業農村部負責）",
            "2. 推進《中醫藥傳統知識保護條例》立法進程。（中醫藥局負責）");

    ImportResult result = importNational(text);

    // 47 of the 91 ideographs are traditional forms (識, 產, 權, 國, 設, 劃, 進 …).
    assertThat(result.notes())
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.path()).isEqualTo("$");
              assertThat(note.line()).isEqualTo(1);
              assertThat(note.message())
                  .startsWith("The copy is printed in traditional characters (47 of its 91")
                  .contains("without a note for each form");
            });
    // 國家知識產權局, 農業農村部 and 中醫藥局 are names of registered bodies in traditional
    // characters: they resolve, and are kept as printed.
    assertThat(result.unknownBodies()).isEmpty();
    // The clauses read as they do in simplified characters: 負責 is 负责.
    assertThat(result.yaml()).contains("responsible: [國家知識產權局, 農業農村部]");
    assertThat(result.yaml()).contains("responsible: [中醫藥局]");
  }

  @Test
  void anAliasPrintedInAClause_isUnknown_withTheBodysNameAsTheFirstHint() throws IOException {
    // 国知局 is an alias of 知识产权局 in the bundled registry, not a name a plan may print.
    String text = national("1. 示例任务。（国知局负责）");

    ImportResult result = importNational(text);

    assertThat(result.unknownBodies())
        .singleElement()
        .satisfies(
            body -> {
              assertThat(body.name()).isEqualTo("国知局");
              assertThat(body.nearest()).first().isEqualTo("知识产权局");
            });
  }

  @ParameterizedTest(name = "{1} of {0} ideographs traditional: a traditional copy {2}")
  @CsvSource({"19, 19, false", "20, 20, true", "20, 4, true", "20, 3, false"})
  void aCopyIsInTraditionalCharacters_fromTwentyIdeographs_oneInFiveOfThemTraditional(
      int ideographs, int traditional, boolean copy) throws IOException {
    String text = "見".repeat(traditional) + "见".repeat(ideographs - traditional) + "。";

    ImportResult result = importNational(text);

    assertThat(result.notes())
        .filteredOn(note -> note.message().startsWith("The copy is printed in traditional"))
        .hasSize(copy ? 1 : 0);
    // Below the share, each form is noted where it stands.
    assertThat(result.notes())
        .filteredOn(note -> note.message().contains("is printed with the traditional form of"))
        .hasSize(copy ? 0 : traditional);
  }

  @Test
  void aNameInFullWidthLetters_isUnknown_withTheBodysNameAsTheFirstHint_aTraditionalFormIsKnown()
      throws IOException {
    String text = national("1. 示例任务。（ＣＮＩＰＡ负责）", "", "2. 示例任务。（國家林草局负责）");

    ImportResult result = importNational(text);

    assertThat(result.unknownBodies()).extracting(UnknownBody::name).containsExactly("ＣＮＩＰＡ");
    assertThat(result.unknownBodies().get(0).nearest()).first().isEqualTo("知识产权局");
    assertThat(result.yaml()).contains("responsible: [國家林草局]");
  }

  @Test
  void aFewTraditionalForms_doNotMakeACopyTraditional() throws IOException {
    // One traditional form among simplified text gets its note.
    String text =
        national(
            "1. 制定《关于加强调解工作的意見》，完善知识产权保护体系建设工作机制。（知识产权局负责）",
            "",
            "2. 推进修改《中华人民共和国著作权法实施条例》，显著提升知识产权保护水平。（中央宣传部负责）");

    ImportResult result = importNational(text);

    assertThat(result.notes())
        .extracting(Finding::message)
        .containsExactly("'意見' is printed with the traditional form of '见'; kept as printed.");
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
    String text = paragraphs("示例市知识产权“十四五”规划", "一、重点任务", "(一)加强保护", "1.强化司法保护。完善审判机制。");

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
    String text = paragraphs("示例市知识产权“十四五”规划", "(一)没有章的小节", "一、总体要求", "项目1 没有小节的项目", "建设示例中心。");

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
        paragraphs(
            "示例市知识产权“十四五”规划", "一、重点任务", "(一)加强保护", "1.强化司法保护。完善审判机制。", "专栏1 示例工程", "建设示例中心。");

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
    String text = national("1. 示例任务。（国家数据局、知识产权局负责）", "", "2. 另一任务。（知识产权局负责）");

    ImportResult result = importNational(text);

    assertThat(result.unknownBodies()).hasSize(1);
    UnknownBody unknown = result.unknownBodies().get(0);
    assertThat(unknown.name()).isEqualTo("国家数据局");
    assertThat(unknown.line()).isEqualTo(lineOf(text, "国家数据局"));
    assertThat(unknown.path()).isEqualTo(task(0) + ".responsible[0]");
    // Two edits away: 国家统计局, 国家林草局, 国家邮政局, 国家药监局 (registry order); three: 国管局 first.
    assertThat(unknown.nearest()).containsExactly("国家统计局", "国家林草局", "国家邮政局", "国家药监局", "国管局");
    assertThat(result.yaml()).contains("responsible: [国家数据局, 知识产权局]");
    assertThat(result.loads()).isFalse();
    assertThat(result.errors()).isNotEmpty();
    assertThat(result.errors().get(0).problem()).contains("unknown body '国家数据局'");
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
                "  - id: nda",
                "    printed: [国家数据局]",
                "    full-name: 国家数据局",
                "    english: National Data Administration",
                "    kind: national-administration",
                "    level: central",
                ""),
            UTF_8);
    LoadOptions options = LoadOptions.defaults().withRegistry(registry);
    String text = national("1. 示例任务。（国家数据局、知识产权局负责）");

    ImportResult result =
        PlanImporter.importText("plan.txt", text, Shape.NATIONAL_ANNUAL, ID, options);

    assertThat(result.unknownBodies()).isEmpty();
    assertThat(result.errors()).isEmpty();
    assertThat(result.loads()).isTrue();
    Path written = Files.writeString(directory.resolve(ID + ".yaml"), result.yaml(), UTF_8);
    Measure measure =
        PlanLoader.load(options, written).plan(ID).orElseThrow().measure(1).orElseThrow();
    assertThat(measure.lead().orElseThrow().id()).isEqualTo("nda");
    assertThat(measure.printedNames()).containsExactly("国家数据局", "知识产权局");
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
    // The loader reports every missing key, each at the top-level mapping, in the format's order.
    assertThat(result.errors())
        .extracting(PlanLoadException::problem)
        .containsExactly("missing key 'issuer'", "missing key 'issued'");
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
        paragraphs(
            "示例市知识产权“" + words + "”规划(征求意见稿)", "一、重点任务", "(一)加强保护", "1.强化司法保护。完善审判机制。(市知识产权局负责)");

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

  // ------------------------------------------------------------------ numbering and notes

  @Test
  void headingNumberingUnlikeTheOthers_isNotedOnThePlan_quotingTheHeading() throws IOException {
    String text =
        national(
            "1. 第一项任务。（知识产权局负责）",
            "",
            "（二）第二小节",
            "",
            "2. 第二项任务。（商务部负责）",
            "",
            "(三)第三小节",
            "",
            "3. 第三项任务。（知识产权局负责）",
            "",
            "二、第二部分",
            "",
            "（一）第二部分的小节",
            "",
            "4. 第四项任务。（商务部负责）",
            "",
            "三．第三部分",
            "",
            "（一）第三部分的小节",
            "",
            "5. 第五项任务。（知识产权局负责）");

    ImportResult result = importNational(text);

    // parts first, then the sections of all parts, each against the usual form among them
    assertThat(result.notes())
        .containsExactly(
            new Finding(
                lineOf(text, "三．"),
                "$",
                "The heading '三．第三部分' is printed '三．' with a full-width full stop."),
            new Finding(
                lineOf(text, "(三)"),
                "$",
                "The heading '(三)第三小节' is printed '(三)', unlike the others ('（N）')."));
    assertThat(result.yaml())
        .contains("numeral: 三\n    label: 三．\n    title: 第三部分\n")
        .contains("numeral: 三\n        label: (三)\n        title: 第三小节\n")
        .doesNotContain("label: 二、")
        .doesNotContain("label: （二）");
  }

  @Test
  void twoHeadingsNumberedUnalike_theFirstSetsTheUsualForm() throws IOException {
    String text =
        national("1. 第一项任务。（知识产权局负责）", "", "二．第二部分", "", "（一）第二部分的小节", "", "2. 第二项任务。（商务部负责）");

    ImportResult result = importNational(text);

    assertThat(result.notes())
        .containsExactly(
            new Finding(
                lineOf(text, "二．"),
                "$",
                "The heading '二．第二部分' is printed '二．' with a full-width full stop."));
  }

  @Test
  void headingPrintedWithAnEnumerationCommaAmongFullStops_isNoted() throws IOException {
    String text = paragraphs("示例市知识产权“十四五”规划", "一．总体要求", "二．重点任务", "三、保障措施", "加强组织领导。");

    ImportResult result = importFiveYear(text);

    assertThat(result.notes())
        .containsExactly(
            new Finding(
                lineOf(text, "三、"),
                "$",
                "The heading '三、保障措施' is printed '三、' with an enumeration comma (、)."));
    // the usual form 、 is not written as a label; the others are
    assertThat(result.yaml())
        .contains("label: 一．")
        .contains("label: 二．")
        .doesNotContain("label: 三");
  }

  @Test
  void twoTasksNumberedUnalike_theFormatsFormIsTheUsualOne() throws IOException {
    String text = national("1．第一项任务。（知识产权局负责）", "", "2. 第二项任务。（商务部负责）");

    ImportResult result = importNational(text);

    assertOnlyNote(
        result,
        task(0),
        lineOf(text, "第一项"),
        "The number is printed '1．' with a full-width full stop.");
    assertThat(notesAt(result, task(1))).isEmpty();
  }

  @Test
  void taskNumberedWithoutTheSpace_isNotedAsUnlikeTheOthers() throws IOException {
    String text = national("1. 第一项任务。（知识产权局负责）", "", "2.第二项任务。（商务部负责）", "", "3. 第三项任务。（知识产权局负责）");

    ImportResult result = importNational(text);

    assertOnlyNote(
        result,
        task(1),
        lineOf(text, "第二项"),
        "The number is printed '2.', unlike the others ('N.').");
    assertThat(result.notes()).hasSize(1);
  }

  @Test
  void moreThanFiftyNotesOnOneElement_areCounted_inOneNoteAtTheFirstUnwrittenLine()
      throws IOException {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 1; i <= 55; i++) {
      paragraphs.add("第" + i + "段説明。");
    }
    String text =
        national("1. 示例任务。（知识产权局负责）").replace("为说明导入，制定本计划。", String.join("\n", paragraphs));

    ImportResult result = importNational(text);

    List<Finding> notes = notesAt(result, "$");
    assertThat(notes).hasSize(51);
    assertThat(notes.get(0))
        .isEqualTo(
            new Finding(
                lineOf(text, "第1段"),
                "$",
                "'段説' is printed with the traditional form of '说' in $.preamble; kept as printed."));
    assertThat(notes.get(49).line()).isEqualTo(lineOf(text, "第50段"));
    String counted =
        "The copy has 5 more remarks on this element, up to source line "
            + lineOf(text, "第55段")
            + ", which are not written out.";
    assertThat(notes.get(50)).isEqualTo(new Finding(lineOf(text, "第51段"), "$", counted));
    List<Object> written = writtenNotes(result, "$");
    assertThat(written).hasSize(51);
    assertThat(written.get(50))
        .isEqualTo(
            "The copy has 5 more remarks on this element, up to source line "
                + lineOf(text, "第55段")
                + ", which are not written out (source line "
                + lineOf(text, "第51段")
                + ").");
    assertThat(plan(result).preamble()).hasSize(55);
  }

  @Test
  void fiftyNotesOnOneElement_areAllWritten_withoutACount() throws IOException {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      paragraphs.add("第" + i + "段説明。");
    }
    String text =
        national("1. 示例任务。（知识产权局负责）").replace("为说明导入，制定本计划。", String.join("\n", paragraphs));

    ImportResult result = importNational(text);

    assertThat(notesAt(result, "$"))
        .hasSize(50)
        .noneMatch(n -> n.message().contains("more remarks"));
  }

  // ------------------------------------------------------------------ the indicator table

  /** A five-year plan's title, a chapter and a section, then the given lines. */
  static String fiveYear(String... body) {
    List<String> lines =
        new ArrayList<>(
            List.of("示例市知识产权“十四五”规划", "", "一、总体要求", "", "(一)主要目标", "", "到2025年，知识产权强市基本建成。", ""));
    lines.addAll(List.of(body));
    return String.join("\n", lines);
  }

  private static final String TARGETS = "$.chapters[0].sections[0]";

  @Test
  void tableWithNatureUnitAndNumberColumns_takesTheUnitAndNatureFromTheirCells()
      throws IOException {
    String text =
        fiveYear(
            "主要指标",
            "指标名称",
            "单位",
            "指标属性",
            "目标值",
            "来源",
            "序号",
            "专利密集型产业增加值占GDP比重",
            "%",
            "约束性",
            "13",
            "市知识产权局",
            "1",
            "新增海外发明专利 授权量",
            "件",
            "预期性",
            "5000",
            "市知识产权局",
            "2",
            "知识产权服务机构数量",
            "家",
            "预期性",
            "三千五百",
            "市知识产权局",
            "3");

    ImportResult result = importFiveYear(text);

    assertThat(result.yaml())
        .contains(
            "  - name: 专利密集型产业增加值占GDP比重\n"
                + "    target: 13\n"
                + "    unit: '%'\n"
                + "    year: 2025\n"
                + "    kind: share-of-gdp\n"
                + "    nature: binding\n"
                + "    source: 市知识产权局\n")
        .contains(
            "  - name: 新增海外发明专利 授权量\n"
                + "    target: 5000\n"
                + "    unit: 件\n"
                + "    year: 2025\n"
                + "    kind: new-over-period\n"
                + "    nature: expected\n"
                + "    source: 市知识产权局\n")
        .contains("columns: [指标名称, 单位, 指标属性, 目标值, 来源, 序号]")
        .doesNotContain("cell:");
    assertThat(notesAt(result, "$.indicators[1]"))
        .containsExactly(
            new Finding(
                lineOf(text, "新增海外"),
                "$.indicators[1]",
                "Half-width spaces are kept as printed: '明专利 授权量'."));
    assertThat(result.notes()).filteredOn(n -> n.path().equals("$.indicators[2]")).isEmpty();
    // the row whose value is not a number ends the table: its cells are the section's prose
    assertThat(notesAt(result, "$").get(0))
        .isEqualTo(
            new Finding(
                lineOf(text, "知识产权服务机构数量"),
                "$",
                "The paragraph '知识产权服务机构数量' is printed after what follows its heading; it is kept"
                    + " with the heading's paragraphs, which the format prints first."));
    assertThat(result.yaml())
        .contains("- 知识产权服务机构数量家预期性三千五百市知识产权局3\n")
        .contains("indicator-table:");
    assertThat(result.metadata())
        .contains(
            new Finding(
                lineOf(text, "主要指标"),
                "$.indicators.nature",
                "the table's title says neither 预期性 nor 约束性; expected is written, check it"),
            new Finding(
                0,
                "$.indicators.bound",
                "not drafted: a bound (达, 以上, 超过) and a baseline come from the goals' sentences,"
                    + " which need a reader"));
    assertThat(result.metadata())
        .filteredOn(f -> f.path().equals("$.indicators.kind"))
        .extracting(Finding::line)
        .containsExactly(lineOf(text, "主要指标"));
  }

  @Test
  void tableTitleSaying约束性_makesItsIndicatorsBinding_andUnitsComeFromTheNameCell()
      throws IOException {
    String text =
        fiveYear(
            "主要约束性指标",
            "指标",
            "数值",
            "数据来源",
            "每万人口高价值发明专利拥有量（件）",
            "30",
            "市知识产权局",
            "知识产权质押融资登记金额(亿元/年)",
            "120.5",
            "市知识产权局");

    ImportResult result = importFiveYear(text);

    assertThat(result.yaml())
        .contains(
            "  - name: 每万人口高价值发明专利拥有量\n"
                + "    cell: 每万人口高价值发明专利拥有量（件）\n"
                + "    target: 30\n"
                + "    unit: 件\n"
                + "    year: 2025\n"
                + "    kind: level\n"
                + "    nature: binding\n")
        .contains(
            "  - name: 知识产权质押融资登记金额\n"
                + "    target: 120.5\n"
                + "    unit: 亿元/年\n"
                + "    year: 2025\n"
                + "    kind: annual-count\n"
                + "    nature: binding\n");
    assertThat(result.metadata()).noneMatch(f -> f.path().equals("$.indicators.nature"));
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void tableTitleSaying预期性_makesItsIndicatorsExpected_withoutAMetadataRemark() throws IOException {
    String text = fiveYear("主要预期性指标", "指标", "数值", "示例指标(件)", "30");

    ImportResult result = importFiveYear(text);

    assertThat(result.yaml()).contains("    nature: expected\n").doesNotContain("source:");
    assertThat(result.metadata()).noneMatch(f -> f.path().equals("$.indicators.nature"));
  }

  @Test
  void tableInAPlanWithoutYears_writesNoYear() throws IOException {
    String text =
        String.join("\n", "示例市知识产权规划", "", "一、总体要求", "", "主要预期性指标", "指标", "数值", "示例指标(件)", "30");

    ImportResult result = importFiveYear(text);

    assertThat(result.yaml())
        .contains("  - name: 示例指标\n    target: 30\n    unit: 件\n    kind: level\n")
        .doesNotContain("year:");
    assertThat(result.metadata())
        .contains(
            new Finding(
                0,
                "$.period",
                "left for the user: neither the title nor the preamble prints the years"));
  }

  @Test
  void unitCellCutShort_orANameCellThatIsAllParenthesis_isKeptAsPrinted() throws IOException {
    String text = fiveYear("主要预期性指标", "指标", "数值", "知识产权服务机构数量（家", "3500", "（家）", "10", "（万件", "20");

    ImportResult result = importFiveYear(text);

    assertThat(result.yaml())
        .contains("  - name: 知识产权服务机构数量\n    cell: 知识产权服务机构数量（家\n    target: 3500\n    unit: 家\n")
        .contains("  - name: （家）\n    cell: （家）\n    target: 10\n    unit: ''\n")
        .contains("  - name: （万件\n    cell: （万件\n    target: 20\n    unit: ''\n");
    assertThat(result.notes())
        .containsExactly(
            new Finding(
                lineOf(text, "机构数量（家"),
                "$.indicators[0]",
                "The source copy cuts this unit cell short: it prints '（家'; the unit is kept as"
                    + " printed."));
  }

  @Test
  void rowCutShortByAHeading_endsTheTable() throws IOException {
    String text =
        fiveYear(
            "主要预期性指标",
            "指标",
            "数值",
            "数据来源",
            "示例指标甲(件)",
            "30",
            "市知识产权局",
            "示例指标乙(件)",
            "40",
            "(二)重点任务",
            "",
            "1.强化司法保护。完善审判机制。");

    ImportResult result = importFiveYear(text);

    assertThat(result.yaml())
        .contains("  - name: 示例指标甲\n")
        .doesNotContain("name: 示例指标乙")
        .doesNotContain("source: (二)");
    assertThat(result.yaml())
        .contains("- 示例指标乙(件)\n")
        .contains("- '40'\n")
        .contains("title: 重点任务\n");
  }

  @Test
  void tableEndingTheText_readsItsLastRow_andAHeaderAtTheEndIsProse() throws IOException {
    String full = fiveYear("主要预期性指标", "指标", "数值", "示例指标甲(件)", "30", "示例指标乙(件)", "40");
    String headersOnly = fiveYear("主要预期性指标", "指标", "数值");
    String nameOnly = fiveYear("主要预期性指标", "指标");

    assertThat(importFiveYear(full).yaml()).contains("name: 示例指标乙\n    target: 40\n");
    ImportResult headers = importFiveYear(headersOnly);
    assertThat(headers.yaml()).contains("indicator-table:").doesNotContain("indicators:");
    assertThat(headers.metadata()).noneMatch(f -> f.path().startsWith("$.indicators"));
    assertThat(importFiveYear(nameOnly).yaml())
        .doesNotContain("indicator-table:")
        .contains("- 主要预期性指标指标\n");
  }

  @Test
  void tableRightAfterATask_endsTheTask_andTheParagraphAfterItIsTheSections() throws IOException {
    String text =
        national(
            "1. 示例任务。（知识产权局负责）",
            "",
            "主要预期性指标",
            "指标",
            "数值",
            "数据来源",
            "示例指标(件)",
            "30",
            "示例未知局",
            "",
            "表后的说明。");

    ImportResult result = importNational(text);

    assertThat(result.yaml())
        .contains("            text: 示例任务。\n")
        .contains("        paragraphs:\n          - 表后的说明。\n")
        .contains("  - name: 示例指标\n    target: 30\n    unit: 件\n    year: 2025\n");
    assertThat(result.unknownBodies())
        .extracting(UnknownBody::name, UnknownBody::line, UnknownBody::path)
        .containsExactly(tuple("示例未知局", lineOf(text, "示例未知局"), "$.indicators[0].source"));
  }

  @Test
  void tableWithoutAValueColumn_readsNoRows() throws IOException {
    String text = fiveYear("主要预期性指标", "指标", "数据来源", "示例指标甲(件)", "市知识产权局");

    ImportResult result = importFiveYear(text);

    assertThat(result.yaml())
        .contains("columns: [指标, 数据来源]")
        .doesNotContain("indicators:")
        .contains("- 示例指标甲(件)\n");
  }

  @Test
  void tableOutsideAnyHeading_orASecondTable_isReadAsProse_withANote() throws IOException {
    String outside =
        String.join(
            "\n", "示例市知识产权“十四五”规划", "", "1.强化司法保护。", "", "主要指标", "指标", "数值", "示例指标(件)", "30");
    String second =
        fiveYear(
            "主要预期性指标",
            "指标",
            "数值",
            "示例指标甲(件)",
            "30",
            "",
            "(二)重点任务",
            "",
            "其他预期性指标",
            "指标",
            "数值",
            "示例指标乙(件)",
            "40");

    ImportResult outsideResult = importFiveYear(outside);
    ImportResult secondResult = importFiveYear(second);

    assertThat(notesAt(outsideResult, "$").get(0))
        .isEqualTo(
            new Finding(
                lineOf(outside, "主要指标"),
                "$",
                "The table '主要指标' is printed where the format has no place for it (outside any"
                    + " heading, or after another table); it is read as prose."));
    assertThat(outsideResult.yaml()).contains("measures:").doesNotContain("indicator-table:");
    assertThat(notesAt(secondResult, "$").get(0))
        .isEqualTo(
            new Finding(
                lineOf(second, "其他预期性指标"),
                "$",
                "The table '其他预期性指标' is printed where the format has no place for it (outside any"
                    + " heading, or after another table); it is read as prose."));
    assertThat(secondResult.yaml())
        .contains("name: 示例指标甲")
        .doesNotContain("name: 示例指标乙")
        .contains("- 其他预期性指标\n");
  }

  // ------------------------------------------------------------------ the notice and metadata

  /** The body every national text below shares: a document title, a part, a section, a task. */
  private static final List<String> BODY =
      List.of("2025年度示例推进计划", "", "一、示例部分", "", "（一）示例小节", "", "1. 示例任务。（知识产权局负责）", "", LEAD_RULE);

  private static String withBody(String... front) {
    List<String> lines = new ArrayList<>(List.of(front));
    lines.addAll(BODY);
    return String.join("\n", lines) + "\n";
  }

  @Test
  void notice_withAttachmentsSealAndHalfWidthColon_namesUnknownAddresseesAndSignatory()
      throws IOException {
    String text =
        withBody(
            "关于印发《2025年度示例推进计划》的通知",
            "知识产权局、示例未知局:",
            "经同意，现将《2025年度示例推进计划》印發给你们，请认真 贯彻执行。",
            "附件：",
            "示例附件名称",
            "示例未知办公室",
            "（示例未知办公室印）",
            "2025年3月1日");

    ImportResult result = importNational(text);

    assertThat(result.yaml())
        .contains("addressees: [知识产权局, 示例未知局]\n")
        .contains("issuer: 示例未知办公室\n")
        .contains("  title: 关于印发《2025年度示例推进计划》的通知\n")
        .contains("  attachments-heading: 附件：\n")
        .contains("  attachments:\n    - 示例附件名称\n")
        .contains("  signatory: 示例未知办公室\n")
        .contains("  seal: （示例未知办公室印）\n");
    assertThat(result.unknownBodies())
        .extracting(UnknownBody::name, UnknownBody::line, UnknownBody::path)
        .containsExactly(tuple("示例未知局", 2, "$.addressees[1]"), tuple("示例未知办公室", 6, "$.issuer"));
    assertThat(result.metadata())
        .contains(
            new Finding(6, "$.issuer", "the signatory '示例未知办公室', which no registry knows"),
            new Finding(
                0,
                "$.published",
                "left for the user: the copy prints no date of publication (发布时间)"),
            new Finding(
                0, "$.source", "left for the user: the copy prints no address of the original"),
            new Finding(lineOf(text, LEAD_RULE), "$.lead-rule", "read from the copy"));
    assertThat(result.notes())
        .containsExactly(
            new Finding(3, "$", "Half-width spaces are kept as printed in $.notice: '请认真 贯彻执'."),
            new Finding(
                3,
                "$",
                "'印發' is printed with the traditional form of '发' in $.notice; kept as printed."));
  }

  @Test
  void notice_withAKnownSignatory_givesTheIssuersBody() throws IOException {
    String text = national("1. 示例任务。（知识产权局负责）");

    ImportResult result = importNational(text);

    assertThat(result.metadata())
        .contains(
            new Finding(
                lineOf(text, "国务院知识产权战略实施工作部际联席会议办公室\n"),
                "$.issuer",
                "the signatory '国务院知识产权战略实施工作部际联席会议办公室', body 'joint-conference-office'"));
    assertThat(result.yaml()).doesNotContain("seal:").doesNotContain("attachments");
  }

  @Test
  void addresseeLine_mustEndInAColon_nameSeveral_andHoldNoFullStop() throws IOException {
    for (String line : List.of("知识产权局：", "知识产权局、商务部", "知识产权局、商务部。请：")) {
      String text =
          withBody(
              "关于印发《2025年度示例推进计划》的通知",
              line,
              "经同意，现将计划印发给你们。",
              "国务院知识产权战略实施工作部际联席会议办公室",
              "2025年3月1日");

      ImportResult result = importNational(text);

      assertThat(result.yaml())
          .as(line)
          .doesNotContain("addressees:")
          .contains("  - " + line + "\n");
    }
  }

  @Test
  void signatory_isALineOfUpTo40Characters() throws IOException {
    String forty = "示例机构".repeat(10);
    String text40 = withBody("关于印发《2025年度示例推进计划》的通知", "经同意，现将计划印发给你们。", forty, "2025年3月1日");
    String text41 = text40.replace(forty, forty + "甲");

    ImportResult result40 = importNational(text40);
    ImportResult result41 = importNational(text41);

    assertThat(result40.yaml()).contains("  signatory: " + forty + "\n");
    assertThat(result41.yaml()).doesNotContain("signatory:").doesNotContain("notice:");
    assertThat(result41.metadata())
        .contains(new Finding(0, "$.issuer", "left for the user: the notice prints no signatory"));
    assertThat(notesAt(result41, "$"))
        .containsExactly(
            new Finding(
                1,
                "$",
                "The copy prints a notice without a signatory, which the format requires; its"
                    + " paragraphs are read as the preamble."));
    // the notice's paragraphs come first in the preamble
    assertThat(result41.yaml()).contains("preamble:\n  - 经同意，现将计划印发给你们。\n  - " + forty + "甲\n");
  }

  @Test
  void dateOfIssueAsTheFirstLine_isACopyWithoutANotice() throws IOException {
    String text = withBody("2025年3月1日", "");

    ImportResult result = importNational(text);

    assertThat(result.yaml()).contains("issued: 2025-03-01\n").doesNotContain("notice:");
    assertThat(result.metadata())
        .contains(
            new Finding(1, "$.issued", "2025-03-01, read from the copy"),
            new Finding(
                0,
                "$.published",
                "left for the user: the copy prints no date of publication (发布时间)"),
            new Finding(
                0,
                "$.issuer",
                "left for the user: the copy prints no covering notice with a signatory"));
  }

  @Test
  void nationalPlanWithoutALeadRule_isRemarked_aFiveYearPlanIsNot() throws IOException {
    String national = national("1. 示例任务。（知识产权局负责）").replace(LEAD_RULE, "");
    String fiveYear = paragraphs("示例市知识产权“十四五”规划", "一、重点任务", "(一)加强保护", "1.强化司法保护。完善审判机制。");

    ImportResult nationalResult = importNational(national);
    ImportResult fiveYearResult = importFiveYear(fiveYear);

    assertThat(nationalResult.metadata())
        .contains(
            new Finding(
                0, "$.lead-rule", "the copy prints no sentence naming the 牵头部门; none is written"));
    assertThat(nationalResult.yaml()).doesNotContain("lead-rule:");
    assertThat(fiveYearResult.metadata()).noneMatch(f -> f.path().equals("$.lead-rule"));
  }

  @Test
  void sentenceNaming牵头部门_beforeAnyTask_isAParagraphOfItsHeading() throws IOException {
    String text = national("本节任务由牵头部门统筹。", "", "1. 示例任务。（知识产权局负责）");

    ImportResult result = importNational(text);

    assertThat(result.yaml())
        .contains("title: 示例小节\n        paragraphs:\n          - 本节任务由牵头部门统筹。\n")
        .contains("lead-rule: " + LEAD_RULE + "\n");
  }

  @Test
  void titleFromTheNoticeTitle_beforeItsParagraphs_andNoTitleAtAll() throws IOException {
    String fromNotice =
        withBody("关于印发《甲推进计划》的通知", "经同意，现将《乙推进计划》印发给你们。", "国务院知识产权战略实施工作部际联席会议办公室", "2025年3月1日")
            .replace("2025年度示例推进计划\n", "");
    String none = paragraphs("为说明导入，制定本文件。", "一、示例部分", "1. 示例任务。（知识产权局负责）");

    ImportResult fromNoticeResult = importNational(fromNotice);
    ImportResult noneResult = importNational(none);

    assertThat(fromNoticeResult.yaml()).contains("title: 甲推进计划\n");
    assertThat(fromNoticeResult.metadata())
        .contains(new Finding(0, "$.title", "the first title in 《》 of the notice, '《甲推进计划》'"));
    assertThat(noneResult.metadata())
        .contains(
            new Finding(0, "$.title", "left for the user: the copy prints no title"),
            new Finding(
                0,
                "$.period",
                "left for the user: neither the title nor the preamble prints the years"));
    assertThat(noneResult.yaml()).doesNotContain("\ntitle:").doesNotContain("period:");
  }

  @Test
  void titleWithoutADraftMark_isTheDocumentTitleAsPrinted() throws IOException {
    String text = national("1. 示例任务。（知识产权局负责）");

    ImportResult result = importNational(text);

    assertThat(result.metadata())
        .contains(new Finding(lineOf(text, "2025年度示例推进计划\n"), "$.title", "the document title"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "示例市知识产权“十五”规划, 2001, 2005, '''十五'' (the 10th Five-Year Plan)'",
    "示例市知识产权发展规划（2021—2025年）, 2021, 2025, '''2021—2025年'''"
  })
  void fiveYearPeriod_fromTheTenthPlanOrAYearRange(String title, int from, int to, String how)
      throws IOException {
    String text = paragraphs(title, "一、重点任务", "(一)加强保护", "1.强化司法保护。完善审判机制。");

    ImportResult result = importFiveYear(text);

    assertThat(result.yaml()).contains("period: {from: " + from + ", to: " + to + "}\n");
    assertThat(result.metadata())
        .contains(new Finding(0, "$.period", from + "–" + to + ", from " + how));
  }

  // ------------------------------------------------------------------ measures and paragraphs

  @Test
  void headingAfterATask_takesTheParagraphsThatFollowIt_notTheTask() throws IOException {
    String text =
        national(
            "1. 第一项任务。（知识产权局负责）",
            "",
            "（二）第二小节",
            "",
            "第二小节的说明。",
            "",
            "2. 第二项任务。（商务部负责）",
            "",
            "二、第二部分",
            "",
            "第二部分的说明。",
            "",
            "（一）第二部分的小节",
            "",
            "3. 第三项任务。（知识产权局负责）");

    ImportResult result = importNational(text);

    Plan plan = plan(result);
    assertThat(plan.measure(1).orElseThrow().text()).isEqualTo("第一项任务。");
    assertThat(plan.measure(2).orElseThrow().text()).isEqualTo("第二项任务。");
    assertThat(result.yaml())
        .contains("title: 第二小节\n        paragraphs:\n          - 第二小节的说明。\n")
        .contains("title: 第二部分\n    paragraphs:\n      - 第二部分的说明。\n");
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void paragraphAfterTheLeadRule_isLeftOut_notJoinedToTheLastTask() throws IOException {
    String text = national("1. 唯一的任务。（知识产权局负责）") + "此后的一段。\n";

    ImportResult result = importNational(text);

    assertThat(plan(result).measure(1).orElseThrow().text()).isEqualTo("唯一的任务。");
    assertThat(notesAt(result, "$")).hasSize(1);
    assertThat(notesAt(result, task(0))).isEmpty();
  }

  @Test
  void taskBrokenAfterLatinLetters_isNotedForTheSpaceThatCannotBeTold() throws IOException {
    String text = national("1. A", "类专利申请。（知识产权局负责）", "", "2. 加入WIPO", "合作。（商务部负责）");

    ImportResult result = importNational(text);

    assertThat(notesAt(result, task(0)))
        .contains(
            new Finding(
                lineOf(text, "类专利"),
                task(0),
                "Whether a space followed 'A' before the break cannot be told from the source copy;"
                    + " none is added."));
    assertThat(notesAt(result, task(1)))
        .contains(
            new Finding(
                lineOf(text, "合作。"),
                task(1),
                "Whether a space followed 'WIPO' before the break cannot be told from the source"
                    + " copy; none is added."));
    assertThat(plan(result).measure(1).orElseThrow().text()).isEqualTo("A类专利申请。");
  }

  @Test
  void fiveYearMeasure_continuedIndentedAndOutOfSequence_isCalledAMeasure() throws IOException {
    String text =
        String.join(
            "\n",
            "示例市知识产权“十四五”规划",
            "",
            "一、重点任务",
            "",
            "(一)加强保护",
            "",
            "\u00A0\u00A01.强化司法保护。完善审判机制。",
            "继续完善。",
            "",
            "3.强化行政保护。",
            "",
            "项目1 示例工程",
            "",
            "项目3 另一工程",
            "",
            "建设 示例中心，推進工作。");

    ImportResult result = importFiveYear(text);

    String first = "$.chapters[0].sections[0].measures[0]";
    String second = "$.chapters[0].sections[0].measures[1]";
    String project = "$.chapters[0].sections[0].projects[1]";
    assertThat(notesAt(result, first))
        .containsExactly(
            new Finding(
                lineOf(text, "强化司法"),
                first,
                "The source copy indents the measure with 2 no-break spaces; indentation is not kept."),
            new Finding(
                lineOf(text, "继续完善"),
                first,
                "The measure continues after a line break in a further paragraph, between"
                    + " '…。完善审判机制。' and '继续完善。…'; the paragraphs are joined, as the format holds"
                    + " one text."));
    assertThat(notesAt(result, second))
        .containsExactly(
            new Finding(
                lineOf(text, "强化行政"), second, "The measure number 3 follows 1: 2 is missing."));
    assertThat(notesAt(result, project))
        .containsExactly(
            new Finding(
                lineOf(text, "项目3"), project, "The project number 3 follows 1: 2 is missing."),
            new Finding(
                lineOf(text, "建设"), project, "Half-width spaces are kept as printed: '建设 示例中'."),
            new Finding(
                lineOf(text, "建设"),
                project,
                "'推進' is printed with the traditional form of '进'; kept as printed."));
    // a measure whose only full stop ends it has no title
    assertThat(result.yaml()).contains("text: 强化行政保护。\n").doesNotContain("title: 强化行政保护");
  }

  @Test
  void measuresBeforeAnyHeading_areThePlansOwn() throws IOException {
    String text = paragraphs("示例市知识产权“十四五”规划", "1.强化司法保护。完善审判机制。", "2.强化行政保护。");

    ImportResult result = importFiveYear(text);

    assertThat(result.yaml())
        .contains("measures:\n  - number: 1\n    title: 强化司法保护\n    text: 完善审判机制。\n")
        .contains("  - number: 2\n    text: 强化行政保护。\n")
        .doesNotContain("chapters:");
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void measurePrintedWithAFullStopFirst_hasNoTitle() throws IOException {
    String text = paragraphs("示例市知识产权“十四五”规划", "一、重点任务", "1.。完善审判机制。");

    ImportResult result = importFiveYear(text);

    assertThat(result.yaml()).contains("text: 。完善审判机制。\n").doesNotContain("title: ''");
  }

  @Test
  void taskThatIsOnlyItsClause_hasTheBodies_andAnEmptyText() throws IOException {
    String text = national("1. （知识产权局负责）");

    ImportResult result = importNational(text);

    assertThat(result.yaml()).contains("text: ''\n").contains("responsible: [知识产权局]\n");
    assertThat(result.notes()).noneMatch(n -> n.message().contains("no clause"));
  }

  @Test
  void paragraphAfterASectionBeforeAnyChapter_isPreamble() throws IOException {
    String text = paragraphs("示例市知识产权“十四五”规划", "(一)没有章的小节", "小节的说明。", "一、总体要求", "章的说明。");

    ImportResult result = importFiveYear(text);

    assertThat(result.yaml()).contains("preamble:\n  - (一)没有章的小节\n  - 小节的说明。\n");
    assertThat(notesAt(result, "$")).hasSize(1);
  }

  @Test
  void projectOutsideAnySection_afterAMeasure_leavesItsParagraphsOut() throws IOException {
    String text = paragraphs("示例市知识产权“十四五”规划", "1.强化司法保护。", "项目1 示例工程", "建设示例中心。");

    ImportResult result = importFiveYear(text);

    assertThat(notesAt(result, "$"))
        .extracting(Finding::message)
        .containsExactly(
            "The copy prints the project '项目1 示例工程' outside any section, where the format has no"
                + " place for it; it is left out.",
            "The paragraph '建设示例中心。' is printed where the format has no place for it (after the"
                + " lead rule or a project outside any section); it is left out.");
    assertThat(result.yaml()).doesNotContain("preamble:");
  }

  @Test
  void preambleBrokenMidSentence_isJoined_withANote() throws IOException {
    String text =
        national("1. 示例任务。（知识产权局负责）").replace("为说明导入，制定本计划。", "为说明导入，\n\n制定本计划。\n前言一句\n接着一句。");

    ImportResult result = importNational(text);

    assertThat(notesAt(result, "$"))
        .containsExactly(
            new Finding(
                lineOf(text, "制定本计划"),
                "$",
                "The source copy breaks paragraph 1 of the preamble with a blank line (a page-break"
                    + " artefact) between '…为说明导入，' and '制定本计划。…'; the text is one"
                    + " paragraph."),
            new Finding(
                lineOf(text, "接着一句"),
                "$",
                "The source copy breaks paragraph 2 of the preamble with a line break (a page-break"
                    + " artefact) between '…前言一句' and '接着一句。…'; the text is one paragraph."));
    assertThat(plan(result).preamble()).containsExactly("为说明导入，制定本计划。", "前言一句接着一句。");
  }

  @Test
  void preambleWithHalfWidthSpaces_isNotedOnThePlan() throws IOException {
    String text = national("1. 示例任务。（知识产权局负责）").replace("为说明导入，制定本计划。", "为说明 导入，制定本计划。");

    ImportResult result = importNational(text);

    assertOnlyNote(
        result,
        "$",
        lineOf(text, "为说明"),
        "Half-width spaces are kept as printed in $.preamble: '为说明 导入，'.");
  }

  @Test
  void headingParagraphWithATraditionalForm_isNotedOnThePlanWithItsPath() throws IOException {
    String text = national("本节説明。", "", "1. 示例任务。（知识产权局负责）");

    ImportResult result = importNational(text);

    assertOnlyNote(
        result,
        "$",
        lineOf(text, "本节説明"),
        "'节説' is printed with the traditional form of '说' in $.parts[0].sections[0]; kept as"
            + " printed.");
  }

  @Test
  void onlyProse_isAPlanWithAPreambleAndNoHeadings() throws IOException {
    String text = paragraphs("2025年度示例推进计划", "为说明导入，制定本计划。");

    ImportResult result = importNational(text);

    assertThat(result.yaml()).contains("preamble:\n  - 为说明导入，制定本计划。\n").doesNotContain("parts:");
  }

  @Test
  void hintsForUnknownNames_areGivenForTheFirst200Only() throws IOException {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= 201; i++) {
      names.add("知识产权局第" + i + "分局");
    }
    String text = national("1. 示例任务。（" + String.join("、", names) + "负责）");

    ImportResult result = importNational(text);

    assertThat(result.unknownBodies()).hasSize(201);
    assertThat(result.unknownBodies().get(199).nearest()).isNotEmpty();
    assertThat(result.unknownBodies().get(200).name()).isEqualTo("知识产权局第201分局");
    assertThat(result.unknownBodies().get(200).nearest()).isEmpty();
  }

  // ------------------------------------------------------------------ arguments

  @Test
  void aLongPlanId_isAcceptedAsTheLoaderAcceptsIt_anUpperCaseOneIsNot() throws IOException {
    String text = national("1. 示例任务。（知识产权局负责）");
    String id = "a".repeat(300);

    ImportResult result =
        PlanImporter.importText(
            "plan.txt", text, Shape.NATIONAL_ANNUAL, id, LoadOptions.defaults());

    assertThat(result.yaml()).startsWith("id: " + id + "\n");
    assertThat(result.loads()).isTrue();
    assertThatThrownBy(
            () ->
                PlanImporter.importText(
                    "plan.txt", text, Shape.NATIONAL_ANNUAL, id + "A", LoadOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower-case words joined by hyphens");
  }

  @Test
  void importFile_checksItsArguments(@TempDir Path directory) throws IOException {
    Path file =
        Files.writeString(directory.resolve("plan.txt"), national("1. 示例任务。（知识产权局负责）"), UTF_8);
    LoadOptions options = LoadOptions.defaults();

    assertThatThrownBy(
            () -> PlanImporter.importFile(file, Shape.NATIONAL_ANNUAL, "Bad Id", options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bad Id");
    assertThatThrownBy(() -> PlanImporter.importFile(null, Shape.NATIONAL_ANNUAL, ID, options))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PlanImporter.importFile(file, null, ID, options))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PlanImporter.importFile(file, Shape.NATIONAL_ANNUAL, null, options))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PlanImporter.importFile(file, Shape.NATIONAL_ANNUAL, ID, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void textOfExactlyTheSizeLimit_isRead() throws IOException {
    String text = national("1. 示例任务。（知识产权局负责）");

    ImportResult result =
        PlanImporter.importText(
            "plan.txt",
            text,
            Shape.NATIONAL_ANNUAL,
            ID,
            LoadOptions.defaults().withMaxBytes(text.length()));

    assertThat(result.yaml()).isEqualTo(importNational(text).yaml());
  }

  @Test
  void finding_printsItsLineWhereThereIsOne() {
    assertThat(new Finding(1, "$.parts[0]", "A remark."))
        .hasToString("line 1, $.parts[0]: A remark.");
    assertThat(new Finding(0, "$.source", "left for the user"))
        .hasToString("$.source: left for the user");
    assertThatThrownBy(() -> new Finding(-1, "$", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
