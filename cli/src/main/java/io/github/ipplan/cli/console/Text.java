package io.github.ipplan.cli.console;

import io.github.ipplan.Agency;
import io.github.ipplan.Collaboration;
import io.github.ipplan.EnumWords;
import io.github.ipplan.Heading;
import io.github.ipplan.Indicator;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
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

  /**
   * Prints where a measure stands in its plan, then its notes: {@code headings: …}, and a line
   * {@code note: …} for each note.
   *
   * @param out where the lines are printed
   * @param measure the measure
   */
  public static void placement(PrintWriter out, Measure measure) {
    out.println("headings: " + headingPath(measure.headingPath()));
    notes(out, measure.notes());
  }

  /**
   * Prints where a project stands in its plan, with the measure it follows where the plan prints it
   * after one, then its notes.
   *
   * @param out where the lines are printed
   * @param project the project
   */
  public static void placement(PrintWriter out, Project project) {
    out.println(
        "headings: "
            + headingPath(project.headingPath())
            + project.followsMeasure().map(number -> ", after measure " + number).orElse(""));
    notes(out, project.notes());
  }

  private static void notes(PrintWriter out, List<String> notes) {
    for (String note : notes) {
      out.println("note: " + note);
    }
  }

  /**
   * Returns the sentence that says a plan has no measure of a number.
   *
   * @param plan the plan
   * @param number the number asked for
   * @return for example {@code Plan national-2021-2022 has no measure 116; it has 115.}
   */
  public static String noMeasure(Plan plan, int number) {
    return noSuch(plan, "measure", number, plan.measures().size());
  }

  /**
   * Returns the sentence that says a plan has no project of a number.
   *
   * @param plan the plan
   * @param number the number asked for
   * @return for example {@code Plan guangzhou-2021-2025 has no project 8; it has 7.}
   */
  public static String noProject(Plan plan, int number) {
    return noSuch(plan, "project", number, plan.projects().size());
  }

  private static String noSuch(Plan plan, String kind, int number, int count) {
    return "Plan " + plan.id() + " has no " + kind + " " + number + "; it has " + count + ".";
  }

  /**
   * Returns who issued a plan, when, its status and the years it covers.
   *
   * @param plan the plan
   * @return for example {@code issued by 联席会议办公室 on 2021-12-27, in force, for 2021–2022}
   */
  public static String issued(Plan plan) {
    return "issued by "
        + plan.issuer().name()
        + " on "
        + plan.issued()
        + ", "
        + EnumWords.spaced(plan.status())
        + ", for "
        + plan.firstYear()
        + "–"
        + plan.lastYear();
  }

  /**
   * Returns how many tasks two bodies share and how many of them each leads.
   *
   * @param pair the two bodies and their tasks
   * @return for example {@code 10 shared; 知识产权局 leads 2, 商务部 leads 3}
   */
  public static String shared(Collaboration pair) {
    return pair.shared()
        + " shared; "
        + pair.body().name()
        + " leads "
        + pair.ledByBody()
        + ", "
        + pair.partner().name()
        + " leads "
        + pair.ledByPartner();
  }
}
