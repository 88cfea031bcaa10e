package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.ANNUAL_PERIOD;
import static io.github.ipplan.yaml.PrintedForms.ATTACHMENTS;
import static io.github.ipplan.yaml.PrintedForms.ATTRIBUTION;
import static io.github.ipplan.yaml.PrintedForms.COLUMNS;
import static io.github.ipplan.yaml.PrintedForms.DATE;
import static io.github.ipplan.yaml.PrintedForms.DECIMAL;
import static io.github.ipplan.yaml.PrintedForms.DOCUMENT_NUMBER;
import static io.github.ipplan.yaml.PrintedForms.DRAFT;
import static io.github.ipplan.yaml.PrintedForms.FIVE_YEAR_PLAN;
import static io.github.ipplan.yaml.PrintedForms.ITEM;
import static io.github.ipplan.yaml.PrintedForms.NAME_COLUMNS;
import static io.github.ipplan.yaml.PrintedForms.NUMERALS;
import static io.github.ipplan.yaml.PrintedForms.ONE_YEAR;
import static io.github.ipplan.yaml.PrintedForms.PROJECT;
import static io.github.ipplan.yaml.PrintedForms.PUBLICATION;
import static io.github.ipplan.yaml.PrintedForms.SECTION;
import static io.github.ipplan.yaml.PrintedForms.TOP;
import static io.github.ipplan.yaml.PrintedForms.URL;
import static io.github.ipplan.yaml.PrintedForms.YEAR_RANGE;
import static io.github.ipplan.yaml.PrintedForms.clauseStart;
import static io.github.ipplan.yaml.PrintedForms.endsSentence;
import static io.github.ipplan.yaml.PrintedForms.excerpt;
import static io.github.ipplan.yaml.PrintedForms.head;
import static io.github.ipplan.yaml.PrintedForms.indexOf;
import static io.github.ipplan.yaml.PrintedForms.indicatorKind;
import static io.github.ipplan.yaml.PrintedForms.isDocumentTitle;
import static io.github.ipplan.yaml.PrintedForms.isLatinOrDigit;
import static io.github.ipplan.yaml.PrintedForms.isPlanTitle;
import static io.github.ipplan.yaml.PrintedForms.isTitle;
import static io.github.ipplan.yaml.PrintedForms.isTraditionalOnly;
import static io.github.ipplan.yaml.PrintedForms.quote;
import static io.github.ipplan.yaml.PrintedForms.sequence;
import static io.github.ipplan.yaml.PrintedForms.simplifiedForms;
import static io.github.ipplan.yaml.PrintedForms.spaceContexts;
import static io.github.ipplan.yaml.PrintedForms.split;
import static io.github.ipplan.yaml.PrintedForms.tail;
import static io.github.ipplan.yaml.PrintedForms.traditionalForms;

import io.github.ipplan.Agency;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One run of {@link PlanImporter}: reads the lines of one text into a plan tree and a report. */
final class Importer {

  private static final int MOST_HINTED_NAMES = 200;
  private boolean inTraditional;
  private static final int MOST_NOTES_PER_ELEMENT = 50;

  private final Map<String, List<String>> nearest = new HashMap<>();
  private final PlanImporter.Shape shape;
  private final String planId;
  private final Registry registry;
  private final List<PrintedLines.Line> lines;
  private final Kind[] kinds;
  private int at;

  private final Element plan = new Element("$", 0);
  private final List<Element> tops = new ArrayList<>();
  private final List<Element> rootMeasures = new ArrayList<>();
  private final List<Element> allMeasures = new ArrayList<>();
  private final List<Element> indicators = new ArrayList<>();
  private final List<String> preamble = new ArrayList<>();
  private final Map<String, Object> notice = new LinkedHashMap<>();
  private final List<ImportResult.Finding> findings = new ArrayList<>();
  private final List<Element> crowded = new ArrayList<>();
  private final List<ImportResult.UnknownBody> unknown = new ArrayList<>();
  private final List<ImportResult.Finding> metadata = new ArrayList<>();
  private final Map<String, Object> meta = new LinkedHashMap<>();
  private String documentTitle;
  private String leadRule;
  private Element top;
  private Element section;
  private Element measure;
  private Element project;
  private Element prose;
  private int lastNumber;
  private int lastProject;
  private int firstLine;

  Importer(
      PlanImporter.Shape shape, String planId, Registry registry, List<PrintedLines.Line> lines) {
    this.shape = shape;
    this.planId = planId;
    this.registry = registry;
    this.lines = lines;
    this.kinds = new Kind[lines.size()];
  }

  /** A heading, measure, project or indicator being built, with its notes. */
  private static final class Element {
    final Map<String, Object> map = new LinkedHashMap<>();
    final String path;
    final int line;
    final List<String> notes = new ArrayList<>();
    final List<String> paragraphs = new ArrayList<>();
    final List<Element> measures = new ArrayList<>();
    final List<Element> sections = new ArrayList<>();
    final List<Element> projects = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    String style = "";
    String label = "";
    int number;
    int lastLine;
    Map<String, Object> table;
    int unnoted;
    int firstUnnoted;
    int lastUnnoted;

