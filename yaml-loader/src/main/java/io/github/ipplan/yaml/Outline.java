package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.SECTION;
import static io.github.ipplan.yaml.PrintedForms.TOP;
import static io.github.ipplan.yaml.PrintedForms.excerpt;
import static io.github.ipplan.yaml.PrintedForms.quote;

import java.util.regex.Matcher;

/**
 * The stage that reads the outline: takes the heading lines ({@code 一、…} parts or chapters, {@code
 * （一）…} sections) and the prose lines that follow a heading, and gives the draft's headings with
 * their paragraphs. Knows the heading that measures and projects now go under, for {@link Items}
 * and {@link IndicatorTable}.
 */
final class Outline {
  private final Draft draft;
  private final ImportReport report;
  private Draft.Heading top;
  private Draft.Heading section;

  /** The heading whose paragraphs the next prose line continues, or null. */
  private Draft.Heading prose;

  Outline(Draft draft, ImportReport report) {
    this.draft = draft;
    this.report = report;
  }

  /** The heading now read: the section, else the part or chapter, else null. */
  Draft.Heading container() {
    return section != null ? section : top;
  }

  /** The section now read, or null. */
  Draft.Heading section() {
    return section;
  }

  /** Ends the paragraphs of the heading now read: what follows is not its prose. */
  void stopProse() {
    prose = null;
  }

  /** Lets the prose that follows go to a heading (after its indicator table). */
  void resumeProse(Draft.Heading heading) {
    prose = heading;
  }

  void startTop(PrintedLines.Line line) {
    Matcher m = TOP.matcher(line.text());
    m.matches();
    String key = draft.chapters ? PlanKeys.CHAPTERS : PlanKeys.PARTS;
    String printed = m.group(1) + m.group(2);
    top =
        new Draft.Heading(
            "$." + key + "[" + draft.headings.size() + "]",
            line.number(),
            m.group(1),
            printed.equals(m.group(1) + "、") ? null : printed,
            m.group(3));
    draft.headings.add(top);
    top.style = m.group(2);
    top.printed = printed;
    section = null;
    prose = top;
  }

  /** Reads a section heading; tells whether it is one (false before any part or chapter). */
  boolean startSection(PrintedLines.Line line) {
    Matcher m = SECTION.matcher(line.text());
    m.matches();
    if (top == null) {
      report.planNote(
          line.number(),
          "The copy prints the section heading "
              + quote(line.text())
              + " before any "
              + (draft.chapters ? "chapter" : "part")
              + "; it is read as prose of the preamble.");
      draft.preamble.add(line.text());
      return false;
    }
    String printed = m.group(1);
    section =
        new Draft.Heading(
            top.path + "." + PlanKeys.SECTIONS + "[" + top.sections.size() + "]",
            line.number(),
            m.group(2),
            printed.equals("（" + m.group(2) + "）") ? null : printed,
            m.group(3));
    top.sections.add(section);
    section.style = printed.replace(m.group(2), "N").replaceAll("\\s", "");
    section.printed = printed;
    prose = section;
    return true;
  }

  /**
   * Takes a prose line as a paragraph of the heading now read, or of the preamble before any
   * heading or measure; tells whether it did.
   */
  boolean prose(PrintedLines.Line line, boolean noMeasures) {
    String text = line.text();
    if (prose != null) {
      if (report.joined(prose.paragraphs, line, draft.plan, " of " + prose.path)) {
        return true;
      }
      // A heading that holds sections is never the one prose goes to: its last section is.
      if (!prose.measures.isEmpty() || prose.table != null) {
        report.planNote(
            line.number(),
            "The paragraph "
                + quote(excerpt(text, 12))
                + " is printed after what follows its heading; it is kept with the heading's"
                + " paragraphs, which the format prints first.");
      }
      prose.paragraphs.add(text);
      report.planText(line.number(), prose.path, text);
      return true;
    }
    if (noMeasures && draft.headings.isEmpty()) {
      draft.preamble.add(text);
      return true;
    }
    return false;
  }
}
