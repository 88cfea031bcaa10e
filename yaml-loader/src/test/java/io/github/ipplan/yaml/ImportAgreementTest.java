package io.github.ipplan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ipplan.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Imports the project's copies of the two source documents, as printed and rewritten in the layouts
 * other sites publish, and compares the result with the hand transcription (the bundled plans):
 * every text, label, heading, body list, assignment, project placement and indicator must be equal.
 * The only differences allowed are listed here, each with the reason it needs a reader.
 */
class ImportAgreementTest {
  static final String NATIONAL = "national-annual-plan-2021-2022.txt";
  static final String GUANGZHOU = "guangzhou-ip-plan-2021-2025-draft.txt";

  static Stream<Arguments> copies() {
    List<Arguments> copies = new ArrayList<>();
    for (String file : List.of(NATIONAL, GUANGZHOU)) {
      copies.add(Arguments.of(file, "as printed", UnaryOperator.<String>identity(), Set.of()));
      copies.add(
          Arguments.of(
              file,
              "with CRLF line breaks",
              (UnaryOperator<String>) ImportAgreementTest::crlf,
              Set.of()));
      copies.add(
          Arguments.of(
              file,
              "with extra blank lines and indentation of spaces, U+3000, no-break spaces and tabs",
              (UnaryOperator<String>) ImportAgreementTest::reindent,
              Set.of("notes")));
      copies.add(
          Arguments.of(
              file,
              "with parentheses of the other width in clauses and headings",
              (UnaryOperator<String>) ImportAgreementTest::otherParentheses,
              Set.of("label")));
      for (String style : List.of("1.", "1．", "1、", "1 .")) {
        copies.add(
            Arguments.of(
                file,
                "with every number written " + style,
                (UnaryOperator<String>) text -> numbers(text, style),
                Set.of("label", "notes")));
      }
      copies.add(
          Arguments.of(
              file,
              "with other attribution lines",
              (UnaryOperator<String>) ImportAgreementTest::attribution,
              Set.of()));
      copies.add(
          Arguments.of(
              file,
              "with page breaks inside the preamble and a project's paragraph",
              (UnaryOperator<String>) ImportAgreementTest::pageBreaks,
              Set.of("notes")));
      copies.add(
          Arguments.of(
              file,
              "in all these layouts at once",
              (UnaryOperator<String>)
                  text -> crlf(reindent(otherParentheses(numbers(attribution(text), "1、")))),
              Set.of("label", "notes")));
    }
    return copies.stream();
  }

  /**
   * The preamble, and project 2's paragraph where there is one, broken by a blank line after their
   * twentieth character, as a page break leaves them.
   */
  static String pageBreaks(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String body = line.strip();
      if (body.startsWith("为贯彻落实") || body.startsWith("围绕广州市战略性新兴产业体系")) {
        out.append(body, 0, 20).append("\n\n").append(body.substring(20)).append('\n');
      } else {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** Windows line breaks. */
  static String crlf(String text) {
    return text.replace("\n", "\r\n");
  }

  private static final List<String> INDENTS =
      List.of("", "\u3000\u3000", "\u00A0\u00A0\u00A0\u00A0", "    ", "\t", " \u3000");

  /** Each line indented another way, and two more blank lines at every blank line. */
  static String reindent(String text) {
    StringBuilder out = new StringBuilder("\n\n");
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        out.append("\n\n\n");
      } else {
        out.append(INDENTS.get(i % INDENTS.size())).append(line).append("  \n");
      }
    }
    return out.toString();
  }

  private static final Pattern SECTION_LABEL =
      Pattern.compile("(?m)^(\\s*)[（(]([一二三四五六七八九十]+)[）)]");
  private static final Pattern CLAUSE = Pattern.compile("(?m)[（(]([^（()）\\n]*负责)[）)](\\s*)$");