    Element(String path, int line) {
      this.path = path;
      this.line = line;
      this.lastLine = line;
    }
  }

  /** Remarks of an earlier stage on the lines, noted on the plan first. */
  void lineNotes(List<ImportResult.Finding> notes) {
    lineNotes.addAll(notes);
  }

  private final List<ImportResult.Finding> lineNotes = new ArrayList<>();

  List<ImportResult.Finding> notes() {
    return findings;
  }

  List<ImportResult.UnknownBody> unknownBodies() {
    return unknown;
  }

  List<ImportResult.Finding> metadata() {
    return metadata;
  }

  // ---------------------------------------------------------------- reading

  Map<String, Object> read() {
    traditionalCopy();
    lineNotes.forEach(note -> planNote(note.line(), note.message()));
    int bodyStart = 0;
    while (bodyStart < lines.size() && kind(bodyStart) == Kind.PROSE) {
      bodyStart++;
    }
    frontMatter(lines.subList(0, bodyStart));
    for (at = bodyStart; at < lines.size(); at++) {
      PrintedLines.Line line = lines.get(at);
      switch (kind(at)) {
        case TOP -> startTop(line);
        case SECTION -> startSection(line);
        case ITEM -> startMeasure(line);
        case PROJECT -> startProject(line);
        case PROSE -> prose(line);
      }
    }
    finishMeasure();
    styleNotes(allMeasures, "N. ");
    styleNotes(tops, "");
    List<Element> sections = new ArrayList<>();
    tops.forEach(t -> sections.addAll(t.sections));
    styleNotes(sections, "");
    Map<String, Object> root = assemble();
    crowdedNotes();
    return root;
  }

  private enum Kind {
    TOP,
    SECTION,
    ITEM,
    PROJECT,
    PROSE
  }

  /** What a line is; each line is classified once. */
  private Kind kind(int index) {
    if (kinds[index] == null) {
      kinds[index] = classify(lines.get(index).text());
    }
    return kinds[index];
  }

  private static Kind classify(String text) {
    Matcher top = TOP.matcher(text);
    if (top.matches() && isTitle(top.group(3))) {
      return Kind.TOP;
    }
    Matcher section = SECTION.matcher(text);
    if (section.matches() && isTitle(section.group(3))) {
      return Kind.SECTION;
    }
    if (ITEM.matcher(text).matches()) {
      return Kind.ITEM;
    }
    Matcher project = PROJECT.matcher(text);
    if (project.matches() && isTitle(project.group(3))) {
      return Kind.PROJECT;
    }
    return Kind.PROSE;
  }

  private void startTop(PrintedLines.Line line) {
    finishMeasure();
    Matcher m = TOP.matcher(line.text());
    m.matches();
    String key = shape == PlanImporter.Shape.FIVE_YEAR ? "chapters" : "parts";
    top = new Element("$." + key + "[" + tops.size() + "]", line.number());
    tops.add(top);
    String printed = m.group(1) + m.group(2);
    top.map.put("numeral", m.group(1));
    if (!printed.equals(m.group(1) + "、")) {
      top.map.put("label", printed);
    }
    top.map.put("title", m.group(3));
    top.style = m.group(2);
    top.label = printed;
    section = null;
    project = null;
    prose = top;
  }

  private void startSection(PrintedLines.Line line) {
    finishMeasure();
    Matcher m = SECTION.matcher(line.text());
    m.matches();
    if (top == null) {
      planNote(
          line.number(),
          "The copy prints the section heading "
              + quote(line.text())
              + " before any "
              + (shape == PlanImporter.Shape.FIVE_YEAR ? "chapter" : "part")
              + "; it is read as prose of the preamble.");
      preamble.add(line.text());
      return;
    }
    section = new Element(top.path + ".sections[" + top.sections.size() + "]", line.number());
    top.sections.add(section);
    String printed = m.group(1);
    section.map.put("numeral", m.group(2));
    if (!printed.equals("（" + m.group(2) + "）")) {
      section.map.put("label", printed);
    }
    section.map.put("title", m.group(3));
    section.style = printed.replace(m.group(2), "N").replaceAll("\\s", "");
    section.label = printed;
    project = null;
    prose = section;
  }

  private void startMeasure(PrintedLines.Line line) {
    finishMeasure();
    Matcher m = ITEM.matcher(line.text());
    m.matches();
    Element container = section != null ? section : top;
    List<Element> list = container == null ? rootMeasures : container.measures;
    String path = (container == null ? "$" : container.path) + ".measures[" + list.size() + "]";
    measure = new Element(path, line.number());
    list.add(measure);
    allMeasures.add(measure);
    measure.number = Integer.parseInt(m.group(2));
    measure.label = m.group(1);
    measure.style = m.group(1).replace(m.group(2), "N");
    measure.text.append(m.group(3));
    indentation(measure, line, shape == PlanImporter.Shape.FIVE_YEAR ? "the measure" : "the task");
    measure.lastLine = line.number();
    project = null;
    prose = null;
  }

