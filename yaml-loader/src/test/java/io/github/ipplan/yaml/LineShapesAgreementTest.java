package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.Responsibility;
import io.github.ipplan.yaml.ImportResult.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's copies of its two sources rewritten in the line shapes reposting sites print —
 * tasks run together on one line, the whole outline on one line, part headings without {@code 、},
 * pinyin glosses inside words — import to the same plan as the copies as printed: every task's
 * text, number and bodies, every heading, and the file loads. What differs is only what the
 * rewriting changed: the notes that say so, and the headings' printed labels.
 */
class LineShapesAgreementTest {

  private static final Pattern TASK_LINE = Pattern.compile("^\\s*\\d{1,3}\\s*[.．、](?!\\d)");
  private static final Pattern HEADING_LINE =
      Pattern.compile("^\\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])");

  /** Each national task, with its number, text and printed bodies, as one string. */
  private static List<String> tasks(Plan plan) {
    return plan.measures().stream()
        .map(
            m ->
                m.number()
                    + " "
                    + m.text()
                    + " "
                    + m.responsibilities().stream()
                        .map(Responsibility::printedName)
                        .collect(Collectors.joining("、")))
        .toList();
  }

  private static ImportResult importNational(String text) throws IOException {
    return PlanImporter.importText(
        ImportAgreementTest.NATIONAL,
        text,
        PlanImporter.Shape.NATIONAL_ANNUAL,
        "national-2021-2022",
        LoadOptions.defaults());
  }

  private static ImportResult importGuangzhou(String text) throws IOException {
    return PlanImporter.importText(
        ImportAgreementTest.GUANGZHOU,
        text,
        PlanImporter.Shape.FIVE_YEAR,
        "guangzhou-2021-2025",
        LoadOptions.defaults());
  }

  /** The differences from the bundled plan, leaving out the keys given. */
  private static List<String> differences(String id, ImportResult result, Set<String> ignored) {
    Plan bundled = BundledPlans.load().plan(id).orElseThrow();
    return ImportAgreementTest.differences(
            ImportAgreementTest.tree(bundled),
            ImportAgreementTest.tree(ImportAgreementTest.load(result.yaml())),
            ignored)
        .stream()
        .sorted()
        .toList();
  }

  private static List<String> expected(List<String> differences, Set<String> ignored) {
    return differences.stream()
        .filter(difference -> !(ignored.contains("notes") && difference.startsWith("note")))
        .sorted()
        .toList();
  }

  // ------------------------------------------------------------------ tasks run together

  /**
   * Each task printed after the one before it on the same line, separated as given, where the one
   * before ends in its clause; with {@code outline}, headings too are run onto the line before them
   * and the tasks onto their heading, so that each part's outline is one line.
   */
  static String runTogether(String text, String separator, boolean outline) {
    List<String> out = new ArrayList<>();
    boolean joinable = false;
    for (String line : text.split("\n", -1)) {
      String body = line.strip();
      if (body.isEmpty()) {
        continue;
      }
      boolean task = TASK_LINE.matcher(body).find();
      boolean heading = HEADING_LINE.matcher(body).find();
      if (joinable && (task || (outline && heading))) {
        out.set(out.size() - 1, out.get(out.size() - 1) + separator + body);
      } else {
        out.add(body);
      }
      joinable = body.endsWith("负责）") || (outline && heading);
    }
    return String.join("\n\n", out) + "\n";
  }

  @ParameterizedTest(name = "separated by ''{0}''")
  @ValueSource(strings = {" ", "\u3000", ""})
  void theNationalPlanWithEachSectionsTasksOnOneLine_importsTheSameTasks(String separator)
      throws IOException {
    String copy = runTogether(SourceText.read(ImportAgreementTest.NATIONAL), separator, false);
    // The 115 tasks are on 16 lines: each section's on one (or the part's, where it has no
    // sections), but tasks 87 and 102, which the source breaks across two lines, end one line and
    // the tasks after them are run onto the second; 14 lines start with a task.
    assertThat(copy.lines().filter(line -> TASK_LINE.matcher(line).find())).hasSize(14);

    ImportResult result = importNational(copy);

    assertThat(result.errors()).isEmpty();
    assertThat(result.unknownBodies()).isEmpty();
    Plan imported = ImportAgreementTest.load(result.yaml());
    ImportResult printed = importNational(SourceText.read(ImportAgreementTest.NATIONAL));
    assertThat(imported.measures()).hasSize(115);
    assertThat(tasks(imported)).isEqualTo(tasks(ImportAgreementTest.load(printed.yaml())));
    Set<String> ignored = Set.of("notes");
    assertThat(differences("national-2021-2022", result, ignored))
        .isEqualTo(expected(ImportAgreementTest.NATIONAL_DIFFERENCES, ignored));
    // Besides a note for each line cut, the notes are those of the copy as printed.
    List<Finding> cutNotes =
        result.notes().stream()
            .filter(note -> note.message().contains("run together on one line"))
            .toList();
    assertThat(cutNotes).hasSize(16);
    assertThat(cutNotes.get(0).message())
        .isEqualTo(
            "The copy prints 9 headings and items run together on one line ('…"
                + (separator.isEmpty() ? "知识产权局负责）" : "识产权局负责）" + separator)
                + "2. 推进修…'); each is read as a line of its own.");
    assertThat(
            ImportAgreementTest.contentNotes(result).stream()
                .filter(note -> !note.contains("run together on one line"))
                .toList())
        .isEqualTo(ImportAgreementTest.contentNotes(printed));
  }

