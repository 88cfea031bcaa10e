package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last look at the draft's numbering: takes the measures or headings of one level and notes
 * each one whose printed numbering differs from the usual form among them ({@code 1．} among {@code
 * 1.}); a heading's note goes on the plan, which carries the notes for headings.
 */
final class NumberingForms {
  private final ImportReport report;

  NumberingForms(ImportReport report) {
    this.report = report;
  }

  void note(List<? extends Draft.Element> elements, String preferred) {
    if (elements.size() < 2) {
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    elements.forEach(e -> counts.merge(e.style, 1, Integer::sum));
    String usual = elements.get(0).style;
    for (Draft.Element e : elements) {
      int count = counts.get(e.style);
      int best = counts.get(usual);
      if (count > best || (count == best && e.style.equals(preferred))) {
        usual = e.style;
      }
    }
    for (Draft.Element e : elements) {
      if (e.style.equals(usual)) {
        continue;
      }
      boolean spaced = e.style.codePoints().allMatch(PrintedLines::isSpace);
      String printed = spaced ? e.printed : e.printed.strip();
      String how;
      if (spaced) {
        how = " without punctuation after the numeral, unlike the others (" + quote(usual) + ").";
      } else if (printed.contains("．")) {
        how = " with a full-width full stop.";
      } else if (printed.matches(".*\\s\\.")) {
        how = " with a space before the full stop.";
      } else if (printed.contains("、")) {
        how = " with an enumeration comma (、).";
      } else {
        how = ", unlike the others (" + quote(usual.strip()) + ").";
      }
      if (e instanceof Draft.Heading heading) {
        // Headings carry no notes in the format: the plan does, naming the heading.
        String named = "The heading " + quote(heading.printed + heading.title);
        report.planNote(e.line, named + " is printed " + quote(printed) + how);
      } else {
        report.note(e, e.line, "The number is printed " + quote(printed) + how);
      }
    }
  }
}