  private void startProject(PrintedLines.Line line) {
    finishMeasure();
    Matcher m = PROJECT.matcher(line.text());
    m.matches();
    if (section == null) {
      planNote(
          line.number(),
          "The copy prints the project "
              + quote(line.text())
              + " outside any section, where the format has no place for it; it is left out.");
      project = null;
      prose = null;
      return;
    }
    project =
        new Element(section.path + ".projects[" + section.projects.size() + "]", line.number());
    section.projects.add(project);
    int number = Integer.parseInt(m.group(2));
    project.map.put("number", number);
    project.map.put("title", m.group(3));
    if (!section.measures.isEmpty()) {
      project.map.put("follows-measure", section.measures.get(section.measures.size() - 1).number);
    }
    project.map.put("paragraphs", project.paragraphs);
    if (!m.group(1).equals("项目")) {
      note(
          project,
          line.number(),
          "The project is printed " + quote(m.group(1) + m.group(2)) + "; the format prints 项目N.");
    }
    if (number != lastProject + 1) {
      note(project, line.number(), sequence("project", number, lastProject));
    }
    lastProject = Math.max(lastProject, number);
    prose = null;
  }

  private void prose(PrintedLines.Line line) {
    String text = line.text();
    if (URL.matcher(text).matches() || ATTRIBUTION.matcher(text).matches()) {
      attribution(line);
      return;
    }
    if (leadRule == null && text.contains("牵头部门") && !allMeasures.isEmpty()) {
      finishMeasure();
      leadRule = text;
      meta(line.number(), "lead-rule", "read from the copy");
      prose = null;
      project = null;
      return;
    }
    if (isTableStart(at)) {
      finishMeasure();
      table();
      return;
    }
    if (measure != null) {
      // Only the end of the text so far is needed: a long text is never copied whole.
      String before = measure.text.substring(Math.max(0, measure.text.length() - 32));
      measure.text.append(text);
      String what = shape == PlanImporter.Shape.FIVE_YEAR ? "measure" : "task";
      String between =
          "between " + quote("…" + tail(before, 8)) + " and " + quote(head(text, 6) + "…");
      String separator = line.blankBefore() ? "a blank line" : "a line break";
      if (endsSentence(before)) {
        note(
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
        note(
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
          note(
              measure,
              line.number(),
              "Whether a space followed "
                  + quote(before.substring(from))
                  + " before the break cannot be told from the source copy; none is added.");
        }
      }
      measure.lastLine = line.number();
      return;
    }
    if (project != null) {
      if (joined(project.paragraphs, line, project, "")) {
        return;
      }
      project.paragraphs.add(text);
      indentation(project, line, "paragraph " + project.paragraphs.size());
      spaces(project, line.number(), text);
      traditional(project, line.number(), text);
      return;
    }
    if (prose != null) {
      if (joined(prose.paragraphs, line, plan, " of " + prose.path)) {
        return;
      }
      // A heading that holds sections is never the one prose goes to: its last section is.
      if (!prose.measures.isEmpty() || prose.table != null) {
        planNote(
            line.number(),
            "The paragraph "
                + quote(excerpt(text, 12))
                + " is printed after what follows its heading; it is kept with the heading's"
                + " paragraphs, which the format prints first.");
      }
      prose.paragraphs.add(text);
      prose.map.putIfAbsent("paragraphs", prose.paragraphs);
      spacesInPlan(line.number(), prose.path, text);
      traditionalInPlan(line.number(), prose.path, text);
      return;
    }
    if (allMeasures.isEmpty() && tops.isEmpty()) {
      preamble.add(text);
      return;
    }
    planNote(
        line.number(),
        "The paragraph "
            + quote(excerpt(text, 20))
            + " is printed where the format has no place for it (after the lead rule or a"
            + " project outside any section); it is left out.");
  }

  private void attribution(PrintedLines.Line line) {
    String text = line.text();
    Matcher url = Pattern.compile("https?://[^\\s　]+").matcher(text);
    if (url.find() && !meta.containsKey("source")) {
      meta.put("source", url.group());
      meta(line.number(), "source", "taken from the attribution line " + quote(text));
    } else {
      meta(line.number(), "attribution", "left out: " + quote(text));
    }
  }

  // ---------------------------------------------------------------- measures

  private void finishMeasure() {
    if (measure == null) {
      return;
    }
    Element m = measure;
    measure = null;
    int line = m.line;
    String whole = m.text.toString();
    m.map.put("number", m.number);
    if (!m.label.matches("\\d+\\. ?")) {
      m.map.put("label", m.label);
    }
    if (m.number != lastNumber + 1) {
      note(
          m,
          line,
          sequence(
              shape == PlanImporter.Shape.FIVE_YEAR ? "measure" : "task", m.number, lastNumber));
    }
    lastNumber = Math.max(lastNumber, m.number);

    String text = whole;
    List<String> names = List.of();
    boolean openEnded = false;
    String assignment = null;
    int open = clauseStart(whole);
    if (open >= 0) {
      String inner = whole.substring(open + 1, whole.length() - 1).strip();
      // The clause's words are matched in simplified form, so that a copy in traditional
      // characters (按職責分工負責) reads alike; the names stay as printed.
      String words = simplifiedForms(inner);
      String list = null;
      if (words.endsWith("按职责分工负责")) {
        assignment = "by-duty";
        list = inner.substring(0, inner.length() - "按职责分工负责".length());
      } else if (words.endsWith("负责")) {
        list = inner.substring(0, inner.length() - "负责".length());
      } else if (!inner.isEmpty() && allKnown(split(inner))) {
        list = inner;
        note(
            m,
            m.lastLine,
            "The clause "
                + quote(whole.substring(open))
                + " names bodies without 负责; they are read as responsible, jointly.");
      }
      if (list != null) {
        list = list.strip();
        for (String suffix : List.of("等部门", "等单位", "等")) {
          if (simplifiedForms(list).endsWith(suffix)) {
            openEnded = true;
            list = list.substring(0, list.length() - suffix.length()).strip();
            break;
          }
        }
        names = split(list);
        if (!names.isEmpty()) {
          text = whole.substring(0, open).strip();
        } else {
          assignment = null;
          openEnded = false;
        }
      }
    }
    if (names.isEmpty() && shape == PlanImporter.Shape.NATIONAL_ANNUAL) {
      note(
          m,
          m.lastLine,
          "The task ends in no clause of responsible bodies (…负责）); no body is recorded.");
    }
    if (shape == PlanImporter.Shape.FIVE_YEAR) {
      int stop = text.indexOf('。');
      if (stop > 0 && stop < text.length() - 1 && isTitle(text.substring(0, stop))) {
        m.map.put("title", text.substring(0, stop));
        text = text.substring(stop + 1);
      }
    }
    m.map.put("text", text);
    if (!names.isEmpty()) {
      m.map.put("responsible", PlanWriter.flow(names));
      for (int i = 0; i < names.size(); i++) {
        resolve(names.get(i), m.lastLine, m.path + ".responsible[" + i + "]");
      }
    }
    if (openEnded) {
      m.map.put("open-ended", true);
    }
    if (assignment != null) {
      m.map.put("assignment", assignment);
    }
    spaces(m, line, text);
    traditional(m, line, text);
    prose = null;
  }

  private boolean allKnown(List<String> names) {
    return !names.isEmpty() && names.stream().allMatch(name -> registry.find(name).isPresent());
  }

  /** Lists a name no registry knows among the unknown bodies, with hints for the first ones. */
  private void resolve(String name, int line, String path) {
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

  /** Notes the elements whose printed numbering differs from the usual form among them. */
  private void styleNotes(List<Element> elements, String preferred) {
    if (elements.size() < 2) {
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    elements.forEach(e -> counts.merge(e.style, 1, Integer::sum));
    String usual = elements.get(0).style;
    for (Element e : elements) {
      int count = counts.get(e.style);
      int best = counts.get(usual);
      if (count > best || (count == best && e.style.equals(preferred))) {
        usual = e.style;
      }
    }
    for (Element e : elements) {
      if (e.style.equals(usual)) {
        continue;
      }
      boolean spaced = e.style.codePoints().allMatch(PrintedLines::isSpace);
      String printed = spaced ? e.label : e.label.strip();
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
      if (e.map.containsKey("numeral")) {
        // Headings carry no notes in the format: the plan does, naming the heading.
        String heading = "The heading " + quote(e.label + e.map.get("title"));
        planNote(e.line, heading + " is printed " + quote(printed) + how);
      } else {
        note(e, e.line, "The number is printed " + quote(printed) + how);
      }
    }
  }

  // ---------------------------------------------------------------- the indicator table

  private boolean isTableStart(int index) {
    return index + 2 < lines.size()
        && NAME_COLUMNS.contains(lines.get(index + 1).text())
        && COLUMNS.contains(lines.get(index + 2).text());
  }

  private void table() {
    PrintedLines.Line titleLine = lines.get(at);
    List<String> columns = new ArrayList<>();
    int i = at + 1;
    while (i < lines.size()
        && COLUMNS.contains(lines.get(i).text())
        && !columns.contains(lines.get(i).text())) {
      columns.add(lines.get(i).text());
      i++;
    }
    Element holder = section != null ? section : top;
    if (holder == null || plan.table != null) {
      planNote(
          titleLine.number(),
          "The table "
              + quote(titleLine.text())
              + " is printed where the format has no place for it (outside any heading, or after another table); it is read as prose.");
      preamble.add(titleLine.text());
      return;
    }
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("title", titleLine.text());
    table.put("columns", PlanWriter.flow(List.copyOf(columns)));
    holder.table = table;
    plan.table = table;
    holder.map.put("indicator-table", table);
    String nature = titleLine.text().contains("约束性") ? "binding" : "expected";
    if (!titleLine.text().contains("预期性") && !titleLine.text().contains("约束性")) {
      meta(
          titleLine.number(),
          "indicators.nature",
          "the table's title says neither 预期性 nor 约束性; expected is written, check it");
    }
    int width = columns.size();
    // The first column names the indicator: isTableStart requires it.
    int valueColumn = indexOf(columns, Set.of("数值", "目标值", "目标"));
    int sourceColumn = indexOf(columns, Set.of("数据来源", "来源"));
    int natureColumn = indexOf(columns, Set.of("属性", "指标属性"));
    int unitColumn = indexOf(columns, Set.of("单位"));
    Integer year = targetYear();
    while (i + width <= lines.size()) {
      boolean row = true;
      for (int c = 0; c < width; c++) {
        if (kind(i + c) != Kind.PROSE) {
          row = false;
        }
      }
      String value = cell(i, valueColumn);
      if (!row || value == null || !DECIMAL.matcher(value).matches()) {
        break;
      }
      PrintedLines.Line cellLine = lines.get(i);
      String cell = cell(i, 0);
      Element indicator = new Element("$.indicators[" + indicators.size() + "]", cellLine.number());
      indicators.add(indicator);
      String name = cell;
      String unit = "";
      int close = cell.length() - 1;
      if (cell.endsWith(")") || cell.endsWith("）")) {
        int open = clauseStart(cell);
        if (open > 0) {
          name = cell.substring(0, open).strip();
          unit = cell.substring(open + 1, close).strip();
        }
      } else {
        int open = Math.max(cell.lastIndexOf('('), cell.lastIndexOf('（'));
        if (open > 0) {
          name = cell.substring(0, open).strip();
          unit = cell.substring(open + 1).strip();
          note(
              indicator,
              cellLine.number(),
              "The source copy cuts this unit cell short: it prints "
                  + quote(cell.substring(open))
                  + "; the unit is kept as printed.");
        }
      }
      String unitCell = cell(i, unitColumn);
      if (unitCell != null) {
        unit = unitCell;
      }
      indicator.map.put("name", name);
      if (unitCell == null && !cell.equals(name + "(" + unit + ")")) {
        indicator.map.put("cell", cell);
      }
      indicator.map.put("target", new BigDecimal(value));
      indicator.map.put("unit", unit);
      if (year != null) {
        indicator.map.put("year", year);
      }
      indicator.map.put("kind", indicatorKind(name, unit));
      String printedNature = cell(i, natureColumn);
      String rowNature =
          printedNature == null ? nature : printedNature.contains("约束") ? "binding" : "expected";
      indicator.map.put("nature", rowNature);
      String source = cell(i, sourceColumn);
      if (source != null) {
        indicator.map.put("source", source);
        resolve(source, lines.get(i + sourceColumn).number(), indicator.path + ".source");
      }
      spaces(indicator, cellLine.number(), name);
      i += width;
    }
    if (!indicators.isEmpty()) {
      meta(
          titleLine.number(),
          "indicators.kind",
          "read from each indicator's name and unit (年均增长 → annual-growth-rate, 占GDP比重 → share-of-gdp, 新增 → new-over-period, unit 分 → score, a unit per period → annual-count, otherwise level); check each against the plan's goals");
      meta(
          0,
          "indicators.bound",
          "not drafted: a bound (达, 以上, 超过) and a baseline come from the goals' sentences, which need a reader");
    }
    at = i - 1;
    prose = holder;
  }

  /** The text of a table row's cell in a column, or null where the table has no such column. */
  private String cell(int row, int column) {
    return column < 0 ? null : lines.get(row + column).text();
  }

  private Integer targetYear() {
    Object period = meta.get("to");
    if (period instanceof Integer to) {
      return to;
    }
    return null;
  }

  // ---------------------------------------------------------------- front matter

  private void frontMatter(List<PrintedLines.Line> front) {
    int date = -1;
    for (int i = 0; i < front.size(); i++) {
      if (DATE.matcher(front.get(i).text()).matches()) {
        date = i;
        break;
      }
    }
    List<PrintedLines.Line> rest;
    if (date >= 0) {
      Matcher d = DATE.matcher(front.get(date).text());
      d.matches();
      date(front.get(date).number(), "issued", d);
      notice(front.subList(0, date));
      rest = front.subList(date + 1, front.size());
    } else {
      rest = front;
      meta(
          0,
          "issued",
          "left for the user: the copy prints no date of issue before the first heading");
      noNotice();
    }
    int from = 0;
    if (!rest.isEmpty() && isPlanTitle(rest.get(0).text())) {
      documentTitle = rest.get(0).text();
      firstLine = rest.get(0).number();
      from = 1;
    }
    for (PrintedLines.Line line : rest.subList(from, rest.size())) {
      if (URL.matcher(line.text()).matches() || ATTRIBUTION.matcher(line.text()).matches()) {
        attribution(line);
      } else if (!joined(preamble, line, plan, " of the preamble")) {
        preamble.add(line.text());
        spacesInPlan(line.number(), "$.preamble", line.text());
        traditionalInPlan(line.number(), "$.preamble", line.text());
      }
    }
    title();
    period();
  }

  private void notice(List<PrintedLines.Line> lines) {
    List<PrintedLines.Line> body = new ArrayList<>(lines);
    if (body.isEmpty()) {
      noNotice();
      return;
    }
    String title = null;
    if (body.get(0).text().matches(".*(通知|通告|公告|的函|决定)") && isDocumentTitle(body.get(0).text())) {
      title = body.remove(0).text();
    }
    String publication = null;
    for (int i = 0; i < body.size(); i++) {
      Matcher p = PUBLICATION.matcher(body.get(i).text());
      if (p.matches()) {
        publication = body.get(i).text();
        date(body.get(i).number(), "published", p);
        body.remove(i);
        break;
      }
    }
    if (publication == null) {
      meta(0, "published", "left for the user: the copy prints no date of publication (发布时间)");
    }
    for (int i = 0; i < body.size(); i++) {
      if (DOCUMENT_NUMBER.matcher(body.get(i).text()).matches()) {
        meta.put("document-number", body.get(i).text());
        meta(body.get(i).number(), "document-number", "read from the copy");
        body.remove(i);
        break;
      }
    }
    List<String> addressees = new ArrayList<>();
    if (!body.isEmpty()) {
      String first = body.get(0).text();
      if ((first.endsWith("：") || first.endsWith(":"))
          && !first.contains("。")
          && first.contains("、")) {
        PrintedLines.Line line = body.remove(0);
        addressees = split(first.substring(0, first.length() - 1));
        for (int i = 0; i < addressees.size(); i++) {
          resolve(addressees.get(i), line.number(), "$.addressees[" + i + "]");
        }
      }
    }
    String seal = null;
    String signatory = null;
    int signatoryLine = 0;
    if (!body.isEmpty() && body.get(body.size() - 1).text().matches("[（(][^（()）]{1,40}[）)]")) {
      seal = body.remove(body.size() - 1).text();
    }
    if (!body.isEmpty()
        && isDocumentTitle(body.get(body.size() - 1).text())
        && body.get(body.size() - 1).text().length() <= 40) {
      PrintedLines.Line line = body.remove(body.size() - 1);
      signatory = line.text();
      signatoryLine = line.number();
    }
    String attachmentsHeading = null;
    List<String> attachments = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      if (ATTACHMENTS.matcher(body.get(i).text()).matches()) {
        attachmentsHeading = body.get(i).text();
        for (PrintedLines.Line line : body.subList(i + 1, body.size())) {
          attachments.add(line.text());
        }
        body = new ArrayList<>(body.subList(0, i));
        break;
      }
    }
    if (title != null) {
      notice.put("title", title);
    }
    if (publication != null) {
      notice.put("publication-line", publication);
    }
    List<String> paragraphs = new ArrayList<>();
    for (PrintedLines.Line line : body) {
      paragraphs.add(line.text());
      spacesInPlan(line.number(), "$.notice", line.text());
      traditionalInPlan(line.number(), "$.notice", line.text());
    }
    notice.put("paragraphs", paragraphs);
    if (attachmentsHeading != null) {
      notice.put("attachments-heading", attachmentsHeading);
      if (!attachments.isEmpty()) {
        notice.put("attachments", attachments);
      }
    }
    if (signatory != null) {
      notice.put("signatory", signatory);
      Optional<Agency> issuer = registry.find(signatory);
      if (issuer.isPresent()) {
        meta.put("issuer", issuer.get().name());
        meta(
            signatoryLine,
            "issuer",
            "the signatory " + quote(signatory) + ", body '" + issuer.get().id() + "'");
      } else {
        meta.put("issuer", signatory);
        meta(
            signatoryLine,
            "issuer",
            "the signatory " + quote(signatory) + ", which no registry knows");
        resolve(signatory, signatoryLine, "$.issuer");
      }
    } else {
      meta(0, "issuer", "left for the user: the notice prints no signatory");
    }
    if (seal != null) {
      notice.put("seal", seal);
    }
    if (!addressees.isEmpty()) {
      meta.put("addressees", addressees);
    }
  }

  /** Lists what a covering notice would have given, for a copy that prints none. */
  private void noNotice() {
    meta(0, "published", "left for the user: the copy prints no date of publication (发布时间)");
    meta(0, "issuer", "left for the user: the copy prints no covering notice with a signatory");
  }

  private void date(int line, String key, Matcher m) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      meta.put(key, date);
      meta(line, key, date + ", read from the copy");
    } catch (DateTimeException e) {
      meta(line, key, "left for the user: the copy prints an impossible date " + quote(m.group()));
    }
  }

