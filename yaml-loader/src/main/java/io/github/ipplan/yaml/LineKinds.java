package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.ITEM;
import static io.github.ipplan.yaml.PrintedForms.PROJECT;
import static io.github.ipplan.yaml.PrintedForms.SECTION;
import static io.github.ipplan.yaml.PrintedForms.TOP;
import static io.github.ipplan.yaml.PrintedForms.isTitle;

import java.util.List;
import java.util.regex.Matcher;

/**
 * What each printed line is: a top heading ({@code 一、}), a section ({@code （一）}), a numbered item,
 * a project, or prose. Each line is classified once, when a stage first asks.
 */
final class LineKinds {

  /** The kinds of line. */
  enum Kind {
    TOP,
    SECTION,
    ITEM,
    PROJECT,
    PROSE
  }

  private final List<PrintedLines.Line> lines;
  private final Kind[] kinds;

  LineKinds(List<PrintedLines.Line> lines) {
    this.lines = lines;
    this.kinds = new Kind[lines.size()];
  }

  Kind of(int index) {
    if (kinds[index] == null) {
      kinds[index] = classify(lines.get(index).text());
    }
    return kinds[index];
  }

  static Kind classify(String text) {
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
}
