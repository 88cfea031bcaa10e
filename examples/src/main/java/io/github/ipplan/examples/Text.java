package io.github.ipplan.examples;

import io.github.ipplan.Indicator;
import io.github.ipplan.Measure;
import io.github.ipplan.Project;
import io.github.ipplan.Responsibility;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** The command line's text output, and the quoting its export formats need. */
final class Text {
  private Text() {}

  /** A measure as a block: plan and number, title, text, bodies with their roles. */
  static void measure(PrintWriter out, Measure measure) {
    out.println(measure.planId() + " measure " + measure.number()
        + measure.title().map(title -> ": " + title).orElse(""));
    out.println("  " + measure.text());
    if (!measure.responsibilities().isEmpty()) {
      out.println("  bodies: " + measure.responsibilities().stream()
              .map(Text::responsibility).collect(Collectors.joining(", "))
          + (measure.openEnded() ? " 等部门" : "")
          + measure.assignment().map(a -> "  [" + a.printedWords() + "]").orElse(""));
    }
  }

  static String responsibility(Responsibility responsibility) {
    return responsibility.printedName() + " (" + Words.spaced(responsibility.role()) + ")";
  }

  /** A project as a block: plan and number, title, paragraphs. */
  static void project(PrintWriter out, Project project) {
    out.println(project.planId() + " project " + project.number() + ": " + project.title());
    project.paragraphs().forEach(paragraph -> out.println("  " + paragraph));
  }

  /** An indicator on one line: target, unit, year, kind, nature, reporting body, baseline. */
  static String indicator(Indicator indicator) {
    return indicator.id() + "  " + indicator.name() + ": " + indicator.target().toPlainString()
        + " " + indicator.unit() + " by " + indicator.targetYear() + " (" + Words.spaced(indicator.kind())
        + ", " + indicator.nature().printedWords() + "), reported by "
        + indicator.sourceName().orElse("no body named")
        + indicator.baseline().map(b -> "; " + b.year() + ": " + b.value().toPlainString()).orElse("");
  }

  /** A CSV field, quoted where RFC 4180 requires it. */
  static String csvField(String value) {
    return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** A Graphviz DOT identifier: a double-quoted string. */
  static String dotId(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