  private void title() {
    String title = documentTitle;
    int line = firstLine;
    String from = "the document title";
    if (title == null) {
      List<String> candidates = new ArrayList<>();
      if (notice.get("title") instanceof String noticeTitle) {
        candidates.add(noticeTitle);
      }
      if (notice.get("paragraphs") instanceof List<?> paragraphs) {
        paragraphs.forEach(p -> candidates.add((String) p));
      }
      for (String candidate : candidates) {
        Matcher m = Pattern.compile("《([^《》]{2,80})》").matcher(candidate);
        if (m.find()) {
          title = m.group(1);
          from = "the first title in 《》 of the notice, " + quote(m.group());
          break;
        }
      }
    }
    boolean draft = false;
    for (String value :
        List.of(
            String.valueOf(title),
            String.valueOf(notice.get("attachments")),
            String.valueOf(notice.get("title")))) {
      draft |= value.contains("征求意见稿");
    }
    if (title != null) {
      String plain = DRAFT.matcher(title).replaceAll("").strip();
      meta.put("title", plain);
      meta(line, "title", from + (plain.equals(title) ? "" : ", without (征求意见稿)"));
    } else {
      meta(0, "title", "left for the user: the copy prints no title");
    }
    meta.put("status", draft ? "draft-for-comment" : "in-force");
    meta(
        0,
        "status",
        draft
            ? "draft-for-comment: the copy calls itself 征求意见稿"
            : "in-force: the copy does not call itself a draft (征求意见稿); check it");
  }

