package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PrintedForms} on single characters and short strings: the bounds of each character class,
 * the length limits of titles, where a closing clause opens, how indicators are classed, and the
 * wording of the anomalies it quotes.
 */
class PrintedFormsTest {

  @ParameterizedTest(name = "U+{0} -> {1}")
  @CsvSource({
    "4E2D, true", // 中, a Han character
    "3000, true", // the ideographic space opens CJK symbols and punctuation
    "303F, true", // ... and closes it
    "2FFF, false", // just before it
    "3040, false", // just after it
    "FF00, true", // the half- and full-width forms open here
    "FFEF, true", // ... and close here
    "FEFF, false", // just before
    "FFF0, false", // just after
    "201C, true", // “
    "201D, true", // ”
    "2018, true", // ‘
    "2019, true", // ’
    "2014, true", // —
    "2026, true", // …
    "2013, false", // – the en dash is not among them
    "0041, false" // A
  })
  void isChinese_coversHanCjkPunctuationFullWidthFormsAndChineseQuotes(
      String hex, boolean chinese) {
    assertThat(PrintedForms.isChinese((char) Integer.parseInt(hex, 16))).isEqualTo(chinese);
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource({
    "A, true",
    "Z, true",
    "a, true",
    "z, true",
    "0, true",
    "9, true",
    "@, false",
    "[, false",
    "`, false",
    "{, false",
    "/, false",
    ":, false",
    "中, false",
    "Ａ, false"
  })
  void isLatinOrDigit_isTheAsciiLettersAndDigitsOnly(char c, boolean latin) {
    assertThat(PrintedForms.isLatinOrDigit(c)).isEqualTo(latin);
  }

  @ParameterizedTest(name = "''{0}'' -> ''{1}'' ''{2}'' ''{3}''")
  @CsvSource({
    "'一、完善知识产权制度', 一, 、, 完善知识产权制度",
    "'一 、 完善知识产权制度', 一, 、, 完善知识产权制度",
    "'十二．加强保护', 十二, ．, 加强保护",
    "'一 完善知识产权制度', 一, ' ', 完善知识产权制度",
    "'一\u3000完善知识产权制度', 一, '\u3000', 完善知识产权制度",
    "'一\u00A0完善', 一, '\u00A0', 完善",
    "'二  强化保护', 二, '  ', 强化保护",
    "'三、\u3000完善', 三, 、, 完善"
  })
  void top_readsTheNumeral_itsPunctuationOrTheSpaceInItsPlace_andTheTitle(
      String text, String numeral, String separator, String title) {
    java.util.regex.Matcher m = PrintedForms.TOP.matcher(text);
    assertThat(m.matches()).isTrue();
    assertThat(m.group(1)).isEqualTo(numeral);
    assertThat(m.group(2)).isEqualTo(separator);
    assertThat(m.group(3)).isEqualTo(title);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"'一是加强保护'", "'一体化推进'", "'一、'", "'一 '", "'一'", "'五一二三四 题'", "'甲 题'"})
  void top_wantsTheNumeralFollowedByPunctuationOrSpace_andATitle(String text) {
    assertThat(PrintedForms.TOP.matcher(text).matches()).isFalse();
  }

  @Test
  void isTitle_holdsUpTo40CodePoints_withoutSentencePunctuation() {
    assertThat(PrintedForms.isTitle("题".repeat(40))).isTrue();
    assertThat(PrintedForms.isTitle("题".repeat(41))).isFalse();
    // counted in code points, not chars: 40 supplementary characters are 80 chars
    assertThat(PrintedForms.isTitle("𠀀".repeat(40))).isTrue();
    assertThat(PrintedForms.isTitle("加强保护")).isTrue();
    assertThat(PrintedForms.isTitle("加强保护。")).isFalse();
    assertThat(PrintedForms.isTitle("加强，保护")).isFalse();
    assertThat(PrintedForms.isTitle("加强,保护")).isFalse();
    assertThat(PrintedForms.isTitle("加强；保护")).isFalse();
  }

