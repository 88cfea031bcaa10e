package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile files, one class of attack or mistake at a time: what a careless or malicious file can do
 * to a loader (exhaust memory, take seconds, slip past a rule, crash with another exception) and
 * the valid files at the limits that must still load. Each case says how it must end.
 */
final class HostileCorpus {
  /** How a case must end. */
  enum Outcome {
    /** Loads, and every plan writes back and loads again equal. */
    LOADS,
    /** Fails with a {@link PlanLoadException} whose problem contains {@link Case#expected()}. */
    REFUSED
  }

  /**
   * One hostile input.
   *
   * @param name what the case tries
   * @param registry a registry file to load with the plan, or null
   * @param plan the plan file, or null to load only the registry
   * @param outcome how it must end
   * @param expected for a refusal, a part of the problem it must report
   */
  record Case(String name, Path registry, Path plan, Outcome outcome, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String HEADER =
      "id: hostile\ntitle: 示例计划\nissuer: 联席会议办公室\n"
          + "issued: 2023-03-01\nstatus: in-force\nperiod: {from: 2023, to: 2023}\n";

  private final Path directory;
  private final List<Case> cases = new ArrayList<>();

  private HostileCorpus(Path directory) {
    this.directory = directory;
  }

  /** Writes every case's files under the directory and returns the cases. */
  static List<Case> write(Path directory) {
    HostileCorpus corpus = new HostileCorpus(directory);
    corpus.namesAsWritten();
    corpus.memory();
    corpus.time();
    corpus.messages();
    corpus.refusedValues();
    corpus.registries();
    corpus.outlines();
    corpus.valid();
    return corpus.cases;
  }

  // ---- 1. Only two ways to fail: names that find a body but are not written as its names.

  private void namesAsWritten() {
    for (String name :
        List.of(
            "cnipa",
            "Cnipa",
            "cNIPA",
            "china national intellectual property administration",
            "ＣＮＩＰＡ",
            "知识产权局\u200B",
            "\u200B知识产权局",
            "知识产权局\uFEFF")) {
      String quoted = quoted(name);
      refused(
          "responsible " + escape(name),
          plan(measures("    responsible: [" + quoted + "]\n")),
          "is not written as the registry writes it");
      refused(
          "source " + escape(name),
          plan(indicator("    source: " + quoted + "\n")),
          "is not written as the registry writes it");
    }
    refused(
        "issuer by id",
        file(HEADER.replace("issuer: 联席会议办公室", "issuer: cnipa")),
        "is not written as the registry writes it");
    refused(
        "addressee in lower case",
        file(HEADER + "addressees: [cnipa, 中央宣传部]\n"),
        "is not written as the registry writes it");
    refused(
        "an addressee named twice under two names",
        file(HEADER + "addressees: [知识产权局, 中央宣传部, 国家知识产权局]\n"),
        "plan 'hostile' lists the addressee '知识产权局' twice");
    loads(
        "responsible by full, English and abbreviated names",
        plan(
            measures(
                "    responsible: [国家知识产权局, 市场监管总局]\n"
                    + "  - number: 2\n    text: 另一项。\n"
                    + "    responsible: [China National Intellectual Property Administration]\n"
                    + "  - number: 3\n    text: 第三项。\n    responsible: [CNIPA]\n")));
  }

  // ---- 2. Bounded memory.

  private void memory() {
    Path big = directory.resolve("one-gibibyte.yaml");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(1L << 30); // sparse: no disk is used, and reading it yields zeros
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    refused("a 1 GiB file", big, "the file has more than the limit of 4194304 bytes");
    // /dev/zero, a FIFO and a directory are refused before they are opened: see LoadingTest.
    refused(
        "a file one byte over the limit",
        file(
            HEADER
                + "notes: ["
                + "x".repeat(1000)
                + "]\n"
                + "#".repeat(LoadOptions.DEFAULT_MAX_BYTES)),
        "the file has more than the limit");
    String anchor = "x".repeat(65_000);
    StringBuilder amplified = new StringBuilder(HEADER + "notes:\n  - &t " + anchor + "\n");
    for (int i = 0; i < 30_000; i++) {
      amplified.append("  - *t\n");
    }
    refused("one 65,000-character text aliased 30,000 times", file(amplified), "aliases");
    StringBuilder fifty = new StringBuilder(HEADER + "notes:\n  - &t " + anchor + "\n");
    for (int i = 0; i < 50; i++) {
      fifty.append("  - *t\n");
    }
    refused(
        "one 65,000-character text aliased 50 times, within the alias count",
        file(fifty),
        "its aliases expand the file");
    StringBuilder laughs = new StringBuilder(HEADER + "x0: &a0 [" + "y".repeat(1000) + "]\n");
    for (int level = 1; level <= 9; level++) {
      laughs.append("x").append(level).append(": &a").append(level).append(" [");
      for (int i = 0; i < 5; i++) {
        laughs.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
      }
      laughs.append("]\n");
    }
    refused("nested list aliases, 45 in all", file(laughs), "its aliases expand the file");
    StringBuilder scalars = new StringBuilder(HEADER + "notes: [&s " + "z".repeat(60_000));
    for (int i = 0; i < 49; i++) {
      scalars.append(", *s");
    }
    refused(
        "49 aliases of a 60,000-character text on one line",
        file(scalars.append("]\n")),
        "its aliases expand the file");
    StringBuilder dense = new StringBuilder(HEADER + "notes: [");
    while (dense.length() < LoadOptions.DEFAULT_MAX_BYTES - 200) {
      dense.append("a,");
    }
    refused(
        "a flow list of two million one-letter texts", file(dense.append("a]\n")), "line 7 has");
    StringBuilder block = new StringBuilder(HEADER + "notes:\n");
    while (block.length() < LoadOptions.DEFAULT_MAX_BYTES - 200) {
      block.append("- a\n");
    }
    refused("a block list of a million one-letter texts", file(block), "values (mappings, lists");
    StringBuilder keys = new StringBuilder(HEADER + "notice:\n");
    while (keys.length() < LoadOptions.DEFAULT_MAX_BYTES - 200) {
      keys.append("  k").append(keys.length()).append(": a\n");
    }
    refused("a mapping of 300,000 unknown keys", file(keys), "values (mappings, lists");
  }

  // ---- 3. Bounded time.

  private void time() {
    for (int bodies : List.of(8_000, 16_000)) {
      StringBuilder registry = new StringBuilder("agencies:\n");
      for (int i = 0; i < bodies; i++) {
        registry.append(body("hostile-" + i, "机构" + i, "Hostile Body " + i));
      }
      registry.append(body("hostile-last", "机构7", "Hostile Body Last"));
      cases.add(
          new Case(
              "a registry of " + bodies + " bodies, the last reusing a name",
              file(registry),
              null,
              Outcome.REFUSED,
              bodies * 11 < LoadOptions.DEFAULT_MAX_NODES
                  ? "the name '机构7' would find two bodies"
                  : "values (mappings, lists"));
    }
    StringBuilder longNames = new StringBuilder("agencies:\n");
    for (int i = 0; i < 20; i++) {
      longNames.append(body("long-" + i, "机构" + "长".repeat(60_000) + i, "Long Body " + i));
    }
    cases.add(
        new Case(
            "an unknown 60,000-character name against 20 registry names as long",
            file(longNames),
            plan(measures("    responsible: [" + "知".repeat(60_000) + "]\n")),
            Outcome.REFUSED,
            "unknown body"));
    StringBuilder manyLong = new StringBuilder("agencies:\n");
    for (int i = 0; i < 8_000; i++) {
      manyLong.append(
          body("many-" + i, "机构" + i, ("Long English Name " + i + " ").repeat(12).strip()));
    }
    cases.add(
        new Case(
            "an unknown 240-character name against 8,000 registry names as long",
            file(manyLong),
            plan(measures("    responsible: [" + "Long English Nam ".repeat(14).strip() + "]\n")),
            Outcome.REFUSED,
            "unknown body"));
    refused(
        "one 3.9-million-character plain line",
        file(HEADER + "title2: " + "a".repeat(3_900_000)),
        "line 7 has 3900008 characters");
    refused(
        "one 3.9-million-character comment",
        file(HEADER + "# " + "a".repeat(3_900_000) + "\n"),
        "line 7 has");
    refused(
        "one 3.9-million-character quoted line",
        file(HEADER + "notes: [\"" + "a".repeat(3_900_000) + "\"]\n"),
        "line 7 has");
    StringBuilder manyLines = new StringBuilder(HEADER + "notes:\n");
    for (int i = 0; i < 60; i++) {
      manyLines.append("  - ").append("长".repeat(20_000)).append('\n');
    }
    loads("sixty 20,000-character lines", file(manyLines));
  }

  // ---- 4. Messages that can be printed.

  private void messages() {
    refused(
        "an unknown 65,000-character name",
        plan(measures("    responsible: [" + "名".repeat(65_000) + "]\n")),
        "…' (65000 characters)");
    refused(
        "an unknown name holding an escaped lone surrogate",
        plan(measures("    responsible: [\"知识\\uD800产权局\"]\n")),
        "unpaired surrogate U+D800");
    refused(
        "an unknown key holding control characters",
        file(HEADER + "\"a\\u0007b\\u200Bc\": 1\n"),
        "unknown key 'a\\u0007b\\u200Bc'");
  }

  // ---- 5. What no user means.

  private void refusedValues() {
    refused(
        "number 010 (YAML 1.1 octal)",
        plan(measures("").replace("number: 1", "number: 010")),
        "expected a decimal whole number but found '010'");
    refused("number 0o10", plan(measures("").replace("number: 1", "number: 0o10")), "expected");
    refused("number 1_000", plan(measures("").replace("number: 1", "number: 1_000")), "expected");
    refused(
        "target 012",
        plan(indicator("").replace("target: 30", "target: 012")),
        "expected a decimal number but found '012'");
    refused("target 1e3", plan(indicator("").replace("target: 30", "target: 1e3")), "expected");
    refused("target .5", plan(indicator("").replace("target: 30", "target: .5")), "expected");
    for (String escape :
        List.of(
            "\\0",
            "\\x80",
            "\\e",
            "\\uFFFE",
            "\\uFDD0",
            "\\U0001FFFF",
            "\\x7F",
            "\\r",
            "\\a",
            "\\N")) {
      refused(
          "escape " + escape + " in a title",
          file(HEADER.replace("title: 示例计划", "title: \"示例" + escape + "计划\"")),
          "which a plan's text may not hold");
    }
    for (String raw : List.of("\uFDD0", "\uDBFF\uDFFE")) {
      refused(
          "raw noncharacter " + escape(raw) + " in a title",
          file(HEADER.replace("title: 示例计划", "title: 示例" + raw + "计划")),
          "which a plan's text may not hold");
    }
    for (String blank :
        List.of("\u00A0", "\u3000", "\u200B", "\uFEFF", "\u00A0\u200B\u3000", "\u2060")) {
      refused(
          "a title of only " + escape(blank),
          file(HEADER.replace("title: 示例计划", "title: \"" + escape(blank) + "\"")),
          "only white space or invisible characters");
    }
    for (String years :
        List.of(
            "{from: 0, to: 2023}",
            "{from: -5, to: 2023}",
            "{from: 2023, to: 99999}",
            "{from: 1948, to: 2023}",
            "{from: 2023, to: 2101}")) {
      refused(
          "period " + years,
          file(HEADER.replace("{from: 2023, to: 2023}", years)),
          "outside 1949–2100");
    }
    refused(
        "issued 0000-01-01", file(HEADER.replace("2023-03-01", "0000-01-01")), "outside 1949–2100");
    refused("published 9999-12-31", file(HEADER + "published: 9999-12-31\n"), "outside 1949–2100");
    refused(
        "indicator year 3000",
        plan(indicator("").replace("year: 2025", "year: 3000")),
        "outside 1949–2100");
    for (String source :
        List.of(
            "javascript:alert(1)",
            "ftp://example.org/plan",
            "mailto:a@example.org",
            "file:///etc/passwd",
            "data:text/html,x",
            "http:relative",
            "https:///no-host")) {
      refused(
          "source " + source,
          file(HEADER + "source: \"" + source + "\"\n"),
          "expected an http or https address");
    }
    loads("source https", file(HEADER + "source: https://www.gov.cn/zhengce/plan.htm\n"));
  }

  // ---- Registries: cycles and names that look alike.

  private void registries() {
    cases.add(
        new Case(
            "successors a → b → a",
            file(
                "agencies:\n"
                    + body("cycle-a", "甲机构", "Body A")
                    + "    successor: cycle-b\n"
                    + body("cycle-b", "乙机构", "Body B")
                    + "    successor: cycle-a\n"),
            null,
            Outcome.REFUSED,
            "is its own successor through a cycle: 'cycle-a → cycle-b → cycle-a'"));
    cases.add(
        new Case(
            "successors a → b → c → a",
            file(
                "agencies:\n"
                    + body("ring-a", "甲机构", "Body A")
                    + "    successor: ring-b\n"
                    + body("ring-b", "乙机构", "Body B")
                    + "    successor: ring-c\n"
                    + body("ring-c", "丙机构", "Body C")
                    + "    successor: ring-a\n"),
            null,
            Outcome.REFUSED,
            "through a cycle"));
    cases.add(
        new Case(
            "successors a → b → c, no cycle",
            file(
                "agencies:\n"
                    + body("chain-a", "甲机构", "Body A")
                    + "    successor: chain-b\n"
                    + body("chain-b", "乙机构", "Body B")
                    + "    successor: chain-c\n"
                    + body("chain-c", "丙机构", "Body C")),
            null,
            Outcome.LOADS,
            ""));
    for (String name :
        List.of(
            "知识产权局\u200B",
            "ＣＮＩＰＡ",
            "Cnipa",
            "国家知识产权局\u2060",
            "China National Intellectual Property Administration\u00AD")) {
      cases.add(
          new Case(
              "a user body named " + escape(name),
              file("agencies:\n" + body("look-alike", name, "Look-alike Body")),
              null,
              Outcome.REFUSED,
              name.equals("Cnipa")
                  ? "would find two bodies"
                  : "only in letter width, letter case or invisible characters"));
    }
    cases.add(
        new Case(
            "a user body with a name differing only by a space",
            file("agencies:\n" + body("spaced", "知识产权 局", "Spaced Body")),
            null,
            Outcome.LOADS,
            ""));
  }

  // ---- Outlines that load but could not be written back.

  private void outlines() {
    String part =
        "  - numeral: 一\n    title: 完善制度\n    measures:\n      - number: %d\n        text: 任务。\n";
    refused(
        "two parts with one numeral and title",
        file(HEADER + "parts:\n" + String.format(part, 1) + String.format(part, 2)),
        "two headings are numbered '一' at the top of the outline");
    refused(
        "two parts with one numeral, other titles",
        file(
            HEADER
                + "parts:\n"
                + String.format(part, 1)
                + String.format(part, 2).replace("完善制度", "加强保护")),
        "two headings are numbered '一'");
    String section =
        "      - numeral: 一\n        title: 小节\n        measures:\n"
            + "          - number: %d\n            text: 任务。\n";
    refused(
        "two sections with one numeral in one part",
        file(
            HEADER
                + "parts:\n  - numeral: 一\n    title: 完善制度\n    sections:\n"
                + String.format(section, 1)
                + String.format(section, 2)),
        "two headings are numbered '一' in this part or chapter");
    loads(
        "sections with one numeral in two parts",
        file(
            HEADER
                + "parts:\n  - numeral: 一\n    title: 完善制度\n    sections:\n"
                + String.format(section, 1)
                + "  - numeral: 二\n    title: 加强保护\n    sections:\n"
                + String.format(section, 2)));
  }

  // ---- Valid files at the limits.

  private void valid() {
    StringBuilder large = new StringBuilder(HEADER + "parts:\n");
    int number = 1;
    while (number <= 9_000) { // about 1.7 MiB, 90,000 values
      if ((number - 1) % 100 == 0) {
        large
            .append("  - numeral: 第")
            .append((number - 1) / 100 + 1)
            .append("部分\n")
            .append("    title: 部分")
            .append((number - 1) / 100 + 1)
            .append("\n    measures:\n");
      }
      large
          .append("      - number: ")
          .append(number)
          .append('\n')
          .append("        text: 推进知识产权保护和运用工作，完善相关制度，加强部门协作，提升服务水平。\n")
          .append("        responsible: [知识产权局, 市场监管总局]\n");
      number++;
    }
    loads("a valid plan of " + (number - 1) + " tasks near the size limit", file(large));
  }

  // ---- Helpers.

  private void refused(String name, Path plan, String expected) {
    cases.add(new Case(name, null, plan, Outcome.REFUSED, expected));
  }

  private void loads(String name, Path plan) {
    cases.add(new Case(name, null, plan, Outcome.LOADS, ""));
  }

  /** A plan of one measure with the given extra lines (indented for the measure). */
  private static String measures(String extra) {
    return HEADER + "measures:\n  - number: 1\n    text: 一项工作。\n" + extra;
  }

  /** A plan of one indicator with the given extra lines. */
  private static String indicator(String extra) {
    return HEADER
        + "indicators:\n  - name: 指标\n    target: 30\n    unit: 件\n    year: 2025\n"
        + "    kind: level\n    nature: expected\n"
        + extra;
  }

  private static String body(String id, String printed, String english) {
    return "  - id: "
        + id
        + "\n    printed: ["
        + quoted(printed)
        + "]\n    english: "
        + english
        + "\n    kind: state-council-ministry\n    level: central\n";
  }

  private static String quoted(String text) {
    return "\"" + escape(text) + "\"";
  }

  /** Escapes every character outside printable ASCII and CJK as YAML double-quoted text would. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c < 0x20
          || (c >= 0x7F && c < 0xA0)
          || Character.getType(c) == Character.FORMAT
          || Character.isSurrogate(c)
          || Character.isSpaceChar(c) && c != ' ') {
        escaped.append(String.format("\\u%04X", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private Path plan(String text) {
    return file(text);
  }

  private Path file(CharSequence text) {
    try {
      return Files.writeString(
          directory.resolve("case-" + cases.size() + "-" + System.nanoTime() + ".yaml"),
          text,
          UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