  private void period() {
    List<String> texts = new ArrayList<>();
    if (meta.get("title") instanceof String title) {
      texts.add(title);
    }
    texts.addAll(preamble);
    Integer from = null;
    Integer to = null;
    String how = null;
    if (shape == PlanImporter.Shape.NATIONAL_ANNUAL) {
      for (String text : texts) {
        Matcher m = ANNUAL_PERIOD.matcher(text);
        if (m.find()) {
          from = Integer.valueOf(m.group(1));
          to = Integer.valueOf(m.group(2));
          how = quote(m.group());
          break;
        }
        Matcher one = ONE_YEAR.matcher(text);
        if (one.find()) {
          from = Integer.valueOf(one.group(1));
          to = from;
          how = quote(one.group());
          break;
        }
      }
    } else {
      for (String text : texts) {
        Matcher m = FIVE_YEAR_PLAN.matcher(text);
        if (m.find()) {
          int n = 10 + (m.group(1).isEmpty() ? 0 : NUMERALS.indexOf(m.group(1)) + 1);
          from = 1981 + 5 * (n - 6);
          to = from + 4;
          how = quote(m.group()) + " (the " + n + "th Five-Year Plan)";
          break;
        }
        Matcher range = YEAR_RANGE.matcher(text);
        if (range.find()) {
          from = Integer.valueOf(range.group(1));
          to = Integer.valueOf(range.group(2));
          how = quote(range.group());
          break;
        }
      }
    }
    if (from != null) {
      meta.put("from", from);
      meta.put("to", to);
      meta(0, "period", (from.equals(to) ? from.toString() : from + "–" + to) + ", from " + how);
    } else {
      meta(0, "period", "left for the user: neither the title nor the preamble prints the years");
    }
  }