  @Test
  void isDocumentTitle_holdsUpTo80CodePoints_notEndingInAStopOrColon() {
    assertThat(PrintedForms.isDocumentTitle("题".repeat(80))).isTrue();
    assertThat(PrintedForms.isDocumentTitle("题".repeat(81))).isFalse();
    assertThat(PrintedForms.isDocumentTitle("𠀀".repeat(80))).isTrue();
    assertThat(PrintedForms.isDocumentTitle("示例通知；附件")).isTrue();
    assertThat(PrintedForms.isDocumentTitle("示例通知。")).isFalse();
    assertThat(PrintedForms.isDocumentTitle("知识产权局：")).isFalse();
    assertThat(PrintedForms.isDocumentTitle("知识产权局:")).isFalse();
    assertThat(PrintedForms.isDocumentTitle("甲，乙")).isFalse();
    assertThat(PrintedForms.isDocumentTitle("甲,乙")).isFalse();
  }

  @Test
  void isPlanTitle_isAShortDocumentTitleNamingAKindOfPlan() {
    assertThat(PrintedForms.isPlanTitle("2025年度示例推进计划")).isTrue();
    assertThat(PrintedForms.isPlanTitle("示例市知识产权“十四五”规划(征求意见稿)")).isTrue();
    assertThat(PrintedForms.isPlanTitle("示例实施方案（试行）")).isTrue();
    assertThat(PrintedForms.isPlanTitle("示例市知识产权局")).isFalse();
    assertThat(PrintedForms.isPlanTitle("题".repeat(79) + "规划")).isFalse();
    assertThat(PrintedForms.isPlanTitle("题".repeat(78) + "规划")).isTrue();
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource({
    "'任务（知识产权局负责）', 2",
    "'任务(知识产权局负责)', 2",
    "'任务（甲（乙）负责）', 2",
    "'（知识产权局负责）', 0",
    "'(负责)', 0",
    "'任务', -1",
    "'任务（甲', -1",
    "'甲）', -1",
    "'甲）乙）', -1",
    // a clause that does not end the text is no closing clause
    "'（甲）乙', -1",
    "'任务(甲)乙', -1"
  })
  void clauseStart_isTheParenthesisOpeningTheClauseThatEndsTheText(String text, int start) {
    assertThat(PrintedForms.clauseStart(text)).isEqualTo(start);
  }

  @Test
  void split_cutsAtCommasAndSemicolonsOfEitherWidth_droppingEmptyPieces() {
    assertThat(PrintedForms.split("甲、乙，丙,丁；戊;己")).containsExactly("甲", "乙", "丙", "丁", "戊", "己");
    assertThat(PrintedForms.split(" 甲 、、 乙 ")).containsExactly("甲", "乙");
    assertThat(PrintedForms.split("、")).isEmpty();
  }

  @Test
  void sequence_namesWhatIsOutOfOrderOrMissing() {
    assertThat(PrintedForms.sequence("task", 3, 3))
        .isEqualTo("The task number 3 follows 3: out of order.");
    assertThat(PrintedForms.sequence("task", 2, 5))
        .isEqualTo("The task number 2 follows 5: out of order.");
    assertThat(PrintedForms.sequence("measure", 5, 3))
        .isEqualTo("The measure number 5 follows 3: 4 is missing.");
    assertThat(PrintedForms.sequence("project", 6, 3))
        .isEqualTo("The project number 6 follows 3: 4–5 are missing.");
    assertThat(PrintedForms.sequence("task", 3, 0))
        .isEqualTo("The task number 3 follows none: 1–2 are missing.");
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource({
    "'专利密集型产业增加值年均增长', '%', annual-growth-rate",
    "'专利密集型产业增加值占GDP比重', '%', share-of-gdp",
    "'知识产权使用费占地区生产总值比重', '%', share-of-gdp",
    "'新增商标注册量', '万件', new-over-period",
    "'知识产权保护社会满意度', '分', score",
    "'知识产权质押融资登记金额', '亿元/年', annual-count",
    "'知识产权质押融资登记金额', '亿元每年', annual-count",
    "'每万人口高价值发明专利拥有量', '件', level",
    "'年均增长以外的新增量', '件', annual-growth-rate",
    "'商标新增注册量', '件', level",
    "'满意度得分', '分数', level"
  })
  void indicatorKind_isReadFromTheNameFirst_thenTheUnit(String name, String unit, String kind) {
    assertThat(PrintedForms.indicatorKind(name, unit)).isEqualTo(kind);
  }

  @Test
  void spaceContexts_atTheStartAndEndOfTheText() {
    assertThat(PrintedForms.spaceContexts(" 中文")).contains("' 中文'");
    assertThat(PrintedForms.spaceContexts("中文 ")).contains("'中文 '");
    // Chinese before the space only, Latin after it
    assertThat(PrintedForms.spaceContexts("中 a")).contains("'中 a'");
    // Latin before it only, Chinese after it
    assertThat(PrintedForms.spaceContexts("a 中")).contains("'a 中'");
    assertThat(PrintedForms.spaceContexts("Open Source")).isEqualTo(Optional.empty());
    // a space ending the text after Latin text, one starting it before Latin text
    assertThat(PrintedForms.spaceContexts("中a ")).isEqualTo(Optional.empty());
    assertThat(PrintedForms.spaceContexts(" a中")).isEqualTo(Optional.empty());
    assertThat(PrintedForms.spaceContexts("中文")).isEqualTo(Optional.empty());
  }

  @Test
  void spaceContexts_mergesWindowsThatTouch_andKeepsApartThoseThatDoNot() {
    // spaces at 1 and 8: the windows [0, 5) and [5, 10) touch, so they are one
    assertThat(PrintedForms.spaceContexts("甲 乙丙丁戊己庚 辛")).contains("'甲 乙丙丁戊己庚 辛'");
    // spaces at 1 and 9: the windows [0, 5) and [6, 11) stay apart
    assertThat(PrintedForms.spaceContexts("甲 乙丙丁戊己庚辛 壬")).contains("'甲 乙丙丁', '己庚辛 壬'");
    // three windows, the first two apart, the last two overlapping
    assertThat(PrintedForms.spaceContexts("一二三四 五六七八九十甲乙 丙 丁戊己"))
        .contains("'二三四 五六七', '十甲乙 丙 丁戊己'");
  }

  @Test
  void isTraditionalOnly_isTrueForATraditionalForm_butNotForOneThatIsStandardSimplifiedToo() {
    assertThat(PrintedForms.isTraditionalOnly('見')).isTrue();
    assertThat(PrintedForms.isTraditionalOnly('產')).isTrue();
    assertThat(PrintedForms.isTraditionalOnly('见')).isFalse();
    // 著 folds to 着 in the table, but is a standard simplified character (著作权).
    assertThat(PrintedForms.isTraditionalOnly('著')).isFalse();
    assertThat(PrintedForms.isTraditionalOnly('a')).isFalse();
  }

  @Test
  void form_readsATraditionalLineAsItsSimplifiedForm_keepingItsLength() {
    assertThat(PrintedForms.form("國知聯辦〔2024〕6號")).isEqualTo("国知联办〔2024〕6号");
    assertThat(PrintedForms.form("發佈時間：2022-01-04")).isEqualTo("发布时间：2022-01-04");
    assertThat(PrintedForms.form("知识产权局")).isEqualTo("知识产权局");
    // 乾 is also a standard simplified character (乾坤): it is not folded.
    assertThat(PrintedForms.form("乾")).isEqualTo("乾");
    assertThat(PrintedForms.isNoticeTitle("國務院辦公廳關於印發《某規劃》的決定")).isTrue();
    assertThat(PrintedForms.isPlanTitle("知識產權強國建設綱要和“十四五”規劃實施年度推進計劃")).isTrue();
  }

  @Test
  void planTitle_mayEndInItsYears_andInADraftMark() {
    assertThat(PrintedForms.isPlanTitle("示例省知识产权示例规划（2009—2013年）")).isTrue();
    assertThat(PrintedForms.isPlanTitle("知识产权强国建设纲要(2021-2035年)")).isTrue();
    assertThat(PrintedForms.isPlanTitle("示例规划（2021—2025年）（征求意见稿）")).isTrue();
    assertThat(PrintedForms.isPlanTitle("示例规划（2021年）")).isFalse();
    assertThat(PrintedForms.isPlanTitle("示例规划（说明）")).isFalse();
  }

  @Test
  void simplifiedForms_replaceTraditionalFormsOnly() {
    assertThat(PrintedForms.simplifiedForms("國家知識產權局")).isEqualTo("国家知识产权局");
    assertThat(PrintedForms.simplifiedForms("著作權")).isEqualTo("著作权");
    assertThat(PrintedForms.simplifiedForms("按職責分工負責")).isEqualTo("按职责分工负责");
    assertThat(PrintedForms.simplifiedForms("CNIPA 知识产权局")).isEqualTo("CNIPA 知识产权局");
  }

  @Test
  void traditionalForms_quoteTheCharacterBeforeEach_whereThereIsOne() {
    assertThat(PrintedForms.traditionalForms("見"))
        .containsExactly("'見' is printed with the traditional form of '见'; kept as printed.");
    assertThat(PrintedForms.traditionalForms("意見"))
        .containsExactly("'意見' is printed with the traditional form of '见'; kept as printed.");
    assertThat(PrintedForms.traditionalForms("A見"))
        .containsExactly("'見' is printed with the traditional form of '见'; kept as printed.");
    assertThat(PrintedForms.traditionalForms("説明與"))
        .containsExactly(
            "'説' is printed with the traditional form of '说'; kept as printed.",
            "'明與' is printed with the traditional form of '与'; kept as printed.");
    assertThat(PrintedForms.traditionalForms("著作权")).isEmpty();
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource({
    "'句。', true", "'如下：', true", "'如下:', true", "'好!', true", "'吗?', true",
    "'好！', true", "'吗？', true", "'甲；', true", "'“说。”', true", "'（甲负责）', true",
    "'(甲负责)', true", "'未完', false", "'甲，', false", "'”', false"
  })
  void endsSentence_atAStopColonMarkSemicolonOrClosingParenthesis(String text, boolean ends) {
    assertThat(PrintedForms.endsSentence(text)).isEqualTo(ends);
  }

  @Test
  void headTailAndExcerpt_countCodePoints() {
    assertThat(PrintedForms.head("甲乙丙丁", 2)).isEqualTo("甲乙");
    assertThat(PrintedForms.head("甲乙", 5)).isEqualTo("甲乙");
    assertThat(PrintedForms.head("𠀀𠀁𠀂", 2)).isEqualTo("𠀀𠀁");
    assertThat(PrintedForms.tail("甲乙丙丁", 2)).isEqualTo("丙丁");
    assertThat(PrintedForms.tail("甲乙", 5)).isEqualTo("甲乙");
    assertThat(PrintedForms.tail("𠀀𠀁𠀂", 2)).isEqualTo("𠀁𠀂");
    assertThat(PrintedForms.excerpt("甲乙丙丁", 2)).isEqualTo("甲乙…");
    assertThat(PrintedForms.excerpt("甲乙", 2)).isEqualTo("甲乙");
    assertThat(PrintedForms.excerpt("𠀀𠀁", 2)).isEqualTo("𠀀𠀁");
  }
}