  @ParameterizedTest(name = "separated by ''{0}''")
  @ValueSource(strings = {" ", "\u3000"})
  void theNationalPlanWithEachPartsOutlineOnOneLine_importsTheSamePlan(String separator)
      throws IOException {
    String copy = runTogether(SourceText.read(ImportAgreementTest.NATIONAL), separator, true);
    // the whole outline, from 一、 to the last task, is three lines: tasks 87 and 102 are broken
    assertThat(copy.lines().filter(line -> line.contains("负责）"))).hasSize(3);

    ImportResult result = importNational(copy);

    assertThat(result.errors()).isEmpty();
    assertThat(result.unknownBodies()).isEmpty();
    assertThat(ImportAgreementTest.load(result.yaml()).measures()).hasSize(115);
    Set<String> ignored = Set.of("notes");
    assertThat(differences("national-2021-2022", result, ignored))
        .isEqualTo(expected(ImportAgreementTest.NATIONAL_DIFFERENCES, ignored));
  }

  // ------------------------------------------------------------------ headings without 、

  /** Every part or chapter heading printed with the white space given in place of its 、. */
  static String headingsWithout(String text, String space) {
    return Pattern.compile("(?m)^(\\s*)([一二三四五六七八九十]+)、")
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + space));
  }

  @ParameterizedTest(name = "with ''{0}''")
  @ValueSource(strings = {" ", "\u3000", "  "})
  void bothSourcesWithTheirPartHeadingsPrintedWithoutTheComma_importTheSamePlan(String space)
      throws IOException {
    String national = headingsWithout(SourceText.read(ImportAgreementTest.NATIONAL), space);
    String guangzhou = headingsWithout(SourceText.read(ImportAgreementTest.GUANGZHOU), space);
    assertThat(national).contains("一" + space + "完善知识产权制度");
    assertThat(guangzhou).contains("一" + space + "规划背景");

    ImportResult nationalResult = importNational(national);
    ImportResult guangzhouResult = importGuangzhou(guangzhou);

    assertThat(nationalResult.errors()).isEmpty();
    assertThat(guangzhouResult.errors()).isEmpty();
    Set<String> ignored = Set.of("label");
    assertThat(differences("national-2021-2022", nationalResult, ignored))
        .isEqualTo(expected(ImportAgreementTest.NATIONAL_DIFFERENCES, ignored));
    assertThat(differences("guangzhou-2021-2025", guangzhouResult, ignored))
        .isEqualTo(expected(ImportAgreementTest.GUANGZHOU_DIFFERENCES, ignored));
    Plan plan = ImportAgreementTest.load(nationalResult.yaml());
    assertThat(plan.outline()).hasSize(7);
    assertThat(plan.outline().get(0).printedLabel()).isEqualTo("一" + space);
    assertThat(plan.outline().get(6).title()).isEqualTo("加强组织保障");
    assertThat(plan.measures()).hasSize(115);
  }

  // ------------------------------------------------------------------ pinyin glosses

  /** Pinyin of characters the tasks print, as dictionaries give it in these words. */
  private static final Map<Character, String> PINYIN = new LinkedHashMap<>();

  static {
    String[] pairs = {
      "推tuī", "进jìn", "发fā", "展zhǎn", "保bǎo", "护hù", "加jiā", "强qiáng", "产chǎn", "权quán", "制zhì",
      "度dù", "创chuàng", "新xīn", "局jú", "建jiàn", "设shè"
    };
    for (String pair : pairs) {
      PINYIN.put(pair.charAt(0), pair.substring(1));
    }
  }

  /**
   * The first of each glossed character on each task or measure line followed by its pinyin, in
   * half-width and full-width parentheses on alternate lines; the glosses inserted on each line, as
   * printed, are put in the map under the line's number.
   */
  static String glossed(String text, Map<Integer, List<String>> inserted) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!TASK_LINE.matcher(lines[i]).find()) {
        continue;
      }
      boolean half = inserted.size() % 2 == 0;
      StringBuilder out = new StringBuilder();
      List<String> glosses = new ArrayList<>();
      Set<Character> done = new java.util.HashSet<>();
      for (char c : lines[i].toCharArray()) {
        out.append(c);
        String pinyin = PINYIN.get(c);
        if (pinyin != null && done.add(c)) {
          String gloss = half ? "(" + pinyin + ")" : "（" + pinyin + "）";
          out.append(gloss);
          glosses.add(c + gloss);
        }
      }
      if (!glosses.isEmpty()) {
        lines[i] = out.toString();
        inserted.put(i + 1, glosses);
      }
    }
    return String.join("\n", lines);
  }

  private static final Pattern GLOSS = Pattern.compile("[(（][a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]");

  private static String quoted(List<String> glosses) {
    List<String> listed = glosses.stream().limit(20).map(g -> "'" + g + "'").toList();
    return String.join(", ", listed)
        + (glosses.size() > 20 ? " and " + (glosses.size() - 20) + " more" : "");
  }

  /**
   * The notes on the glosses inserted: one for each of the first 20 lines glossed, then one for the
   * rest, which lists each gloss once.
   */
  private static List<Finding> glossNotes(Map<Integer, List<String>> inserted) {
    List<Finding> notes = new ArrayList<>();
    List<Integer> lines = List.copyOf(inserted.keySet());
    for (int line : lines.subList(0, Math.min(20, lines.size()))) {
      List<String> glosses = inserted.get(line);
      notes.add(
          new Finding(
              line,
              "$",
              "The copy glosses "
                  + (glosses.size() == 1 ? "a character" : glosses.size() + " characters")
                  + " on this line with pinyin, which is left out of the text: "
                  + quoted(glosses)
                  + "."));
    }
    if (lines.size() > 20) {
      List<Integer> rest = lines.subList(20, lines.size());
      Set<String> distinct = new java.util.LinkedHashSet<>();
      int count = 0;
      for (int line : rest) {
        distinct.addAll(inserted.get(line));
        count += inserted.get(line).size();
      }
      notes.add(
          new Finding(
              rest.get(0),
              "$",
              "The copy glosses "
                  + count
                  + " more characters with pinyin on "
                  + rest.size()
                  + " more lines, from this one to source line "
                  + rest.get(rest.size() - 1)
                  + ", which is left out of the text; the glosses, each once: "
                  + quoted(List.copyOf(distinct))
                  + "."));
    }
    return notes;
  }

  private static List<String> glossDifferences(Map<Integer, List<String>> inserted) {
    return glossNotes(inserted).stream()
        .map(note -> "note only imported: $: " + note.message())
        .distinct()
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {ImportAgreementTest.NATIONAL, ImportAgreementTest.GUANGZHOU})
  void bothSourcesWithPinyinGlossesInTheirTasks_importTheSamePlan_withANoteForEachLine(String file)
      throws IOException {
    Map<Integer, List<String>> inserted = new LinkedHashMap<>();
    String copy = glossed(SourceText.read(file), inserted);
    boolean national = file.equals(ImportAgreementTest.NATIONAL);
    // every task line of the national plan, and every measure line of Guangzhou's, holds some
    assertThat(inserted).hasSize(national ? 115 : 48);
    // the first 20 glossed lines get a note each, the rest one note
    assertThat(glossNotes(inserted)).hasSize(21);
    assertThat(copy).contains(national ? "知识产(chǎn)权(quán)局(jú)负责" : "发(fā)展(zhǎn)");

    ImportResult result = national ? importNational(copy) : importGuangzhou(copy);

    assertThat(result.errors()).isEmpty();
    assertThat(result.unknownBodies()).isEmpty();
    List<String> expected =
        new ArrayList<>(
            national
                ? ImportAgreementTest.NATIONAL_DIFFERENCES
                : ImportAgreementTest.GUANGZHOU_DIFFERENCES);
    expected.addAll(glossDifferences(inserted));
    String id = national ? "national-2021-2022" : "guangzhou-2021-2025";
    assertThat(differences(id, result, Set.of())).isEqualTo(expected.stream().sorted().toList());
    assertThat(result.notes())
        .filteredOn(note -> note.message().startsWith("The copy glosses"))
        .containsExactlyElementsOf(glossNotes(inserted));
    if (national) {
      assertThat(ImportAgreementTest.load(result.yaml()).measures())
          .hasSize(115)
          .extracting(Measure::text)
          .noneMatch(text -> GLOSS.matcher(text).find());
    }
  }
}
