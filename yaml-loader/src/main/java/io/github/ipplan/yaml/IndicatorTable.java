package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.COLUMNS;
import static io.github.ipplan.yaml.PrintedForms.DECIMAL;
import static io.github.ipplan.yaml.PrintedForms.NAME_COLUMNS;
import static io.github.ipplan.yaml.PrintedForms.clauseStart;
import static io.github.ipplan.yaml.PrintedForms.indexOf;
import static io.github.ipplan.yaml.PrintedForms.indicatorKind;
import static io.github.ipplan.yaml.PrintedForms.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The stage that reads the indicator table, flattened to one cell a line: takes a title line, its
 * column names ({@code 指标}, {@code 数值}, …) and the rows of cells after them, and gives the draft's
 * table on the heading now read and its indicators (name, unit, target, year, kind, nature,
 * source).
 */
final class IndicatorTable {
  private final Draft draft;
  private final ImportReport report;
  private final Outline outline;
  private final List<PrintedLines.Line> lines;
  private final LineKinds kinds;

  IndicatorTable(
      Draft draft,
      ImportReport report,
      Outline outline,
      List<PrintedLines.Line> lines,
      LineKinds kinds) {
    this.draft = draft;
    this.report = report;
    this.outline = outline;
    this.lines = lines;
    this.kinds = kinds;
  }

  /** Tells whether a table starts at a line: a title, then the name column and another column. */
  boolean startsAt(int index) {
    return index + 2 < lines.size()
        && NAME_COLUMNS.contains(lines.get(index + 1).text())
        && COLUMNS.contains(lines.get(index + 2).text());
  }

  /** Reads the table that starts at a line; gives the index of its last line. */
  int read(int at) {
    PrintedLines.Line titleLine = lines.get(at);
    List<String> columns = new ArrayList<>();
    int i = at + 1;
    while (i < lines.size()
        && COLUMNS.contains(lines.get(i).text())
        && !columns.contains(lines.get(i).text())) {
      columns.add(lines.get(i).text());
      i++;
    }
    Draft.Heading holder = outline.container();
    if (holder == null || draft.table != null) {
      report.planNote(
          titleLine.number(),
          "The table "
              + quote(titleLine.text())
              + " is printed where the format has no place for it (outside any heading, or after another table); it is read as prose.");
      draft.preamble.add(titleLine.text());
      return at;
    }
    Draft.Table table = new Draft.Table(titleLine.text(), List.copyOf(columns));
    holder.table = table;
    draft.table = table;
    String nature = titleLine.text().contains("约束性") ? "binding" : "expected";
    if (!titleLine.text().contains("预期性") && !titleLine.text().contains("约束性")) {
      report.meta(
          titleLine.number(),
          "indicators.nature",
          "the table's title says neither 预期性 nor 约束性; expected is written, check it");
    }
    int width = columns.size();
    // The first column names the indicator: startsAt requires it.
    int valueColumn = indexOf(columns, Set.of("数值", "目标值", "目标"));
    int sourceColumn = indexOf(columns, Set.of("数据来源", "来源"));
    int natureColumn = indexOf(columns, Set.of("属性", "指标属性"));
    int unitColumn = indexOf(columns, Set.of("单位"));
    while (i + width <= lines.size()) {
      boolean row = true;
      for (int c = 0; c < width; c++) {
        if (kinds.of(i + c) != LineKinds.Kind.PROSE) {
          row = false;
        }
      }
      String value = cell(i, valueColumn);
      if (!row || value == null || !DECIMAL.matcher(value).matches()) {
        break;
      }
      row(i, value, nature, unitColumn, natureColumn, sourceColumn);
      i += width;
    }
    if (!draft.indicators.isEmpty()) {
      report.meta(
          titleLine.number(),
          "indicators.kind",
          "read from each indicator's name and unit (年均增长 → annual-growth-rate, 占GDP比重 → share-of-gdp, 新增 → new-over-period, unit 分 → score, a unit per period → annual-count, otherwise level); check each against the plan's goals");
      report.meta(
          0,
          "indicators.bound",
          "not drafted: a bound (达, 以上, 超过) and a baseline come from the goals' sentences, which need a reader");
    }
    outline.resumeProse(holder);
    return i - 1;
  }

  private void row(
      int i, String value, String nature, int unitColumn, int natureColumn, int sourceColumn) {
    PrintedLines.Line cellLine = lines.get(i);
    String cell = cell(i, 0);
    Draft.Indicator indicator =
        new Draft.Indicator(
            "$." + PlanKeys.INDICATORS + "[" + draft.indicators.size() + "]", cellLine.number());
    draft.indicators.add(indicator);
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
        report.note(
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
    indicator.name = name;
    if (unitCell == null && !cell.equals(name + "(" + unit + ")")) {
      indicator.cell = cell;
    }
    indicator.target = new BigDecimal(value);
    indicator.unit = unit;
    indicator.year = draft.meta.to;
    indicator.kind = indicatorKind(name, unit);
    String printedNature = cell(i, natureColumn);
    indicator.nature =
        printedNature == null ? nature : printedNature.contains("约束") ? "binding" : "expected";
    String source = cell(i, sourceColumn);
    if (source != null) {
      indicator.source = source;
      report.resolve(
          source, lines.get(i + sourceColumn).number(), indicator.path + "." + PlanKeys.SOURCE);
    }
    report.spaces(indicator, cellLine.number(), name);
  }

  /** The text of a table row's cell in a column, or null where the table has no such column. */
  private String cell(int row, int column) {
    return column < 0 ? null : lines.get(row + column).text();
  }
}
