package io.github.ipplan.cli.console;

import io.github.ipplan.Agency;
import io.github.ipplan.EnumWords;
import io.github.ipplan.Heading;
import io.github.ipplan.Indicator;
import io.github.ipplan.Measure;
import io.github.ipplan.Project;
import io.github.ipplan.Responsibility;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Domain values as the command line prints them: a measure or a project as a block of lines, an
 * indicator on one line, a heading or a body in a few words.
 */
public final class Text {
  private Text() {}

  /**
   * Prints a measure as a block: plan and number, title, text, bodies with their roles.
   *
   * @param out where the block is printed
   * @param measure the measure
   */
  public static void measure(PrintWriter out, Measure measure) {
    out.println(
        measure.planId()
            + " measure "
            + measure.number()
            + measure.title().map(title -> ": " + title).orElse(""));
    out.println("  " + measure.text());
    if (!measure.responsibilities().isEmpty()) {
      out.println(
          "  bodies: "
              + measure.responsibilities().stream()
                  .map(Text::responsibility)
                  .collect(Collectors.joining(", "))
              + (measure.openEnded() ? " 等部门" : "")
              + measure.assignment().map(a -> "  [" + a.printedWords() + "]").orElse(""));
    }
  }

  /**
   * Returns a body's part in a measure: the name as printed, then its role.
   *
   * @param responsibility the body's part
   * @return for example {@code 中央宣传部 (participant)}
   */
  public static String responsibility(Responsibility responsibility) {
    return responsibility.printedName() + " (" + EnumWords.spaced(responsibility.role()) + ")";
  }

  /**
   * Prints a project as a block: plan and number, title, paragraphs.
   *
   * @param out where the block is printed
   * @param project the project
   */
  public static void project(PrintWriter out, Project project) {
    out.println(project.planId() + " project " + project.number() + ": " + project.title());
    project.paragraphs().forEach(paragraph -> out.println("  " + paragraph));
  }

  /**
   * Returns an indicator on one line: target with its bound, unit, year, kind, nature, the body
   * that reports it and, where the plan states one, its baseline.
   *
   * @param indicator the indicator
   * @return for example {@code guangzhou-2021-2025/indicator/3 有效注册商标总量: 160 万件 by 2025 (level,
   *     预期性), reported by 市知识产权局; 2020: 151.4}
   */
  public static String indicator(Indicator indicator) {
    return indicator.id()
        + "  "
        + indicator.name()
        + ": "
        + indicator.describeTarget()
        + " by "
        + indicator.targetYear()
        + " ("
        + EnumWords.spaced(indicator.kind())
        + ", "
        + indicator.nature().printedWords()
        + "), reported by "
        + indicator.sourceName().orElse("no body named")
        + indicator
            .baseline()
            .map(b -> "; " + b.year() + ": " + b.value().toPlainString())
            .orElse("");
  }

  /**
   * Returns a heading's numeral and title.
   *
   * @param heading a part, chapter or section
   * @return for example {@code 一 完善知识产权制度}
   */
  public static String heading(Heading heading) {
    return heading.numeral() + " " + heading.title();
  }

  /**
   * Returns the headings a measure or project sits under, outermost first.
   *
   * @param path the headings
   * @return each heading as printed, label and title, separated by {@code " / "}: {@code 一、完善知识产权制度
   *     / （三）完善新兴领域和特定领域知识产权规则}
   */
  public static String headingPath(List<Heading> path) {
    return path.stream()
        .map(heading -> heading.printedLabel() + heading.title())
        .collect(Collectors.joining(" / "));
  }

  /**
   * Returns the sentence that says no body has a name.
   *
   * @param name the name asked for
   * @return for example {@code No body is called '知识产权'.}
   */
  public static String unknownBody(String name) {
    return "No body is called '" + name + "'.";
  }

  /**
   * Returns a body's name with its full name, or its English name where it has no full name.
   *
   * @param agency the body
   * @return for example {@code 知识产权局 (国家知识产权局)}
   */
  public static String body(Agency agency) {
    return agency.name() + " (" + agency.fullName().orElse(agency.englishName()) + ")";
  }
}
