package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.Responsibility;
import io.github.ipplan.yaml.ImportResult.Finding;
import io.github.ipplan.yaml.PlanImporter.Shape;
import io.github.ipplan.yaml.PrintedLines.Line;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LineShapes} on single lines: where items and headings run together on one line are cut
 * apart and where they are not, which parenthesised letters are pinyin glosses, and the notes it
 * gives; then the same through {@link PlanImporter}. Its running time on long and many lines is
 * tested in {@link ImporterRobustnessTest}, which mutation analysis leaves out.
 */
class LineShapesTest {

  private static final String FIRST = "1.加快推进知识产权立法。（国家知识产权局负责）";
  private static final String SECOND = "2.推进修改《示例条例》。（中央宣传部、司法部负责）";

  private static LineShapes.Shaped shape(String... texts) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      lines.add(new Line(i + 1, texts[i], "", false));
    }
    return LineShapes.of(lines, Shape.NATIONAL_ANNUAL);
  }

  private static List<String> texts(LineShapes.Shaped shaped) {
    return shaped.lines().stream().map(Line::text).toList();
  }

  // ------------------------------------------------------------------ items run together

  @ParameterizedTest(name = "separated by ''{0}''")
  @ValueSource(strings = {" ", "\u3000", "", "\u00A0", "  \u3000 ", "\t"})
  void anItemAfterAResponsibilityClause_startsALineOfItsOwn_withTheSameLineNumber(String between) {
    LineShapes.Shaped shaped =
        LineShapes.of(
            List.of(new Line(7, FIRST + between + SECOND, "\u3000\u3000", true)),
            Shape.NATIONAL_ANNUAL);

    assertThat(shaped.lines())
        .containsExactly(new Line(7, FIRST, "\u3000\u3000", true), new Line(7, SECOND, "", false));
  }

  @Test
  void aLineOfThreeItems_isNotedOnce_quotingTheFirstCut() {
    LineShapes.Shaped shaped = shape("前言。", FIRST + " " + SECOND + " 3.制定规划。（司法部负责）");

    assertThat(texts(shaped)).containsExactly("前言。", FIRST, SECOND, "3.制定规划。（司法部负责）");
    assertThat(shaped.findings())
        .containsExactly(
            new Finding(
                2,
                "$",
                "The copy prints 3 headings and items run together on one line ('…识产权局负责） 2.推进修改…');"
                    + " each is read as a line of its own."));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2.推进修改。（司法部负责）",
        "2．推进修改。（司法部负责）",
        "2、推进修改。（司法部负责）",
        "2 .推进修改。（司法部负责）",
        "2. 推进修改。（司法部负责）",
        "1234.推进修改。（司法部负责）"
      })
  void everyNumberStyle_isCutBefore(String second) {
    assertThat(texts(shape(FIRST + " " + second))).containsExactly(FIRST, second);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1.任务。（知识产权局负责)",
        "1.任务。(知识产权局负责)",
        "1.任務。（國家知識產權局負責）",
        "1.任务。（甲、乙按职责分工负责）",
        "1.任务。（知识产权局负責）"
      })
  void clausesOfEitherWidthAndInTraditionalCharacters_cut(String first) {
    assertThat(texts(shape(first + " " + SECOND))).containsExactly(first, SECOND);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // a clause that names no one responsible
        "1.任务。（详见附件） 2.推进修改。",
        "1.任务（2021—2035年） 2.推进修改。",
        // the words of a clause, not closing one
        "1.任务由甲负责 2.推进修改。",
        "1.任务（甲负责。） 2.推进修改。",
        "1.任务（甲负 责） 2.推进修改。",
        "1.任务（甲责） 2.推进修改。",
        "1.任务（甲负）责 2.推进修改。",
        // numbers inside a text
        "1.任务。（甲负责）2025年完成。",
        "1.任务。（甲负责） 1.5倍。",
        "1.任务。（甲负责）第2.3条。",
        "1.任务。（甲负责）2、3项。",
        "1.任务。（甲负责）12345.推进。",
        "1.任务。（甲负责）2.",
        // a numeral word opening prose
        "1.任务。（甲负责）一是加强保护。",
        "1.任务。（甲负责） 一体化推进。",
        "1.任务。（甲负责） 二、加强保护，推进运用。",
        "1.任务。（甲负责）（二）加强保护，推进运用。",
        "1.任务。（甲负责）（试行）。",
        "1.任务。（甲负责）。2.推进修改。"
      })
  void otherTextAfterAClause_cutsNothing(String text) {
    LineShapes.Shaped shaped = shape(text);

    assertThat(texts(shaped)).containsExactly(text);
    assertThat(shaped.findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"二、改革完善知识产权重大政策", "二 改革完善知识产权重大政策", "二\u3000改革完善", "（三）完善新兴领域规则", "(三)完善新兴领域规则"})
  void aHeadingAfterAClause_startsALineOfItsOwn(String heading) {
    assertThat(texts(shape(FIRST + " " + heading))).containsExactly(FIRST, heading);
    assertThat(texts(shape(FIRST + heading))).containsExactly(FIRST, heading);
  }

  @Test
  void aHeadingFollowedByItsSectionAndItems_isCutAfterEachTitle() {
    String line =
        "一、完善知识产权制度 （一）完善法律法规 "
            + FIRST
            + "（二）改革重大政策\u3000"
            + SECOND
            + " 二 强化知识产权保护（一）加强司法保护 3. 制定解释。（最高人民法院负责）";

    assertThat(texts(shape(line)))
        .containsExactly(
            "一、完善知识产权制度",
            "（一）完善法律法规",
            FIRST,
            "（二）改革重大政策",
            SECOND,
            "二 强化知识产权保护",
            "（一）加强司法保护",
            "3. 制定解释。（最高人民法院负责）");
  }

  @Test
  void aSectionHeadingFollowedByAnItemWithoutSpace_isNotCut_forItsTitleMightHoldTheNumber() {
    assertThat(texts(shape("（一）完善法律法规1.加快推进。（甲负责）"))).containsExactly("（一）完善法律法规1.加快推进。（甲负责）");
  }

  @Test
  void aHeadingWhoseTitleIsNotATitle_isNotCut() {
    String prose = "一、总体要求：坚持创新驱动，推进改革。 1.加快推进。（甲负责）";
    assertThat(texts(shape(prose))).containsExactly(prose);
    // a title longer than any heading's: the window of 120 characters ends first
    String longTitle = "一、" + "长".repeat(130) + " 1.加快推进。（甲负责）";
    assertThat(texts(shape(longTitle))).containsExactly(longTitle);
    // and one of 41 code points, within the window, is no title either
    String tooLong = "一、" + "长".repeat(41) + " 1.加快推进。（甲负责）";
    assertThat(texts(shape(tooLong))).containsExactly(tooLong);
  }

  @Test
  void aHeadingThatEndsItsLine_withinTheWindow_isOneLine() {
    String heading = "一、" + "题".repeat(40);
    assertThat(texts(shape(FIRST + " " + heading))).containsExactly(FIRST, heading);
    String overLong = "一、" + "题".repeat(120);
    assertThat(texts(shape(FIRST + " " + overLong))).containsExactly(FIRST + " " + overLong);
  }

  @Test
  void aHeadingEndingInAClause_endsWhereTheNextItemStarts() {
    assertThat(texts(shape(FIRST + " 二、加强保护（甲负责） 3.制定。（乙负责）")))
        .containsExactly(FIRST, "二、加强保护（甲负责）", "3.制定。（乙负责）");
  }

  @Test
  void aHeadingEndingInAClause_endsWhereAnItemOrHeadingFollowsTheClauseDirectly() {
    assertThat(texts(shape(FIRST + "（二）加强保护（甲负责）3.制定。（乙负责）")))
        .containsExactly(FIRST, "（二）加强保护（甲负责）", "3.制定。（乙负责）");
    assertThat(texts(shape(FIRST + "二、加强保护（甲负责）三、强化运用")))
        .containsExactly(FIRST, "二、加强保护（甲负责）", "三、强化运用");
    assertThat(texts(shape(FIRST + "（二）加强保护（甲负责）（三）强化运用")))
        .containsExactly(FIRST, "（二）加强保护（甲负责）", "（三）强化运用");
    assertThat(texts(shape(FIRST + "（二）加强保护（甲负责）"))).containsExactly(FIRST, "（二）加强保护（甲负责）");
  }

  @Test
  void aHeadingWhoseTitleStartsBeyondTheWindow_isNotCut() {
    String line = FIRST + " 二、" + " ".repeat(130) + "强化运用";
    assertThat(texts(shape(line))).containsExactly(line);
  }

  @Test
  void aCutAfterEightCharacters_isQuotedWithoutAnEllipsisBefore() {
    assertThat(shape("1.务（甲负责）2.推进").findings())
        .extracting(Finding::message)
        .containsExactly(
            "The copy prints 2 headings and items run together on one line ('1.务（甲负责）2.推进');"
                + " each is read as a line of its own.");
  }

  @Test
  void aLineThatIsOneItem_isKeptAsItIs_withoutANote() {
    Line line = new Line(3, FIRST, "  ", true);
    LineShapes.Shaped shaped = LineShapes.of(List.of(line), Shape.NATIONAL_ANNUAL);

    assertThat(shaped.lines()).containsExactly(line);
    assertThat(shaped.findings()).isEmpty();
  }

  @Test
  void cuts_areTheStartsOfThePieces() {
    assertThat(LineShapes.cuts(FIRST + "  " + SECOND)).containsExactly(0, FIRST.length() + 2);
    assertThat(LineShapes.cuts(FIRST)).containsExactly(0);
  }

  @Test
  void closesClause_atTheParenthesisAfter负责() {
    assertThat(LineShapes.closesClause("甲负责）", 3)).isTrue();
    assertThat(LineShapes.closesClause("甲负责）", 2)).isFalse();
    assertThat(LineShapes.closesClause("负责）", 2)).isTrue();
    assertThat(LineShapes.closesClause("责）", 1)).isFalse();
    assertThat(LineShapes.closesClause("负責)", 2)).isTrue();
    assertThat(LineShapes.closesClause("負责)", 2)).isTrue();
    assertThat(LineShapes.closesClause("甲责）", 2)).isFalse();
    assertThat(LineShapes.closesClause("负甲）", 2)).isFalse();
    assertThat(LineShapes.closesClause("负责」", 2)).isFalse();
  }

  // ------------------------------------------------------------------ a copy that yields no task

  @Test
  void numberedItemsThatNoLineStarts_areNotedAtTheFirst_asGivingNoTask() {
    LineShapes.Shaped shaped =
        shape("示例推进计划", "本计划的重点任务是：1.加快推进知识产权立法。（国家知识产权局负责）其余略。", "又：2.推进。（甲负责）");

    assertThat(shaped.findings())
        .containsExactly(
            new Finding(
                2,
                "$",
                "The copy prints numbered items ending in a responsibility clause (…负责）), the first"
                    + " on this line ('1.加快推进…知识产权局负责）'), but no line starts with one: no task"
                    + " is read. Put each item on a line of its own, starting with its number."));
  }

  @Test
  void aShortItemIsQuotedWhole_andAFiveYearPlanSpeaksOfMeasures() {
    LineShapes.Shaped shaped =
        LineShapes.of(List.of(new Line(4, "见 2.推进。（甲负责）", "", false)), Shape.FIVE_YEAR);

    assertThat(shaped.findings())
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo(
            "The copy prints numbered items ending in a responsibility clause (…负责）), the first"
                + " on this line ('2.推进。（甲负责）'), but no line starts with one: no measure is read."
                + " Put each item on a line of its own, starting with its number.");
  }

  @Test
  void aCopyWithATask_orWithoutTheLikeOfOne_getsNoSuchNote() {
    assertThat(shape("见 2.推进。（甲负责）", FIRST).findings()).isEmpty();
    assertThat(shape(FIRST, "见 2.推进。（甲负责）").findings()).isEmpty();
    assertThat(shape("推进（甲负责）", "第3.1条", "2025年（甲负责）").findings()).isEmpty();
    assertThat(shape("见（甲负责） 2.推进").findings())
        .extracting(Finding::message)
        .containsExactly(
            "The copy prints 2 headings and items run together on one line ('见（甲负责） 2.推进');"
                + " each is read as a line of its own.");
  }

  @Test
  void itemWithClause_findsTheFirstNumberFollowedByAClause() {
    assertThat(LineShapes.itemWithClause("甲1.乙（丙负责）")).isEqualTo("1.乙（丙负责）");
    assertThat(LineShapes.itemWithClause("（丙负责）1.乙")).isNull();
    assertThat(LineShapes.itemWithClause("1.5倍（丙负责）")).isNull();
    assertThat(LineShapes.itemWithClause("无编号")).isNull();
    assertThat(LineShapes.itemWithClause("1.一二三四五六七八九十一二（丙负责）")).isEqualTo("1.一二三四…十一二（丙负责）");
    assertThat(LineShapes.itemWithClause("1.一二三四五六七八九十（负责）")).isEqualTo("1.一二三四五六七八九十（负责）");
  }

  // ------------------------------------------------------------------ pinyin glosses

  @Test
  void pinyinGlosses_areTakenOut_andListedAsPrintedInOneNoteForTheLine() {
    LineShapes.Shaped shaped =
        shape("1.推动發(fā)展(zhǎn)。（国家知识产(chǎn)权局负责）", "知识产权（zhī）绿(lǜ)色", "女(nü)");

    assertThat(texts(shaped)).containsExactly("1.推动發展。（国家知识产权局负责）", "知识产权绿色", "女");
    assertThat(shaped.findings())
        .containsExactly(
            new Finding(
                1,
                "$",
                "The copy glosses 3 characters on this line with pinyin, which is left out of the"
                    + " text: '發(fā)', '展(zhǎn)', '产(chǎn)'."),
            new Finding(
                2,
                "$",
                "The copy glosses 2 characters on this line with pinyin, which is left out of the"
                    + " text: '权（zhī）', '绿(lǜ)'."),
            new Finding(
                3,
                "$",
                "The copy glosses a character on this line with pinyin, which is left out of the"
                    + " text: '女(nü)'."));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "专利合作条约(PCT)",
        "维权援助(件/",
        "的(de)",
        "A(fā)",
        "(fā)开头",
        "发(fā",
        "发()",
        "发(fā zhǎn)",
        "发(fāzhǎnfāzhǎnfāzhǎn)",
        "中国(广州)",
        "甲(1ā)",
        "发fā)",
        "甲(ā`)",
        "甲(ā{)",
        "甲(ā@)",
        "甲(ā[)"
      })
  void parenthesesThatAreNoGloss_areKeptAsPrinted(String text) {
    LineShapes.Shaped shaped = shape(text);

    assertThat(texts(shaped)).containsExactly(text);
    assertThat(shaped.findings()).isEmpty();
  }

  @Test
  void aGlossOfTwelveLetters_afterACharacterOutsideTheBasicPlane_isOne() {
    List<String> glosses = new ArrayList<>();
    assertThat(LineShapes.withoutGlosses("𠀀(zhuāngzhuāng)后", glosses)).isEqualTo("𠀀后");
    assertThat(glosses).containsExactly("𠀀(zhuāngzhuāng)");
  }

  @Test
  void glossLetters_runFromAToZInEitherCase() {
    List<String> glosses = new ArrayList<>();
    assertThat(LineShapes.withoutGlosses("甲(Zāza)乙(Aǎ)", glosses)).isEqualTo("甲乙");
    assertThat(glosses).containsExactly("甲(Zāza)", "乙(Aǎ)");
  }

  @Test
  void aLineOfTwentyGlosses_listsThemAll() {
    assertThat(shape("发(fā)".repeat(20)).findings())
        .extracting(Finding::message)
        .singleElement()
        .satisfies(message -> assertThat(message).endsWith("'发(fā)'.").doesNotContain("more"));
  }

  @Test
  void aLineOfManyGlosses_listsTheFirstTwenty_andCountsTheRest() {
    String line = "发(fā)".repeat(23);

    LineShapes.Shaped shaped = shape(line);

    assertThat(texts(shaped)).containsExactly("发".repeat(23));
    String listed =
        IntStream.range(0, 20).mapToObj(i -> "'发(fā)'").collect(Collectors.joining(", "));
    assertThat(shaped.findings())
        .extracting(Finding::message)
        .containsExactly(
            "The copy glosses 23 characters on this line with pinyin, which is left out of the"
                + " text: "
                + listed
                + " and 3 more.");
  }

  @Test
  void theGlossesOfTheLinesAfterTheTwentiethGlossed_shareOneNote_listingEachGlossOnce() {
    List<String> texts = new ArrayList<>();
    texts.add("无注音");
    for (int i = 0; i < 20; i++) {
      texts.add("发(fā)");
    }
    texts.add("展(zhǎn)发(fā)");
    texts.add("无注音");
    texts.add("发(fā)");

    LineShapes.Shaped shaped = shape(texts.toArray(String[]::new));

    assertThat(shaped.findings()).hasSize(21);
    assertThat(shaped.findings().get(19))
        .isEqualTo(
            new Finding(
                21,
                "$",
                "The copy glosses a character on this line with pinyin, which is left out of the"
                    + " text: '发(fā)'."));
    assertThat(shaped.findings().get(20))
        .isEqualTo(
            new Finding(
                22,
                "$",
                "The copy glosses 3 more characters with pinyin on 2 more lines, from this one to"
                    + " source line 24, which is left out of the text; the glosses, each once:"
                    + " '展(zhǎn)', '发(fā)'."));
    assertThat(texts(shaped).subList(20, 24)).containsExactly("发", "展发", "无注音", "发");
  }

  @Test
  void glossesInsideAClause_areTakenOutBeforeTheLineIsCut() {
    LineShapes.Shaped shaped = shape("1.任务。（甲负(fù)责(zé)） 2.推进。（乙负责）");

    assertThat(texts(shaped)).containsExactly("1.任务。（甲负责）", "2.推进。（乙负责）");
    assertThat(shaped.findings()).hasSize(2);
  }

  // ------------------------------------------------------------------ through the importer

  @Test
  void aRunTogetherCopy_importsEachTask_withItsBodies_andNotesTheLine() throws IOException {
    String text = PlanImporterTest.national(FIRST + "\u3000" + SECOND);
    int line = PlanImporterTest.lineOf(text, FIRST);

    ImportResult result = PlanImporterTest.importNational(text);

    Plan plan = PlanImporterTest.plan(result);
    assertThat(plan.measures())
        .extracting(Measure::text)
        .containsExactly("加快推进知识产权立法。", "推进修改《示例条例》。");
    assertThat(plan.measures().get(1).responsibilities())
        .extracting(Responsibility::printedName)
        .containsExactly("中央宣传部", "司法部");
    assertThat(PlanImporterTest.notesAt(result, "$"))
        .containsExactly(
            new Finding(
                line,
                "$",
                "The copy prints 2 headings and items run together on one line ('…识产权局负责）\u30002.推进修改…');"
                    + " each is read as a line of its own."));
    assertThat(result.yaml())
        .contains("each is read as a line of its own (source line " + line + ").");
  }

  @Test
  void aPartHeadingWithoutPunctuation_isAPart_notedAgainstTheOthers() throws IOException {
    String text = PlanImporterTest.national(FIRST, "", "二 强化知识产权保护", "", SECOND);
    int line = PlanImporterTest.lineOf(text, "二 强化");

    ImportResult result = PlanImporterTest.importNational(text);

    Plan plan = PlanImporterTest.plan(result);
    assertThat(plan.outline()).hasSize(2);
    assertThat(plan.outline().get(1).title()).isEqualTo("强化知识产权保护");
    assertThat(plan.outline().get(1).label()).contains("二 ");
    assertThat(PlanImporterTest.notesAt(result, "$"))
        .containsExactly(
            new Finding(
                line,
                "$",
                "The heading '二 强化知识产权保护' is printed '二 ' without punctuation after the numeral,"
                    + " unlike the others ('、')."));
  }

  @Test
  void aCopyWhoseTasksNoLineStarts_saysSoInItsNotes() throws IOException {
    String text = PlanImporterTest.national("本节任务：" + FIRST);
    int line = PlanImporterTest.lineOf(text, FIRST);

    ImportResult result = PlanImporterTest.importNational(text);

    assertThat(PlanImporterTest.notesAt(result, "$"))
        .extracting(Finding::line, Finding::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                line,
                "The copy prints numbered items ending in a responsibility clause (…负责）), the first"
                    + " on this line ('1.加快推进…知识产权局负责）'), but no line starts with one: no task"
                    + " is read. Put each item on a line of its own, starting with its number."));
  }
}
