package io.github.ipplan.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * One run of {@link PlanImporter}: the pipeline that reads the lines of one text into a {@link
 * Draft}, reporting to an {@link ImportReport}. Its stages, in order:
 *
 * <ol>
 *   <li>the printed lines ({@link PrintedLines}), reshaped by {@link LineShapes} (items run
 *       together cut apart, pinyin glosses taken out) and classified ({@link LineKinds});
 *   <li>the start of the document ({@link DocumentStart}): a web page's lines before it are
 *       skipped;
 *   <li>the front matter ({@link FrontMatter}, {@link CoveringNotice}): every line of the document
 *       before the first heading or numbered item;
 *   <li>the body, line by line: headings to the {@link Outline}, numbered items, their continuation
 *       lines, projects and the lead rule to {@link Items}, an indicator table to {@link
 *       IndicatorTable}, and the remaining prose to the heading now read;
 *   <li>the last look: numbering forms ({@link NumberingForms}), what the format requires and the
 *       copy lacks.
 * </ol>
 *
 * The draft is then written by {@link PlanWriter#write(Draft)}.
 */
final class Importer {
  private final PlanImporter.Shape shape;
  private final List<PrintedLines.Line> lines;
  private final Draft draft;
  private final ImportReport report;
  private final PlanImporter.Metadata given;
  private final String name;
  private final int maxNodes;
  private final List<ImportResult.Finding> lineNotes = new ArrayList<>();

  Importer(
      PlanImporter.Shape shape,
      String planId,
      Registry registry,
      List<PrintedLines.Line> lines,
      PlanImporter.Metadata given,
      String name,
      LoadOptions options) {
    this.given = given;
    this.name = name;
    this.maxNodes = options.maxNodes();
    this.shape = shape;
    this.lines = lines;
    this.draft = new Draft(planId, shape == PlanImporter.Shape.FIVE_YEAR);
    this.report = new ImportReport(registry, draft.plan);
  }

  ImportReport report() {
    return report;
  }

  /** Remarks of the lines stage ({@link LineShapes}), noted on the plan first. */
  void lineNotes(List<ImportResult.Finding> notes) {
    lineNotes.addAll(notes);
  }

  Draft read() {
    boolean annual = shape == PlanImporter.Shape.NATIONAL_ANNUAL;
    report.traditionalCopy(lines);
    lineNotes.forEach(note -> report.planNote(note.line(), note.message()));
    LineKinds kinds = new LineKinds(lines);
    int start = DocumentStart.find(lines, kinds, report);
    int bodyStart = start;
    while (bodyStart < lines.size() && kinds.of(bodyStart) == LineKinds.Kind.PROSE) {
      bodyStart++;
    }
    FrontMatter front = new FrontMatter(draft, report, annual, given);
    front.read(lines.subList(start, bodyStart));

    Outline outline = new Outline(draft, report);
    Items items = new Items(draft, report, outline, annual);
    IndicatorTable table = new IndicatorTable(draft, report, outline, lines, kinds);
    long nodes = 0; // the fewest YAML nodes the file will have for what is read so far
    for (int at = bodyStart; at < lines.size(); at++) {
      PrintedLines.Line line = lines.get(at);
      // Prose may join the text before it, so only headings, items and projects are counted.
      nodes += kinds.of(at) == LineKinds.Kind.PROSE ? 0 : NODES_PER_ELEMENT;
      if (nodes > maxNodes) {
        throw tooLarge(line);
      }
      switch (kinds.of(at)) {
        case TOP -> {
          items.finish();
          outline.startTop(line);
          items.endProject();
        }
        case SECTION -> {
          items.finish();
          if (outline.startSection(line)) {
            items.endProject();
          }
        }
        case ITEM -> items.startMeasure(line);
        case PROJECT -> items.startProject(line);
        case PROSE -> {
          if (FrontMatter.isAttribution(line.text())) {
            front.attribution(line);
          } else if (items.leadRule(line)) {
            // taken as the lead rule
          } else if (table.startsAt(at)) {
            items.finish();
            at = table.read(at);
          } else if (!items.continues(line) && !outline.prose(line, items.measures().isEmpty())) {
            report.planNote(
                line.number(),
                "The paragraph "
                    + PrintedForms.quote(PrintedForms.excerpt(line.text(), 20))
                    + " is printed where the format has no place for it (after the lead rule or a"
                    + " project outside any section); it is left out.");
          }
        }
      }
    }
    items.finish();
    finish(items, annual);
    return draft;
  }

  /**
   * The fewest YAML nodes a heading, numbered item or project is written as: its mapping and two
   * keys with their values (a heading's numeral and title, an item's number and text).
   */
  static final int NODES_PER_ELEMENT = 5;

  /**
   * Refuses a text whose plan file the loader would refuse for its size, at the line where the file
   * would pass the loader's node limit, before the whole draft is built.
   */
  private PlanLoadException tooLarge(PrintedLines.Line line) {
    return new PlanLoadException(
        name,
        line.number(),
        1,
        "$",
        "the text has more headings, items and projects than a plan file may hold: a file of"
            + " those up to this line has more than the limit of "
            + maxNodes
            + " YAML nodes",
        "import the plan in parts, or raise LoadOptions.maxNodes");
  }

  /** Notes numbering forms, and what the format requires that the copy does not give. */
  private void finish(Items items, boolean annual) {
    NumberingForms numbering = new NumberingForms(report);
    numbering.note(items.measures(), "N. ");
    numbering.note(draft.headings, "");
    List<Draft.Heading> sections = new ArrayList<>();
    draft.headings.forEach(t -> sections.addAll(t.sections));
    numbering.note(sections, "");
    if (draft.meta.source == null) {
      report.meta(
          0, PlanKeys.SOURCE, "left for the user: the copy prints no address of the original");
    }
    if (draft.notice != null && draft.notice.signatory == null) {
      report.planNote(
          lines.get(0).number(),
          "The copy prints a notice without a signatory, which the format requires; its paragraphs are read as the preamble.");
      draft.preamble.addAll(0, draft.notice.paragraphs);
      draft.notice = null;
    }
    if (draft.leadRule == null && annual) {
      report.meta(
          0, PlanKeys.LEAD_RULE, "the copy prints no sentence naming the 牵头部门; none is written");
    }
    report.crowdedNotes();
  }
}
