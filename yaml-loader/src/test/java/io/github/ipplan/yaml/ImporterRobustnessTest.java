package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ipplan.Plan;
import io.github.ipplan.yaml.ImportResult.Finding;
import io.github.ipplan.yaml.ImportResult.UnknownBody;
import io.github.ipplan.yaml.PlanImporter.Shape;
import io.github.ipplan.yaml.PrintedLines.Line;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PlanImporter} against mutated copies of the sources and pathological input: every text is
 * either imported into a file (which loads, or whose errors are located) or refused with a located
 * {@link PlanLoadException}, never another exception, and quickly. Left out of mutation testing for
 * its running time, as the loader's fuzzer is; {@link PlanImporterTest} covers the same code.
 */
class ImporterRobustnessTest {

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
    String text = PlanImporterTest.national(body.toArray(String[]::new));
    int first = PlanImporterTest.lineOf(text, "短句");
    int last = first + 200_000 - 1;

    ImportResult result = quickly(() -> PlanImporterTest.importNational(text));

    // Each line continues the task (none ends a sentence): one note each, and one more for the
    // task's missing clause; of these 200,001 the first 50 are written and the rest counted in one
    // more note.
    List<Finding> notes = PlanImporterTest.notesAt(result, PlanImporterTest.task(0));
    assertThat(notes).hasSize(51);
    assertThat(notes.get(0).line()).isEqualTo(first);
    assertThat(notes.get(49).line()).isEqualTo(first + 49);
    assertThat(notes.get(50))
        .isEqualTo(
            new Finding(
                first + 50,
                PlanImporterTest.task(0),
                "The copy has 199951 more remarks on this element, up to source line "
                    + last
                    + ", which are not written out."));
    assertThat(result.yaml()).contains("唯一的任务，" + "短句".repeat(200_000) + "\n");
    assertThat(result.yaml()).contains("lead-rule: " + PlanImporterTest.LEAD_RULE);
    // the joined text is longer than a value may be
    assertThat(result.loads()).isFalse();
    assertThat(result.errors()).isNotEmpty().allMatch(error -> error.line() > 0);
  }

  @Test
  void twoHundredThousandShortProseLinesAfterTheLeadRule_finishQuickly_withBoundedNotes() {
    String text = PlanImporterTest.national("1. 唯一的任务。（知识产权局负责）") + "短句。\n".repeat(200_000);
    int first = PlanImporterTest.lineOf(text, "短句");

    ImportResult result = quickly(() -> PlanImporterTest.importNational(text));

    List<Finding> notes = PlanImporterTest.notesAt(result, "$");
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
  void twoHundredThousandHeadings_areRefusedWhereTheFileWouldPassTheNodeLimit() {
    // 200,000 part headings (2.6 MB): each is written as at least five YAML nodes, so the file
    // passes the loader's 100,000 nodes at heading 20,001, which is refused before it is built.
    String text = "一、a\n".repeat(200_000);
    PlanLoadException refusal =
        quickly(
            () -> {
              try {
                PlanImporter.importText(
                    "headings.txt", text, Shape.NATIONAL_ANNUAL, "many", LoadOptions.defaults());
                return null;
              } catch (PlanLoadException e) {
                return e;
              }
            });
    assertThat(refusal).isNotNull();
    assertThat(refusal.getMessage())
        .isEqualTo(
            "headings.txt:20001:1: the text has more headings, items and projects than a plan"
                + " file may hold: a file of those up to this line has more than the limit of"
                + " 100000 YAML nodes, at $; import the plan in parts, or raise"
                + " LoadOptions.maxNodes");
  }

  @Test
  void aTextWhosePlanFileWouldPassTheSizeLimit_isDraftedWithTheLoadersRefusal() {
    // 2,000 tasks of 1,000 ideographs: 2 million characters, under the text's limit of 4 MiB
    // characters, but 3 bytes each in the UTF-8 plan file, over its limit of 4 MiB bytes: the
    // draft is made, and the loader's check says the file is too large.
    StringBuilder text = new StringBuilder("一、完善知识产权制度\n");
    for (int i = 1; i <= 2_000; i++) {
      text.append(i).append(". ").append("推".repeat(1_000)).append("（知识产权局负责）\n");
    }
    ImportResult result =
        quickly(
            () ->
                PlanImporter.importText(
                    "big.txt",
                    text.toString(),
                    Shape.NATIONAL_ANNUAL,
                    "big",
                    LoadOptions.defaults()));
    assertThat(result.yaml().getBytes(UTF_8).length).isGreaterThan(LoadOptions.DEFAULT_MAX_BYTES);
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).getMessage())
        .contains(" bytes, more than the limit of " + LoadOptions.DEFAULT_MAX_BYTES + ", at $");
  }

  @Test
  void oneLineOfSixtyThousandCharacters_finishesQuickly() {
    String text = PlanImporterTest.national("1. " + "长".repeat(60_000) + "。（知识产权局负责）");

    ImportResult result = quickly(() -> PlanImporterTest.importNational(text));

    assertThat(result.loads()).isTrue();
    assertThat(result.yaml()).contains("长".repeat(60_000) + "。\n");
  }

  @Test
  void aLargeCopyInTraditionalCharacters_finishesQuickly_withOneNoteForItsScript() {
    String[] tasks =
        IntStream.rangeClosed(1, 20_000)
            .mapToObj(i -> i + ". 推進知識產權強國建設綱要實施。（國家知識產權局負責）")
            .toArray(String[]::new);
    String text = PlanImporterTest.paragraphs(tasks);

    ImportResult result = quickly(() -> PlanImporterTest.importNational(text));

    assertThat(result.notes())
        .filteredOn(note -> note.message().startsWith("The copy is printed in traditional"))
        .hasSize(1);
    assertThat(result.notes())
        .noneMatch(note -> note.message().contains("is printed with the traditional form of"));
    // Each clause reads as in simplified characters, and 國家知識產權局 is the traditional form of
    // a registered name: no name is unknown.
    assertThat(result.unknownBodies()).isEmpty();
  }

  @Test
  void twentyThousandTasksEachNamingAnUnknownBody_finishQuickly() {
    String[] tasks =
        IntStream.rangeClosed(1, 20_000)
            .mapToObj(i -> i + ". 任务" + i + "。（未知机构" + i + "负责）")
            .toArray(String[]::new);
    String text = PlanImporterTest.national(tasks);

    ImportResult result = quickly(() -> PlanImporterTest.importNational(text));

    // A task number has at most four digits: the lines from 10000 on are read as the text of task
    // 9999, which ends in the clause of the last line, and each is noted as a line break in it.
    assertThat(result.unknownBodies()).hasSize(9_999);
    assertThat(result.unknownBodies().get(9_997).name()).isEqualTo("未知机构9998");
    assertThat(result.unknownBodies().get(9_997).line())
        .isEqualTo(PlanImporterTest.lineOf(text, "9998. "));
    UnknownBody last = result.unknownBodies().get(9_998);
    assertThat(last.name()).isEqualTo("未知机构20000");
    assertThat(last.line()).isEqualTo(PlanImporterTest.lineOf(text, "20000. "));
    assertThat(last.path()).isEqualTo(PlanImporterTest.task(9_998) + ".responsible[0]");
    assertThat(PlanImporterTest.notesAt(result, PlanImporterTest.task(9_998))).hasSize(51);
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
              () ->
                  PlanImporter.importText(
                      "empty.txt", text, shape, PlanImporterTest.ID, LoadOptions.defaults()));

      assertThat(result.yaml()).startsWith("id: " + PlanImporterTest.ID + "\n");
      assertThat(result.notes()).isEmpty();
      assertThat(result.unknownBodies()).isEmpty();
      assertThat(result.metadata())
          .extracting(Finding::path)
          .contains("$.title", "$.issued", "$.period", "$.source");
      assertThat(result.errors())
          .extracting(PlanLoadException::problem)
          .containsExactly(
              "missing key 'title'",
              "missing key 'issuer'",
              "missing key 'issued'",
              "missing key 'period'");
    }
  }

  // ------------------------------------------------------------------ the lines stage

  /** Two tasks, each ending in its clause, as a run-together copy prints them on one line. */
  private static final String LINE_SHAPES_FIRST = "1.加快推进知识产权立法。（国家知识产权局负责）";

  private static final String LINE_SHAPES_SECOND = "2.推进修改《示例条例》。（中央宣传部、司法部负责）";

  @Test
  void lineShapes_longLinesOfWhatLooksLikeCuts_areReadInLinearTime() {
    int n = 60_000;
    List<String> lines =
        List.of(
            "（甲负责）一、，".repeat(n / 8),
            "（甲负责） 1.5".repeat(n / 8),
            "负责）" + " ".repeat(n) + "1",
            "一、" + "题 1".repeat(n / 3),
            "（甲负责）（一）" + "题".repeat(n),
            "1.".repeat(n / 2) + "（负责）",
            "发(" + "fā".repeat(n / 2),
            "发(fā)".repeat(n / 5),
            ("1.推进。（甲负责） ").repeat(n / 10));
    List<Line> input = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      for (String text : lines) {
        input.add(new Line(input.size() + 1, text.strip(), "", false));
      }
    }
    LineShapes.Shaped shaped =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> LineShapes.of(input, Shape.NATIONAL_ANNUAL), "a hang");

    // 20 times: the last line cut into its 6,000 items, the others kept whole
    assertThat(shaped.lines()).hasSize(20 * (lines.size() - 1 + n / 10));
  }

  @Test
  void lineShapes_twoHundredThousandLines_areReadQuickly() {
    List<Line> input =
        IntStream.rangeClosed(1, 200_000)
            .mapToObj(
                i ->
                    new Line(
                        i, i % 3 == 0 ? LINE_SHAPES_FIRST + LINE_SHAPES_SECOND : "短句", "", false))
            .toList();

    LineShapes.Shaped shaped =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> LineShapes.of(input, Shape.NATIONAL_ANNUAL), "a hang");

    assertThat(shaped.lines()).hasSize(200_000 + 200_000 / 3);
    assertThat(shaped.findings()).hasSize(200_000 / 3);
  }

  private static <T> T quickly(Callable<T> run) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10), run::call, "a hang");
  }

  // ------------------------------------------------------------------ threads

}
