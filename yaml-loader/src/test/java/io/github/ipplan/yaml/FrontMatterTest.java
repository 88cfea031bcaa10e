package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Plan;
import io.github.ipplan.yaml.ImportResult.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The front matter stages ({@link DocumentStart}, {@link FrontMatter}, {@link CoveringNotice}) on
 * the project's copy of the national plan, rewritten in the forms copies on other sites take: lines
 * of a web page before the document, a notice without its title or date line, the document number
 * with the date on one line, the plan's title run on after the signatory. What the copy still
 * prints must come out as the hand transcription has it.
 */
class FrontMatterTest {
  private static final String ID = "national-2021-2022";
  private static final String NOTICE_TITLE = "国务院知识产权战略实施工作部际联席会议办公室关于印发";
  private static final String SIGNATORY = "国务院知识产权战略实施工作部际联席会议办公室";
  private static final String DOCUMENT_TITLE = "知识产权强国建设纲要和“十四五”规划实施年度推进计划";
  private static final String NUMBER = "国知战联办〔2021〕1号";

  /** The source's lines, blank lines included. */
  private static List<String> source() {
    return new ArrayList<>(List.of(SourceText.read(ImportAgreementTest.NATIONAL).split("\n", -1)));
  }

  /** The index of the line that is, or else first starts with, the given text. */
  private static int index(List<String> lines, String start) {
    int exact = lines.indexOf(start);
    if (exact >= 0) {
      return exact;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line starts " + start);
  }

  private static void remove(List<String> lines, String line) {
    lines.remove(index(lines, line));
  }

  private static ImportResult importText(List<String> lines) throws IOException {
    return PlanImporter.importText(
        "copy.txt",
        String.join("\n", lines),
        PlanImporter.Shape.NATIONAL_ANNUAL,
        ID,
        LoadOptions.defaults());
  }

  private static Plan bundled() {
    return BundledPlans.load().plan(ID).orElseThrow();
  }

  /** The differences from the hand transcription, notes and the given keys left aside. */
  @SuppressWarnings("unchecked")
  private static List<String> differences(String yaml, String... without) {
    Map<String, Object> bundled = (Map<String, Object>) ImportAgreementTest.tree(bundled());
    Map<String, Object> imported = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    for (String key : without) {
      bundled.remove(key);
      imported.remove(key);
    }
    return ImportAgreementTest.differences(bundled, imported, Set.of("notes"));
  }

  private static List<Finding> planNotes(ImportResult result) {
    return result.notes().stream().filter(note -> note.path().equals("$")).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"当前位置:首页|>专题>知识产权强国建设", "首页 > 政务公开 > 通知公告|您现在的位置：首页"})
  void breadcrumbsBeforeTheNotice_areSkipped_withANoteNamingTheirLines(String breadcrumbs)
      throws IOException {
    List<String> lines = source();
    List<String> page = List.of(breadcrumbs.split("\\|"));
    lines.addAll(0, page);

    ImportResult result = importText(lines);

    assertThat(result.errors()).isEmpty();
    assertThat(differences(result.yaml())).isEmpty();
    assertThat(planNotes(result))
        .contains(
            new Finding(
                1,
                "$",
                "The copy prints 2 lines before the document (lines 1–2: '"
                    + PrintedForms.excerpt(page.get(0), 12)
                    + "', '"
                    + PrintedForms.excerpt(page.get(1), 12)
                    + "'), a web page's navigation, headline, lead-in or highlights; they are"
                    + " skipped."));
  }

  @Test
  void newsPage_headlineSourceLineLeadInAndHighlightsBefore全文如下_areSkipped_notTasks()
      throws IOException {
    List<String> lines = source();
    lines.addAll(
        0,
        List.of(
            "联席会议办公室印发年度推进计划",
            "来源：示例网站　发布时间：2022-01-05　浏览次数：100",
            "近日，联席会议办公室印发年度推进计划，部署六方面工作。",
            "1.完善知识产权制度。",
            "2.强化知识产权保护。",
            "3.完善知识产权市场运行机制。",
            "4.提高知识产权公共服务水平。",
            "5.营造良好的知识产权人文社会环境。",
            "6.深度参与全球知识产权治理。",
            "全文如下："));

    ImportResult result = importText(lines);

    assertThat(result.errors()).isEmpty();
    assertThat(differences(result.yaml())).isEmpty();
    assertThat(planNotes(result))
        .contains(
            new Finding(
                1,
                "$",
                "The copy prints 10 lines before the document (lines 1–10: '联席会议办公室印发年度推…',"
                    + " '来源：示例网站　发布时间…', '近日，联席会议办公室印发…', …), a web page's"
                    + " navigation, headline, lead-in or highlights; they are skipped."));
  }

