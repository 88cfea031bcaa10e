package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.ImportAgreementTest.GUANGZHOU;
import static io.github.ipplan.yaml.ImportAgreementTest.NATIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import io.github.ipplan.Agency;
import io.github.ipplan.Heading;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Responsibility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports the project's copies of the two source documents rewritten in the forms that published
 * copies on other sites take — site navigation before the notice, a news page around the text,
 * items run together on one line, headings without 、, traditional characters, pinyin glosses — and
 * compares the result with the hand transcription (the bundled plans). Every rewrite is made here,
 * from the project's own copies, so the expected values are the bundled plans'.
 */
class PublishedCopiesTest {

  /** Two lines of a site's navigation above the copy, as official and reposting sites print. */
  static String siteNavigation(String text) {
    return "当前位置:首页 > 政务公开 > 通知公告\n>专题>知识产权强国建设\n\n" + text;
  }

  /**
   * A news page around the copy: a headline, a line of source and date, a lead-in sentence, six
   * highlight bullets numbered like tasks, and 全文如下 before the text itself.
   */
  static String newsPage(String text) {
    return String.join(
            "\n",
            "年度推进计划印发 明确重点任务和措施",
            "来源：本网综合  发布时间：2022-01-05 09:30  浏览次数：1024",
            "",
            "近日，年度推进计划印发，明确了本年度的重点任务和工作措施。计划的要点如下：",
            "1.完善知识产权制度。",
            "2.强化知识产权保护。",
            "3.完善知识产权市场运行机制。",
            "4.提高知识产权公共服务水平。",
            "5.营造良好的知识产权人文社会环境。",
            "6.深度参与全球知识产权治理。",
            "全文如下：",
            "")
        + text;
  }

  private static final Pattern TASK_LINE =
      Pattern.compile("(?m)^[ \\t\\u3000\\u00A0]*\\d{1,3}\\s*[.．、].*负责[）)][ \\t]*$");

