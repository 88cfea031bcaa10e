package io.github.ipplan.cli.mcp;

import io.github.ipplan.EnumWords;
import io.github.ipplan.Indicator;
import io.github.ipplan.Measure;
import io.github.ipplan.Project;
import io.github.ipplan.SearchHit;
import io.github.ipplan.cli.console.Text;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;

/**
 * The text of the answers: each provision under its id in brackets, then quoted as the command line
 * prints it (the plan's words, verbatim).
 */
final class Render {
  private Render() {}

  /** Returns what a writer receives, with the line ends the protocol carries ({@code \n}). */
  static String lines(Consumer<PrintWriter> print) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      print.accept(out);
    }
    return text.toString().replace(System.lineSeparator(), "\n");
  }

  /** A measure: {@code [id]}, then the plan, number, title, text and bodies with their roles. */
  static void measure(PrintWriter out, Measure measure) {
    out.println("[" + measure.id() + "]");
    Text.measure(out, measure);
  }

  /** A project: {@code [id]}, then the plan, number, title and paragraphs. */
  static void project(PrintWriter out, Project project) {
    out.println("[" + project.id() + "]");
    Text.project(out, project);
  }

  /** An indicator on one line, its id first. */
  static String indicator(Indicator indicator) {
    return Text.indicator(indicator);
  }

  /** A passage that is neither a measure nor a project: {@code [id] (kind)}, then its text. */
  static void hit(PrintWriter out, SearchHit hit) {
    out.println("[" + hit.id() + "] (" + EnumWords.spaced(hit.kind()) + ")");
    hit.text().lines().forEach(line -> out.println("  " + line));
  }
}
