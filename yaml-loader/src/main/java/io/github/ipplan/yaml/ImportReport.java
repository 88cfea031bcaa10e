package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.endsSentence;
import static io.github.ipplan.yaml.PrintedForms.head;
import static io.github.ipplan.yaml.PrintedForms.isTraditionalOnly;
import static io.github.ipplan.yaml.PrintedForms.quote;
import static io.github.ipplan.yaml.PrintedForms.simplifiedForms;
import static io.github.ipplan.yaml.PrintedForms.spaceContexts;
import static io.github.ipplan.yaml.PrintedForms.tail;
import static io.github.ipplan.yaml.PrintedForms.traditionalForms;

import io.github.ipplan.Agency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the stages of {@link Importer} report as they read: notes on the draft's elements (each also
 * a finding of {@link ImportResult#notes()}), metadata findings, and body names no registry knows,
 * with hints. Holds the remarks every stage makes alike: half-width spaces, traditional forms,
 * indentation with no-break spaces, and a paragraph broken mid-sentence.
 */
final class ImportReport {
  private static final int MOST_HINTED_NAMES = 200;
  private static final int MOST_NOTES_PER_ELEMENT = 50;

  private final Registry registry;
  private final Draft.Element plan;
  private final List<ImportResult.Finding> findings = new ArrayList<>();
  private final List<ImportResult.Finding> metadata = new ArrayList<>();
  private final List<ImportResult.UnknownBody> unknown = new ArrayList<>();
  private final Map<String, List<String>> nearest = new HashMap<>();

  /** Elements with more notes than are written: first and last unwritten line, and how many. */
  private final Map<Draft.Element, int[]> crowded = new LinkedHashMap<>();

  private boolean inTraditional;

  ImportReport(Registry registry, Draft.Element plan) {
    this.registry = registry;
    this.plan = plan;
  }

  Registry registry() {
    return registry;
  }

  List<ImportResult.Finding> notes() {
    return findings;
  }

  List<ImportResult.Finding> metadata() {
    return metadata;
  }

  List<ImportResult.UnknownBody> unknownBodies() {
    return unknown;
  }

  /**
   * Tells a copy printed in traditional characters from traditional forms among simplified text:
   * where one ideograph in five or more is a traditional form (about one in three are in running
   * text), the copy gets one note, not a note for each character.
   */
  void traditionalCopy(List<PrintedLines.Line> lines) {
    long ideographs = 0;
    long traditional = 0;
    for (PrintedLines.Line line : lines) {
      String text = line.text();
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          ideographs++;
          if (isTraditionalOnly(c)) {
            traditional++;
          }
        }
        i += Character.charCount(c);
      }
    }
    inTraditional = ideographs >= 20 && traditional * 5 >= ideographs;
    if (inTraditional) {
      planNote(
          lines.get(0).number(),
          "The copy is printed in traditional characters ("
              + traditional
              + " of its "
              + ideographs
              + " ideographs are traditional forms); texts are kept as printed, without a note for"
              + " each form, and names of bodies are resolved through their simplified forms.");
    }
  }

  /** Adds a note on an element, ending in its source line; past 50, counts it instead. */
  void note(Draft.Element element, int line, String message) {
    if (element.notes.size() >= MOST_NOTES_PER_ELEMENT) {
      // Bounded output for a text that repeats one anomaly without end: the rest are counted.
      int[] count = crowded.computeIfAbsent(element, e -> new int[] {line, 0, 0});
      count[1] = Math.max(count[1], line);
      count[2]++;
      return;
    }
    element.notes.add(message.substring(0, message.length() - 1) + " (source line " + line + ").");
    findings.add(new ImportResult.Finding(line, element.path, message));
  }

  void planNote(int line, String message) {
    note(plan, line, message);
  }

  /** Adds a note on the plan that no line of the copy gives, such as one on metadata supplied. */
  void unlinedPlanNote(String message) {
    plan.notes.add(message);
    findings.add(new ImportResult.Finding(0, plan.path, message));
  }

  /** Drops the unknown bodies listed for a path, whose value is no longer the copy's. */
  void forgetUnknown(String path) {
    unknown.removeIf(body -> body.path().equals(path));
  }

  void meta(int line, String key, String message) {
    metadata.add(new ImportResult.Finding(line, "$." + key, message));
  }

  /** Adds to each element that had more notes than are written a note saying how many more. */
  void crowdedNotes() {
    crowded.forEach(
        (element, count) -> {
          String message =
              "The copy has "
                  + count[2]
                  + " more remarks on this element, up to source line "
                  + count[1]
                  + ", which are not written out.";
          element.notes.add(
              message.substring(0, message.length() - 1) + " (source line " + count[0] + ").");
          findings.add(new ImportResult.Finding(count[0], element.path, message));
        });
  }

  /** Lists a name no registry knows among the unknown bodies, with hints for the first ones. */
  void resolve(String name, int line, String path) {
    Optional<Agency> agency = registry.find(name);
    if (agency.isEmpty()) {
      List<String> near = nearest.get(name);
      if (near == null) {
        // Bounded work for a text full of unknown names: hints for the first ones only.
        near = nearest.size() < MOST_HINTED_NAMES ? hints(name) : List.of();
        nearest.put(name, near);
      }
      unknown.add(new ImportResult.UnknownBody(name, line, path, near));
    }
  }

  /**
   * The nearest known names to an unknown one; first, where the name is a traditional or otherwise
   * looser form of a known body's name, that name in the registry's writing.
   */
  private List<String> hints(String name) {
    List<String> hints = new ArrayList<>();
    String simplified = simplifiedForms(name);
    registry.find(simplified).ifPresent(agency -> hints.add(simplified));
    if (hints.isEmpty()) {
      registry.lookup(name).ifPresent(agency -> hints.add(agency.name()));
    }
    hints.addAll(registry.nearest(name, 5));
    return hints.stream().distinct().limit(5).toList();
  }

  /**
   * Notes indentation with no-break spaces, which copies taken from web pages carry; ordinary and
   * ideographic spaces are layout and go unremarked.
   */
  void indentation(Draft.Element element, PrintedLines.Line line, String what) {
    if (line.indent().indexOf('\u00A0') >= 0) {
      note(
          element,
          line.number(),
          "The source copy indents "
              + what
              + " with "
              + PrintedLines.describe(line.indent())
              + "; indentation is not kept.");
    }
  }

  /** Notes half-width spaces next to Chinese text, with three characters either side. */
  void spaces(Draft.Element element, int line, String text) {
    spaceContexts(text)
        .ifPresent(
            contexts ->
                note(element, line, "Half-width spaces are kept as printed: " + contexts + "."));
  }

  void spacesInPlan(int line, String path, String text) {
    spaceContexts(text)
        .ifPresent(
            contexts ->
                planNote(
                    line,
                    "Half-width spaces are kept as printed in " + path + ": " + contexts + "."));
  }

  /** Notes traditional forms in simplified text, with the character before each. */
  void traditional(Draft.Element element, int line, String text) {
    if (inTraditional) {
      return;
    }
    for (String message : traditionalForms(text)) {
      note(element, line, message);
    }
  }

  void traditionalInPlan(int line, String path, String text) {
    if (inTraditional) {
      return;
    }
    for (String message : traditionalForms(text)) {
      planNote(line, message.replace("; kept as printed.", " in " + path + "; kept as printed."));
    }
  }

  /** Notes a paragraph of the plan's own texts (the preamble, the notice, a heading's). */
  void planText(int line, String path, String text) {
    spacesInPlan(line, path, text);
    traditionalInPlan(line, path, text);
  }

  /**
   * Joins a line to the paragraph before it where that one stops mid-sentence (a page break in the
   * copy), with a note; tells whether it did.
   */
  boolean joined(
      List<String> paragraphs, PrintedLines.Line line, Draft.Element noteOn, String where) {
    if (paragraphs.isEmpty()) {
      return false;
    }
    String before = paragraphs.get(paragraphs.size() - 1);
    if (endsSentence(before)) {
      return false;
    }
    paragraphs.set(paragraphs.size() - 1, before + line.text());
    note(
        noteOn,
        line.number(),
        "The source copy breaks paragraph "
            + paragraphs.size()
            + where
            + " with "
            + (line.blankBefore() ? "a blank line" : "a line break")
            + " (a page-break artefact) between "
            + quote("…" + tail(before, 8))
            + " and "
            + quote(head(line.text(), 6) + "…")
            + "; the text is one paragraph.");
    return true;
  }
}