  /**
   * Every section's tasks run together on one line, separated by a space where {@code separator} is
   * one, as copies taken from pages without paragraph marks print them.
   */
  static String runTogether(String text, String separator) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder();
    boolean previousTask = false;
    for (String line : lines) {
      if (line.isBlank()) {
        if (!previousTask) {
          out.append('\n');
        }
        continue;
      }
      boolean task = TASK_LINE.matcher(line).matches();
      if (task && previousTask) {
        out.append(separator).append(line.strip());
      } else {
        if (previousTask) {
          out.append("\n\n");
        }
        out.append(line.strip());
        if (!task) {
          out.append("\n\n");
        }
      }
      previousTask = task;
    }
    return out.toString();
  }

  private static final Pattern PART = Pattern.compile("(?m)^(\\s*[一二三四五六七八九十]+)、");

  /** Part and chapter headings printed with a space where the source prints 、. */
  static String headingsWithoutComma(String text) {
    return PART.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " "));
  }

  private static final Transliterator TO_TRADITIONAL =
      Transliterator.getInstance("Simplified-Traditional");

  /** The whole copy in traditional characters, as reposting sites convert it. */
  static String traditional(String text) {
    return TO_TRADITIONAL.transliterate(text);
  }

  private static final Map<String, String> GLOSSES =
      Map.of("發", "(fā)", "區", "(qū)", "務", "(wù)", "產", "(chǎn)", "權", "(quán)");

  /** Pinyin glosses after some characters of a traditional copy, as one reposting site prints. */
  static String glossed(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              String character = Character.toString(c);
              out.append(character).append(GLOSSES.getOrDefault(character, ""));
            });
    return out.toString();
  }

  static Stream<Arguments> simplifiedCopies() {
    List<Arguments> copies = new ArrayList<>();
    copies.add(
        Arguments.of(
            NATIONAL,
            "with site navigation above",
            (UnaryOperator<String>) t -> siteNavigation(t)));
    copies.add(Arguments.of(NATIONAL, "as a news page", (UnaryOperator<String>) t -> newsPage(t)));
    copies.add(
        Arguments.of(
            NATIONAL,
            "with tasks run together, separated by spaces",
            (UnaryOperator<String>) t -> runTogether(t, " ")));
    copies.add(
        Arguments.of(
            NATIONAL,
            "with tasks run together, separated by nothing",
            (UnaryOperator<String>) t -> runTogether(t, "")));
    for (String file : List.of(NATIONAL, GUANGZHOU)) {
      copies.add(
          Arguments.of(
              file,
              "with headings without 、",
              (UnaryOperator<String>) PublishedCopiesTest::headingsWithoutComma));
    }
    copies.add(
        Arguments.of(
            NATIONAL,
            "in all these forms at once",
            (UnaryOperator<String>)
                t -> newsPage(siteNavigation(runTogether(headingsWithoutComma(t), " ")))));
    return copies.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("simplifiedCopies")
  void importAgreesWithTheHandTranscription(String file, String form, UnaryOperator<String> rewrite)
      throws IOException {
    boolean national = file.equals(NATIONAL);
    String id = national ? "national-2021-2022" : "guangzhou-2021-2025";
    ImportResult result = importCopy(file, rewrite.apply(SourceText.read(file)));
    assertEquals(List.of(), result.errors(), "the imported file loads");
    assertEquals(List.of(), result.unknownBodies());
    Plan imported = ImportAgreementTest.load(result.yaml());
    Plan bundled = BundledPlans.load().plan(id).orElseThrow();
    // Notes and printed labels depend on the form; every value besides must be the bundled one.
    List<String> differences =
        ImportAgreementTest.differences(
            ImportAgreementTest.tree(bundled),
            ImportAgreementTest.tree(imported),
            Set.of("notes", "label"));
    List<String> expected =
        national
            ? List.of()
            : ImportAgreementTest.GUANGZHOU_DIFFERENCES.stream()
                .filter(difference -> !difference.startsWith("note"))
                .toList();
    assertEquals(expected.stream().sorted().toList(), differences.stream().sorted().toList());
  }

  /**
   * The copy as reposted without the notice's title, its 发布时间 line and its date line: the notice is
   * still found from its parts (addressees, 特此通知, signatory, seal), and the two dates the copy no
   * longer prints are given, as `ipplan import --issued --published` gives them.
   */
  @Test
  void copyWithoutNoticeTitleOrDates_loadsWithTheDatesGiven() throws IOException {
    String text =
        SourceText.read(NATIONAL)
            .lines()
            .filter(
                line ->
                    !line.startsWith("国务院知识产权战略实施工作部际联席会议办公室关于印发")
                        && !line.startsWith("发布时间：")
                        && !line.equals("2021年12月27日"))
            .reduce("", (a, b) -> a + b + "\n");
    ImportResult result =
        PlanImporter.importText(
            NATIONAL,
            siteNavigation(text),
            PlanImporter.Shape.NATIONAL_ANNUAL,
            "national-2021-2022",
            LoadOptions.defaults(),
            PlanImporter.Metadata.none()
                .withIssued(LocalDate.of(2021, 12, 27))
                .withPublished(LocalDate.of(2022, 1, 4)));
    assertEquals(List.of(), result.errors(), "the imported file loads");
    Plan imported = ImportAgreementTest.load(result.yaml());
    Plan bundled = BundledPlans.load().plan("national-2021-2022").orElseThrow();
    List<String> differences =
        ImportAgreementTest.differences(
            ImportAgreementTest.tree(bundled),
            ImportAgreementTest.tree(imported),
            Set.of("notes", "label"));
    // Only the two lines the copy leaves out are missing; every other value is the bundled one.
    assertThat(differences)
        .containsExactlyInAnyOrder(
            "only bundled: $.notice.title = 国务院知识产权战略实施工作部际联席会议办公室关于印发《知识产…",
            "only bundled: $.notice.publication-line = 发布时间：2022-01-04");
  }

  /**
   * A provincial five-year plan's notice prints its document number and date on one line, under its
   * title ({@code 苏政发〔2009〕1号　2009年1月5日}): both are read, and the notice too.
   */
  @Test
  void fiveYearPlan_numberAndDateOnOneLine_areReadAsTheNotices() throws IOException {
    String text =
        String.join(
            "\n",
            "示例省人民政府关于印发示例省知识产权示例规划的通知",
            "苏政发〔2009〕1号\u30002009年1月5日",
            "知识产权局：",
            "现将《示例省知识产权示例规划（2009—2013年）》印发给你们，请认真贯彻执行。",
            "知识产权局",
            "示例省知识产权示例规划（2009—2013年）",
            "为说明导入，制定本规划。",
            "一、总体要求",
            "（一）指导思想",
            "1.示例措施。本措施为示例，不是任何已发布规划的转录。",
            "");
    ImportResult result =
        PlanImporter.importText(
            "five-year.txt",
            text,
            PlanImporter.Shape.FIVE_YEAR,
            "sample-five-year",
            LoadOptions.defaults());
    assertThat(result.yaml())
        .contains("document-number: 苏政发〔2009〕1号\n")
        .contains("issued: 2009-01-05\n")
        .contains("  title: 示例省人民政府关于印发示例省知识产权示例规划的通知\n")
        .contains("  signatory: 知识产权局\n");
    assertEquals(List.of(), result.errors(), "the imported file loads");
  }

  static Stream<Arguments> traditionalCopies() {
    return Stream.of(
        Arguments.of("in traditional characters", (UnaryOperator<String>) t -> traditional(t)),
        Arguments.of(
            "in traditional characters with pinyin glosses",
            (UnaryOperator<String>) t -> glossed(traditional(t))),
        Arguments.of(
            "in traditional characters, with site navigation and tasks run together",
            (UnaryOperator<String>) t -> siteNavigation(runTogether(traditional(t), " "))));
  }

  /**
   * A copy in traditional characters gives the same tasks, each with the same bodies in the same
   * order and roles, the same headings and the same notice: texts are kept as printed, so only
   * their simplified forms can be compared with the hand transcription.
   */
  @ParameterizedTest(name = "national plan {0}")
  @MethodSource("traditionalCopies")
  void traditionalCopyGivesTheSameTasksAndBodies(String form, UnaryOperator<String> rewrite)
      throws IOException {
    ImportResult result = importCopy(NATIONAL, rewrite.apply(SourceText.read(NATIONAL)));
    assertEquals(List.of(), result.unknownBodies());
    assertEquals(List.of(), result.errors(), "the imported file loads");
    PlanCatalog catalog = catalogOf(result.yaml());
    Plan imported = catalog.plans().get(0);
    Plan bundled = BundledPlans.load().plan("national-2021-2022").orElseThrow();

    assertEquals(bundled.measures().size(), imported.measures().size());
    for (int i = 0; i < bundled.measures().size(); i++) {
      Measure expected = bundled.measures().get(i);
      Measure actual = imported.measures().get(i);
      assertEquals(expected.number(), actual.number());
      assertEquals(bodies(expected), bodies(actual), "task " + expected.number());
      assertEquals(expected.assignment(), actual.assignment(), "task " + expected.number());
      assertEquals(expected.openEnded(), actual.openEnded(), "task " + expected.number());
      assertEquals(
          expected.headingPath().stream().map(Heading::numeral).toList(),
          actual.headingPath().stream().map(Heading::numeral).toList());
    }
    // The lead rule, printed 牽頭部門, is the lead rule and not a continuation of task 115.
    assertThat(imported.leadRule()).isPresent();
    assertEquals(bundled.issuer().id(), imported.issuer().id());
    assertEquals(bundled.issued(), imported.issued());
    // Read from the 發佈時間 line.
    assertEquals(bundled.published(), imported.published());
    assertEquals(
        bundled.addressees().stream().map(Agency::id).toList(),
        imported.addressees().stream().map(Agency::id).toList());
    assertEquals(
        bundled.notice().orElseThrow().paragraphs().size(),
        imported.notice().orElseThrow().paragraphs().size());
  }

  @Test
  void leadsOnATraditionalCopyAnswersAsOnTheSource() throws IOException {
    ImportResult result = importCopy(NATIONAL, traditional(SourceText.read(NATIONAL)));
    PlanCatalog catalog = catalogOf(result.yaml());
    Agency cnipa = catalog.agency("知识产权局").orElseThrow();
    // 36 tasks in the source name 知识产权局 first in their clause.
    assertThat(catalog.measuresLedBy(cnipa)).hasSize(36);
    assertEquals(catalog.agency("國家知識產權局"), catalog.agency("国家知识产权局"));
    assertEquals(
        catalog.measuresLedBy(catalog.agency("國家知識產權局").orElseThrow()),
        catalog.measuresLedBy(cnipa));
  }

  private static List<String> bodies(Measure measure) {
    return measure.responsibilities().stream()
        .map(Responsibility::agency)
        .map(agency -> agency.id())
        .toList();
  }

  private static ImportResult importCopy(String file, String text) throws IOException {
    boolean national = file.equals(NATIONAL);
    return PlanImporter.importText(
        file,
        text,
        national ? PlanImporter.Shape.NATIONAL_ANNUAL : PlanImporter.Shape.FIVE_YEAR,
        national ? "national-2021-2022" : "guangzhou-2021-2025",
        LoadOptions.defaults());
  }

  private static PlanCatalog catalogOf(String yaml) {
    LoadOptions options = LoadOptions.defaults();
    return Loading.catalog(
        Loading.registry(List.of(), options),
        List.of(new Loading.Source("imported.yaml", yaml.getBytes(StandardCharsets.UTF_8), false)),
        options);
  }
}