  /** Section labels and responsibility clauses in parentheses of the other width. */
  static String otherParentheses(String text) {
    boolean fullWidth = text.contains("（一）");
    String open = fullWidth ? "(" : "（";
    String close = fullWidth ? ")" : "）";
    String swapped =
        SECTION_LABEL
            .matcher(text)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + open + m.group(2) + close));
    return CLAUSE
        .matcher(swapped)
        .replaceAll(m -> Matcher.quoteReplacement(open + m.group(1) + close + m.group(2)));
  }

  private static final Pattern NUMBER =
      Pattern.compile("(?m)^(\\s*)(\\d{1,3})\\s*[.．、](?!\\d)\\s*");

  /** Every task or measure number written in one style: 1. 1． 1、 or 1 . */
  static String numbers(String text, String style) {
    String punctuation = style.substring(1);
    return NUMBER
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + punctuation + " "));
  }

  /** The copy's own attribution lines, if any, replaced by others that name the same address. */
  static String attribution(String text) {
    String kept = text;
    int at = text.indexOf("出所：");
    if (at >= 0) {
      kept = text.substring(0, at);
    }
    String address =
        text.contains("http://www.cnipa.gov.cn/")
            ? "http://www.cnipa.gov.cn/art/2022/1/4/art_542_172584.html"
            : null;
    return kept
        + "\n来源：政府网站转载\n"
        + (address == null ? "" : "原文链接：" + address + "\n")
        + "\n（责任编辑：网站编辑）\n";
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("copies")
  void importAgreesWithTheHandTranscription(
      String file, String layout, UnaryOperator<String> rewrite, Set<String> ignored)
      throws IOException {
    boolean national = file.equals(NATIONAL);
    String id = national ? "national-2021-2022" : "guangzhou-2021-2025";
    ImportResult result =
        PlanImporter.importText(
            file,
            rewrite.apply(SourceText.read(file)),
            national ? PlanImporter.Shape.NATIONAL_ANNUAL : PlanImporter.Shape.FIVE_YEAR,
            id,
            LoadOptions.defaults());
    assertEquals(List.of(), result.errors(), "the imported file loads");
    assertEquals(List.of(), result.unknownBodies());
    Plan imported = load(result.yaml());
    Plan bundled = BundledPlans.load().plan(id).orElseThrow();
    List<String> differences = differences(tree(bundled), tree(imported), ignored);
    List<String> expected =
        (national ? NATIONAL_DIFFERENCES : GUANGZHOU_DIFFERENCES)
            .stream()
                .filter(difference -> !(ignored.contains("notes") && difference.startsWith("note")))
                .toList();
    assertEquals(expected.stream().sorted().toList(), differences.stream().sorted().toList());
    if (layout.startsWith("with page breaks")) {
      // Joined, with a note where each break was.
      List<String> breaks =
          result.notes().stream()
              .map(ImportResult.Finding::message)
              .filter(message -> message.startsWith("The source copy breaks paragraph 1"))
              .toList();
      assertEquals(national ? 1 : 2, breaks.size(), breaks.toString());
    } else if (ignored.contains("notes")) {
      // The layout changes which numbering and indentation notes there are, and nothing else.
      ImportResult printed =
          PlanImporter.importText(
              file,
              SourceText.read(file),
              national ? PlanImporter.Shape.NATIONAL_ANNUAL : PlanImporter.Shape.FIVE_YEAR,
              id,
              LoadOptions.defaults());
      assertEquals(contentNotes(printed), contentNotes(result));
    }
  }

  /** The notes on the text itself, without those on numbering punctuation and indentation. */
  static List<String> contentNotes(ImportResult result) {
    return result.notes().stream()
        .filter(
            note ->
                !note.message().startsWith("The number is printed")
                    && !note.message().contains(" indents "))
        .map(note -> note.path() + ": " + note.message())
        .toList();
  }

  /** The differences from the hand transcription of the national plan, each needing a reader. */
  static final List<String> NATIONAL_DIFFERENCES =
      List.of(
          // A reading of the wording: the text cannot tell a missing 不 from a shared one.
          "note only bundled: $.parts[2].sections[0].measures[0]: '以使用为目的的商标恶意注册行为' is printed without the '不' of the usual phrase '不以使用为目的的商标恶意注册' (it may share the earlier '不'); kept as printed.");

  /** The differences from the hand transcription of the Guangzhou plan, each needing a reader. */
  static final List<String> GUANGZHOU_DIFFERENCES =
      List.of(
          // Bounds and baselines come from reading the goals' sentences against the table: not
          // drafted.
          "only bundled: $.indicators[0].bound = reach",
          "only bundled: $.indicators[0].bound-evidence = 到2025年,每万人口高价值发明专利拥有量达30件,新增海外…",
          "only bundled: $.indicators[2].baseline.evidence = 全市有效商标注册量151.4万件,马德里国际注册商标量171…",
          "only bundled: $.indicators[2].baseline.value = 151.4",
          "only bundled: $.indicators[2].baseline.year = 2020",
          "only bundled: $.indicators[2].bound = reach",
          "only bundled: $.indicators[2].bound-evidence = 到2025年,每万人口高价值发明专利拥有量达30件,新增海外…",
          "only bundled: $.indicators[3].baseline.evidence = 知识产权管理体系贯标认证企事业单位5072家,数量居全国第一…",
          "only bundled: $.indicators[3].baseline.value = 5072",
          "only bundled: $.indicators[3].baseline.year = 2020",
          "only bundled: $.indicators[3].bound = more-than",
          "only bundled: $.indicators[3].bound-evidence = 到2025年,每万人口高价值发明专利拥有量达30件,新增海外…",
          "only bundled: $.indicators[4].bound = at-least",
          "only bundled: $.indicators[4].bound-evidence = “十四五”期间,重点培育和扶持知识产权密集型产业和区域特色产…",
          "only bundled: $.indicators[5].bound = at-least",
          "only bundled: $.indicators[5].bound-evidence = “十四五”期间,重点培育和扶持知识产权密集型产业和区域特色产…",
          "only bundled: $.indicators[6].bound = reach",
          "only bundled: $.indicators[6].bound-evidence = “十四五”期间,重点培育和扶持知识产权密集型产业和区域特色产…",
          "only bundled: $.indicators[7].bound = reach",
          "only bundled: $.indicators[7].bound-evidence = “十四五”期间,重点培育和扶持知识产权密集型产业和区域特色产…",
          "only bundled: $.indicators[8].bound = at-least",
          "only bundled: $.indicators[8].bound-evidence = 到2025年,全市建设知识产权信息公共服务网点15个以上,支…",
          "only bundled: $.indicators[9].bound = at-least",
          "only bundled: $.indicators[9].bound-evidence = 到2025年,全市建设知识产权信息公共服务网点15个以上,支…",
          // The goals say 新增 (new over the period) where the table's name does not: the importer
          // reads the name.
          "differs: $.indicators[1].kind = new-over-period | level",
          // Remarks on wording and on what the goals say, which need a reader.
          "note only bundled: $.chapters[3].sections[2].measures[1]: '积极推进加快 “湾区制造”' has a half-width space before '“' and both '推进' and '加快'; kept as printed.",
          "note only bundled: $.chapters[4].sections[0].measures[0]: '并企业鼓励申请认定' reads in an unusual order (presumably '并鼓励企业申请认定'); kept as printed.",
          "note only bundled: $.chapters[6].sections[0].measures[0]: '《广州市市场监督管理局 深圳市市场监督管理局关于全面加强知识产权战略合作协议》' has a half-width space between the two issuing bodies; kept as printed.",
          "note only bundled: $.chapters[6].sections[0].measures[0]: '等七个领域' follows a list of eight items ('智能网联、汽车产业' may be one item split by a '、'); kept as printed.",
          "note only bundled: $.chapters[6].sections[2].projects[0]: '(20202035年)' is printed without a dash between the years; kept as printed.",
          "note only bundled: $.indicators[10]: The kind annual-count is read from the cut unit '件/' (presumably 件/年); the goals text (主要目标) does not state this target.",
          "note only bundled: $.indicators[11]: The kind annual-count is read from the cut unit '件/' (presumably 件/年); the goals text (主要目标) does not state this target.",
          "note only bundled: $.indicators[12]: The goals text (主要目标) does not state this target; it says only '全市知识产权保护能力水平和社会满意度明显提升'.",
          "note only bundled: $.indicators[1]: The goals (主要目标) state this target as '新增海外发明专利授权量5000件': new grants over the plan period, not a stock.",
          "note only bundled: $.indicators[1]: The goals give the figure without 达, 以上 or 超过, so no bound is recorded.",
          "note only bundled: $.indicators[2]: The baseline is stated in 成效基础, in the paragraph '——知识产权创造能力稳步提高', whose third sentence opens '至2020年底'; the value's own sentence does not repeat the year.",
          "note only bundled: $.indicators[2]: The baseline's sentence says '有效商标注册量' where the table and the goals say '有效注册商标总量': the same measure under another wording; both kept as printed.",
          "note only bundled: $.indicators[3]: The baseline is stated in 成效基础, in the paragraph '——知识产权创造能力稳步提高', whose third sentence opens '至2020年底'; the value's own sentence does not repeat the year.",
          "note only bundled: $.indicators[9]: 成效基础 states '全市各类知识产权服务机构超过3000家' (more than 3000) for the end of the 13th Five-Year Plan period: a lower bound, so no baseline is recorded.",
          "note only bundled: $: The call for comments ends '有关事项通告如下:' (the matters are announced as follows) and no items follow in this copy: the attachment comes next; kept as printed.",
          "note only bundled: $: The goals (主要目标) print '年均增长6%以上,;' with a comma before the semicolon; kept as printed.",
          "note only bundled: $: The text is the draft published for public comment (征求意见稿), not the final plan; the attachment is named 广州市知识产权保护和运用“十四五”规划(征求意见稿).docx.",
          // Half-width spaces the importer notes in its standard words; the hand transcription
          // words two of them
          // differently and has no note for the one in the paragraphs of 成效基础.
          "note only imported: $.chapters[3].sections[2].measures[1]: Half-width spaces are kept as printed: '进加快 “湾区'.",
          "note only imported: $.chapters[6].sections[0].measures[0]: Half-width spaces are kept as printed: '管理局 深圳市'.",
          "note only imported: $: Half-width spaces are kept as printed in $.chapters[0].sections[0]: '”改革 优化营'.");

  static Plan load(String yaml) {
    LoadOptions options = LoadOptions.defaults();
    return Loading.catalog(
            Loading.registry(List.of(), options),
            List.of(
                new Loading.Source("imported.yaml", yaml.getBytes(StandardCharsets.UTF_8), false)),
            options)
        .plans()
        .get(0);
  }

  static Object tree(Plan plan) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(PlanWriter.write(plan));
  }

  private static final Pattern SOURCE_LINE = Pattern.compile(" \\(source line \\d+\\)\\.$");

  /** The differences between two plan trees: values, then notes, each sorted by path. */
  static List<String> differences(Object bundled, Object imported, Set<String> ignored) {
    Map<String, String> a = new TreeMap<>();
    Map<String, String> b = new TreeMap<>();
    Set<String> notesA = new TreeSet<>();
    Set<String> notesB = new TreeSet<>();
    flatten("$", bundled, a, notesA, ignored);
    flatten("$", imported, b, notesB, ignored);
    List<String> out = new ArrayList<>();
    Set<String> paths = new TreeSet<>(a.keySet());
    paths.addAll(b.keySet());
    for (String path : paths) {
      String x = shorten(a.get(path));
      String y = shorten(b.get(path));
      if (x == null) {
        out.add("only imported: " + path + " = " + y);
      } else if (y == null) {
        out.add("only bundled: " + path + " = " + x);
      } else if (!x.equals(y)) {
        out.add("differs: " + path + " = " + x + " | " + y);
      }
    }
    for (String note : notesA) {
      if (!notesB.contains(note)) {
        out.add("note only bundled: " + note);
      }
    }
    for (String note : notesB) {
      if (!notesA.contains(note)) {
        out.add("note only imported: " + note);
      }
    }
    return out;
  }

  private static String shorten(String value) {
    return value == null || value.length() <= 30 ? value : value.substring(0, 30) + "…";
  }

  private static void flatten(
      String path,
      Object value,
      Map<String, String> leaves,
      Set<String> notes,
      Set<String> ignored) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = (String) entry.getKey();
        if (ignored.contains(key)) {
          continue;
        }
        if (key.equals("notes")) {
          for (Object note : (List<?>) entry.getValue()) {
            Matcher m = SOURCE_LINE.matcher((String) note);
            notes.add(path + ": " + m.replaceAll("."));
          }
        } else {
          flatten(path + "." + key, entry.getValue(), leaves, notes, ignored);
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        flatten(path + "[" + i + "]", list.get(i), leaves, notes, ignored);
      }
      if (list.isEmpty()) {
        leaves.put(path, "[]");
      }
    } else {
      leaves.put(path, String.valueOf(value));
    }
  }
}
