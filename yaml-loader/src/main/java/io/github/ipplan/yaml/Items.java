package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.ITEM;
import static io.github.ipplan.yaml.PrintedForms.PROJECT;
import static io.github.ipplan.yaml.PrintedForms.endsSentence;
import static io.github.ipplan.yaml.PrintedForms.head;
import static io.github.ipplan.yaml.PrintedForms.isLatinOrDigit;
import static io.github.ipplan.yaml.PrintedForms.isTitle;
import static io.github.ipplan.yaml.PrintedForms.quote;
import static io.github.ipplan.yaml.PrintedForms.sequence;
import static io.github.ipplan.yaml.PrintedForms.tail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The stage that reads the numbered items: takes item lines ({@code 1. …}), the lines that continue
 * them, project lines ({@code 项目1 …}) with their paragraphs and the sentence of the lead rule
 * (…牵头部门…), and gives the draft's measures (text, title, the bodies of their {@link Clause}),
 * projects and lead rule, under the heading {@link Outline} reads.
 */
final class Items {
  private final Draft draft;
  private final ImportReport report;
  private final Outline outline;
  private final boolean annual;
  private final String what;
  private final List<Draft.Measure> all = new ArrayList<>();
  private Draft.Measure measure;
  private Draft.Project project;
  private int lastNumber;
  private int lastProject;

  Items(Draft draft, ImportReport report, Outline outline, boolean annual) {
    this.draft = draft;
    this.report = report;
    this.outline = outline;
    this.annual = annual;
    this.what = annual ? "task" : "measure";
  }

  /** Every measure read, in document order. */
  List<Draft.Measure> measures() {
    return all;
  }

  /** Ends the project now read: a heading follows. */
  void endProject() {
    project = null;
  }

  void startMeasure(PrintedLines.Line line) {
    finish();
    Matcher m = ITEM.matcher(line.text());
    m.matches();
    Draft.Heading container = outline.container();
    List<Draft.Measure> list = container == null ? draft.measures : container.measures;
    String path =
        (container == null ? "$" : container.path)
            + "."
            + PlanKeys.MEASURES
            + "["
            + list.size()
            + "]";
    measure = new Draft.Measure(path, line.number(), Integer.parseInt(m.group(2)));
    list.add(measure);
    all.add(measure);
    measure.printed = m.group(1);
    measure.style = m.group(1).replace(m.group(2), "N");
    measure.printedText.append(m.group(3));
    report.indentation(measure, line, "the " + what);
    project = null;
    outline.stopProse();
  }

  void startProject(PrintedLines.Line line) {
    finish();
    Matcher m = PROJECT.matcher(line.text());
    m.matches();
    outline.stopProse();
    Draft.Heading section = outline.section();
    if (section == null) {
      report.planNote(
          line.number(),
          "The copy prints the project "
              + quote(line.text())
              + " outside any section, where the format has no place for it; it is left out.");
      project = null;
      return;
    }
    int number = Integer.parseInt(m.group(2));
    project =
        new Draft.Project(
            section.path + "." + PlanKeys.PROJECTS + "[" + section.projects.size() + "]",
            line.number(),
            number,
            m.group(3),
            section.measures.isEmpty()
                ? null
                : section.measures.get(section.measures.size() - 1).number);
    section.projects.add(project);
    if (!m.group(1).equals("项目")) {
      report.note(
          project,
          line.number(),
          "The project is printed " + quote(m.group(1) + m.group(2)) + "; the format prints 项目N.");
    }
    if (number != lastProject + 1) {
      report.note(project, line.number(), sequence("project", number, lastProject));
    }
    lastProject = Math.max(lastProject, number);
  }

  /**
   * Takes the first sentence naming the 牵头部门 (in either script) after a measure as the lead rule.
   */
  boolean leadRule(PrintedLines.Line line) {
    if (draft.leadRule != null
        || all.isEmpty()
        || !PrintedForms.simplifiedForms(line.text()).contains("牵头部门")) {
      return false;
    }
    finish();
    draft.leadRule = line.text();
    report.meta(line.number(), PlanKeys.LEAD_RULE, "read from the copy");
    outline.stopProse();
    project = null;
    return true;
  }