  // ---------------------------------------------------------------- anomalies

  /**
   * Notes indentation with no-break spaces, which copies taken from web pages carry; ordinary and
   * ideographic spaces are layout and go unremarked.
   */
  private void indentation(Element element, PrintedLines.Line line, String what) {
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
  private void spaces(Element element, int line, String text) {
    spaceContexts(text)
        .ifPresent(
            contexts ->
                note(element, line, "Half-width spaces are kept as printed: " + contexts + "."));
  }

  private void spacesInPlan(int line, String path, String text) {
    spaceContexts(text)
        .ifPresent(
            contexts ->
                planNote(
                    line,
                    "Half-width spaces are kept as printed in " + path + ": " + contexts + "."));
  }

  /** Notes traditional forms in simplified text, with the character before each. */
  /**
   * Tells a copy printed in traditional characters from traditional forms among simplified text:
   * where one ideograph in five or more is a traditional form (about one in three are in running
   * text), the copy gets one note, not a note for each character.
   */
  private void traditionalCopy() {
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
              + " each form, and names of bodies resolve only where the registry prints them so.");
    }
  }

  private void traditional(Element element, int line, String text) {
    if (inTraditional) {
      return;
    }
    for (String message : traditionalForms(text)) {
      note(element, line, message);
    }
  }

  private void traditionalInPlan(int line, String path, String text) {
    if (inTraditional) {
      return;
    }
    for (String message : traditionalForms(text)) {
      planNote(line, message.replace("; kept as printed.", " in " + path + "; kept as printed."));
    }
  }

  private void note(Element element, int line, String message) {
    if (element.notes.size() >= MOST_NOTES_PER_ELEMENT) {
      // Bounded output for a text that repeats one anomaly without end: the rest are counted.
      if (element.unnoted++ == 0) {
        element.firstUnnoted = line;
        crowded.add(element);
      }
      element.lastUnnoted = Math.max(element.lastUnnoted, line);
      return;
    }
    element.notes.add(message.substring(0, message.length() - 1) + " (source line " + line + ").");
    findings.add(new ImportResult.Finding(line, element.path, message));
  }

  /** Adds to each element that had more notes than are written a note saying how many more. */
  private void crowdedNotes() {
    for (Element element : crowded) {
      String message =
          "The copy has "
              + element.unnoted
              + " more remarks on this element, up to source line "
              + element.lastUnnoted
              + ", which are not written out.";
      element.notes.add(
          message.substring(0, message.length() - 1)
              + " (source line "
              + element.firstUnnoted
              + ").");
      findings.add(new ImportResult.Finding(element.firstUnnoted, element.path, message));
    }
  }

  private void planNote(int line, String message) {
    note(plan, line, message);
  }

  private void meta(int line, String key, String message) {
    metadata.add(new ImportResult.Finding(line, "$." + key, message));
  }

  // ---------------------------------------------------------------- the tree

  private Map<String, Object> assemble() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("id", planId);
    putMeta(root, "title");
    putMeta(root, "document-number");
    putMeta(root, "issuer");
    putMeta(root, "issued");
    putMeta(root, "published");
    putMeta(root, "status");
    if (meta.containsKey("from")) {
      Map<String, Object> period = new LinkedHashMap<>();
      period.put("from", meta.get("from"));
      period.put("to", meta.get("to"));
      root.put("period", PlanWriter.flow(period));
    }
    if (meta.containsKey("source")) {
      root.put("source", meta.get("source"));
    } else {
      meta(0, "source", "left for the user: the copy prints no address of the original");
    }
    if (meta.get("addressees") instanceof List<?> addressees) {
      root.put("addressees", PlanWriter.flow(addressees));
    }
    if (notice.containsKey("signatory")) {
      root.put("notice", notice);
    } else if (!notice.isEmpty()) {
      planNote(
          lines.get(0).number(),
          "The copy prints a notice without a signatory, which the format requires; its paragraphs are read as the preamble.");
      // notice() always puts the paragraphs, an empty list where the notice prints none.
      List<String> paragraphs = new ArrayList<>();
      ((List<?>) notice.get("paragraphs")).forEach(p -> paragraphs.add((String) p));
      preamble.addAll(0, paragraphs);
    }
    if (documentTitle != null) {
      root.put("document-title", documentTitle);
    }
    if (!preamble.isEmpty()) {
      root.put("preamble", preamble);
    }
    if (leadRule != null) {
      root.put("lead-rule", leadRule);
    } else if (shape == PlanImporter.Shape.NATIONAL_ANNUAL) {
      meta(0, "lead-rule", "the copy prints no sentence naming the 牵头部门; none is written");
    }
    if (!plan.notes.isEmpty()) {
      root.put("notes", plan.notes);
    }
    if (!indicators.isEmpty()) {
      root.put("indicators", indicators.stream().map(Importer::withNotes).toList());
    }
    if (!rootMeasures.isEmpty()) {
      root.put("measures", rootMeasures.stream().map(Importer::withNotes).toList());
    }
    if (!tops.isEmpty()) {
      List<Map<String, Object>> headings = new ArrayList<>();
      for (Element t : tops) {
        if (!t.measures.isEmpty()) {
          t.map.put("measures", t.measures.stream().map(Importer::withNotes).toList());
        }
        if (!t.sections.isEmpty()) {
          List<Map<String, Object>> sections = new ArrayList<>();
          for (Element s : t.sections) {
            if (!s.measures.isEmpty()) {
              s.map.put("measures", s.measures.stream().map(Importer::withNotes).toList());
            }
            if (!s.projects.isEmpty()) {
              s.map.put("projects", s.projects.stream().map(Importer::withNotes).toList());
            }
            sections.add(s.map);
          }
          t.map.put("sections", sections);
        }
        headings.add(t.map);
      }
      root.put(shape == PlanImporter.Shape.FIVE_YEAR ? "chapters" : "parts", headings);
    }
    return root;
  }

  private void putMeta(Map<String, Object> root, String key) {
    if (meta.containsKey(key)) {
      root.put(key, meta.get(key));
    }
  }

  private static Map<String, Object> withNotes(Element element) {
    if (!element.notes.isEmpty()) {
      element.map.put("notes", element.notes);
    }
    return element.map;
  }

  // ---------------------------------------------------------------- text helpers

  /**
   * Joins a line to the paragraph before it where that one stops mid-sentence (a page break in the
   * copy), with a note; tells whether it did.
   */
  private boolean joined(
      List<String> paragraphs, PrintedLines.Line line, Element noteOn, String where) {
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