  @Test
  void highlightsBeforeTheNoticeTitle_without全文如下_areSkipped() throws IOException {
    List<String> lines = source();
    lines.addAll(0, List.of("1.完善知识产权制度。", "2.强化知识产权保护。"));

    ImportResult result = importText(lines);

    assertThat(result.errors()).isEmpty();
    assertThat(differences(result.yaml())).isEmpty();
    assertThat(planNotes(result).get(0).message())
        .startsWith("The copy prints 2 lines before the document (lines 1–2: '1.完善知识产权制度。'");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\u3000", ""})
  void documentNumberAndDateOnOneLine_giveTheNumberAndTheIssueDate(String between)
      throws IOException {
    List<String> lines = source();
    remove(lines, "2021年12月27日");
    lines.add(0, NUMBER + between + "2021年12月27日");

    ImportResult result = importText(lines);

    assertThat(result.errors()).isEmpty();
    assertThat(differences(result.yaml()))
        .containsExactly("only imported: $.document-number = " + NUMBER);
    assertThat(result.metadata())
        .contains(
            new Finding(1, "$.document-number", "read from the copy"),
            new Finding(1, "$.issued", "2021-12-27, read from the copy"));
  }

  /**
   * The form of a repost: the document number first, no notice title, no 发布时间 line, the notice
   * closing 特此通知 and the signatory with the plan's title run on, no seal and no date.
   */
  private static List<String> repost() {
    List<String> lines = source();
    remove(lines, NOTICE_TITLE);
    remove(lines, "发布时间");
    remove(lines, "（国家知识产权局代章）");
    remove(lines, "2021年12月27日");
    int title = index(lines, DOCUMENT_TITLE);
    lines.remove(title);
    int signatory = index(lines, SIGNATORY);
    lines.set(signatory, SIGNATORY + DOCUMENT_TITLE);
    lines.add(0, NUMBER);
    return lines;
  }

  @Test
  void copyWithoutNoticeTitleOrDateLine_givesNoticeAddresseesNumberAndSignatory()
      throws IOException {
    List<String> lines = repost();
    String text = String.join("\n", lines);

    ImportResult result = importText(lines);

    assertThat(differences(result.yaml(), "issued", "published"))
        .containsExactlyInAnyOrder(
            "only bundled: $.notice.title = " + NOTICE_TITLE + "《知识产…",
            "only bundled: $.notice.publication-line = 发布时间：2022-01-04",
            "only bundled: $.notice.seal = （国家知识产权局代章）",
            "only imported: $.document-number = " + NUMBER);
    assertThat(result.yaml()).doesNotContain("issued:").doesNotContain("published:");
    int signatoryLine = PlanImporterTest.lineOf(text, SIGNATORY + DOCUMENT_TITLE);
    assertThat(result.metadata())
        .contains(
            new Finding(
                0,
                "$.issued",
                "left for the user: the notice prints no date of issue (looked for a line such as"
                    + " 2024年5月10日 after its signatory, and for a date after its document number)"),
            new Finding(
                signatoryLine,
                "$.issuer",
                "the signatory '" + SIGNATORY + "', body 'joint-conference-office'"),
            new Finding(signatoryLine, "$.title", "the document title"));
    assertThat(result.metadata())
        .extracting(Finding::message)
        .noneMatch(message -> message.contains("no covering notice"))
        .noneMatch(message -> message.contains("prints no title"));
    assertThat(planNotes(result))
        .contains(
            new Finding(
                signatoryLine,
                "$",
                "The copy prints the plan's title '"
                    + DOCUMENT_TITLE
                    + "' on the line of the signatory '"
                    + SIGNATORY
                    + "', with no line break; they are read apart."));
    assertThat(planNotes(result))
        .extracting(Finding::message)
        .noneMatch(message -> message.contains("page-break artefact"));
    assertThat(result.errors())
        .extracting(PlanLoadException::problem)
        .containsExactly("missing key 'issued'");
  }

  @Test
  void noticeClosing特此通知_withoutSignatory_saysTheSignatoryIsMissing_notTheNotice()
      throws IOException {
    List<String> lines = source();
    remove(lines, SIGNATORY);
    remove(lines, "（国家知识产权局代章）");
    remove(lines, "2021年12月27日");

    ImportResult result = importText(lines);

    assertThat(result.metadata())
        .contains(new Finding(0, "$.issuer", "left for the user: the notice prints no signatory"));
    assertThat(result.yaml()).contains("document-title: " + DOCUMENT_TITLE);
    assertThat(result.metadata())
        .filteredOn(finding -> finding.path().equals("$.title"))
        .extracting(Finding::message)
        .containsExactly("the document title");
  }

  @Test
  void noticeWithoutSignatoryDateOr特此通知_beforeNoPlanTitle_namesThePartsItPrints()
      throws IOException {
    List<String> lines = source();
    remove(lines, "特此通知");
    remove(lines, SIGNATORY);
    remove(lines, "（国家知识产权局代章）");
    remove(lines, "2021年12月27日");
    remove(lines, DOCUMENT_TITLE);

    ImportResult result = importText(lines);

    assertThat(result.metadata())
        .contains(
            new Finding(
                0,
                "$.issuer",
                "left for the user: the copy prints parts of a notice (a notice title, document"
                    + " number or 特此通知) but no signatory (looked for a line of up to 40"
                    + " characters before a date line, after 特此通知, or before the plan's title)"));
  }

  @Test
  void noticeWithoutDateOr特此通知_endsAtThePlanTitle() throws IOException {
    List<String> lines = source();
    remove(lines, "特此通知");
    remove(lines, "2021年12月27日");

    ImportResult result = importText(lines);

    assertThat(differences(result.yaml(), "issued"))
        .containsExactly("only bundled: $.notice.paragraphs[1] = 特此通知。");
    assertThat(result.metadata())
        .contains(
            new Finding(
                0,
                "$.issued",
                "left for the user: the notice prints no date of issue (looked for a line such as"
                    + " 2024年5月10日 before the plan's title, and for a date after its document"
                    + " number)"));
  }

  @Test
  void noticeWithoutDateLine_endsAfterTheSignatoryAndSealThatFollow特此通知() throws IOException {
    List<String> lines = source();
    remove(lines, "2021年12月27日");

    ImportResult result = importText(lines);

    assertThat(differences(result.yaml(), "issued")).isEmpty();
    assertThat(result.errors())
        .extracting(PlanLoadException::problem)
        .containsExactly("missing key 'issued'");
  }

  @Test
  void noticeWithoutSignatory_isReadAsThePreamble_andItsYearsGiveThePeriod() throws IOException {
    List<String> lines = source();
    remove(lines, SIGNATORY);
    remove(lines, "（国家知识产权局代章）");
    remove(lines, "2021年12月27日");
    remove(lines, DOCUMENT_TITLE);
    String preamble = lines.remove(index(lines, "为贯彻落实"));
    lines.add(index(lines, "特此通知。"), preamble);

    ImportResult result = importText(lines);

    assertThat(result.metadata())
        .contains(new Finding(0, "$.period", "2021–2022, from '2021—2022年度'"));
    assertThat(result.yaml()).doesNotContain("notice:").contains("  - " + preamble + "\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "当前位置:首页",
        "当前位置：首页 > 政务公开",
        ">专题>知识产权",
        "＞通知公告",
        "首页 > 政务公开 > 通知公告",
        "首页»新闻",
        "您现在的位置：首页",
        "来源：示例网站 发布时间：2024-05-20",
        "浏览次数：120",
        "【字体：大 中 小】",
        "全文如下：",
        "现将计划印发，全文如下:",
        "全文如下"
      })
  void pageLines_areRecognised(String line) {
    assertThat(DocumentStart.isPageLine(line)).isTrue();
  }

  @Test
  void oneLineBeforeTheDocument_isNamedAlone() throws IOException {
    List<String> lines = source();
    lines.add(0, "全文如下：");

    ImportResult result = importText(lines);

    assertThat(differences(result.yaml())).isEmpty();
    assertThat(planNotes(result))
        .contains(
            new Finding(
                1,
                "$",
                "The copy prints a line before the document (line 1: '全文如下：'), a web page's"
                    + " navigation, headline, lead-in or highlights; it is skipped."));
  }

  @Test
  void pageLines_areShort_aLineOfTwoHundredCharactersAtMost() {
    String info = "来源：示例网站 发布时间：2024-05-20";
    assertThat(DocumentStart.isPageLine(info + "。".repeat(200 - info.length()))).isTrue();
    assertThat(DocumentStart.isPageLine(info + "。".repeat(201 - info.length()))).isFalse();
    assertThat(DocumentStart.isPageLine("来源：".repeat(30_000))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"发布时间：2022-01-04", "来源：国家知识产权局", "中央组织部、中央宣传部：", "特此通知。", "首页", "全文如下，请遵照执行。"})
  void documentLines_areNotPageLines(String line) {
    assertThat(DocumentStart.isPageLine(line)).isFalse();
  }
}