  /**
   * Takes a prose line that continues the measure or the project now read; tells whether it did.
   */
  boolean continues(PrintedLines.Line line) {
    if (measure != null) {
      continueMeasure(line);
      return true;
    }
    if (project == null) {
      return false;
    }
    if (!report.joined(project.paragraphs, line, project, "")) {
      project.paragraphs.add(line.text());
      report.indentation(project, line, "paragraph " + project.paragraphs.size());
      report.spaces(project, line.number(), line.text());
      report.traditional(project, line.number(), line.text());
    }
    return true;
  }

  private void continueMeasure(PrintedLines.Line line) {
    String text = line.text();
    StringBuilder printed = measure.printedText;
    // Only the end of the text so far is needed: a long text is never copied whole.
    String before = printed.substring(Math.max(0, printed.length() - 32));
    printed.append(text);
    String between =
        "between " + quote("…" + tail(before, 8)) + " and " + quote(head(text, 6) + "…");
    String separator = line.blankBefore() ? "a blank line" : "a line break";
    if (endsSentence(before)) {
      report.note(
          measure,
          line.number(),
          "The "
              + what
              + " continues after "
              + separator
              + " in a further paragraph, "
              + between
              + "; the paragraphs are joined, as the format holds one text.");
    } else {
      report.note(
          measure,
          line.number(),
          "The source copy breaks this "
              + what
              + " with "
              + separator
              + " (a page-break artefact) "
              + between
              + "; the text is one paragraph.");
      int last = before.length() - 1;
      if (last >= 0 && isLatinOrDigit(before.charAt(last))) {
        int from = last;
        while (from > 0 && isLatinOrDigit(before.charAt(from - 1))) {
          from--;
        }
        report.note(
            measure,
            line.number(),
            "Whether a space followed "
                + quote(before.substring(from))
                + " before the break cannot be told from the source copy; none is added.");
      }
    }
    measure.lastLine = line.number();
  }

  /** Ends the measure now read, if any: reads its clause, title and numbering. */
  void finish() {
    if (measure == null) {
      return;
    }
    Draft.Measure m = measure;
    measure = null;
    if (!m.printed.matches("\\d+\\. ?")) {
      m.label = m.printed;
    }
    if (m.number != lastNumber + 1) {
      report.note(m, m.line, sequence(what, m.number, lastNumber));
    }
    lastNumber = Math.max(lastNumber, m.number);
    Clause clause =
        Clause.read(m.printedText.toString(), name -> report.registry().find(name).isPresent());
    if (clause.bareClause() != null) {
      report.note(
          m,
          m.lastLine,
          "The clause "
              + quote(clause.bareClause())
              + " names bodies without 负责; they are read as responsible, jointly.");
    }
    String text = clause.text();
    if (clause.names().isEmpty() && annual) {
      report.note(
          m,
          m.lastLine,
          "The task ends in no clause of responsible bodies (…负责）); no body is recorded.");
    }
    if (!annual) {
      int stop = text.indexOf('。');
      if (stop > 0 && stop < text.length() - 1 && isTitle(text.substring(0, stop))) {
        m.title = text.substring(0, stop);
        text = text.substring(stop + 1);
      }
    }
    m.text = text;
    m.responsible = clause.names();
    for (int i = 0; i < m.responsible.size(); i++) {
      report.resolve(
          m.responsible.get(i), m.lastLine, m.path + "." + PlanKeys.RESPONSIBLE + "[" + i + "]");
    }
    m.openEnded = clause.openEnded();
    m.assignment = clause.assignment();
    report.spaces(m, m.line, text);
    report.traditional(m, m.line, text);
    outline.stopProse();
  }
}
