package io.github.ipplan;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The full text of a plan, rendered back from the model in document order: the notice, the title
 * and preamble, every heading with its printed numeral and prose, the indicator table row by row,
 * every measure with its number and printed responsibility clause (such as {@code
 * （中央宣传部、知识产权局按职责分工负责）}), every project, and the closing rule sentence.
 *
 * <p>The rendering of each bundled plan equals its source document, white space aside; tests check
 * this character by character.
 */
public final class PlanText {
  private PlanText() {}

  /**
   * Returns the plan's text: one line per paragraph, heading, measure or table cell.
   *
   * @param plan the plan
   * @return the text, ending in a line break
   */
  public static String render(Plan plan) {
    return provisions(plan).stream()
        .map(Provision::text)
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /**
   * Returns every element of the plan's text in document order, each with its stable identifier.
   *
   * @param plan the plan
   * @return the provisions
   */
  public static ImmutableList<Provision> provisions(Plan plan) {
    return ImmutableList.copyOf(elements(plan).stream().map(Element::provision).toList());
  }

  /** A provision with the value it prints: a heading, measure, project, indicator, or itself. */
  record Element(Provision provision, PlanElement value) {}

  /** Every provision of the plan in document order, each with the value it prints. */
  static ImmutableList<Element> elements(Plan plan) {
    List<Element> out = new ArrayList<>();
    String id = plan.id();
    plan.notice().ifPresent(notice -> notice(plan, notice, out));
    plan.documentTitle()
        .ifPresent(title -> add(out, Provision.of(id + "/title", ProvisionKind.TITLE, title)));
    paragraphs(id + "/preamble", ProvisionKind.PREAMBLE_PARAGRAPH, plan.preamble(), out);
    content(plan, ImmutableList.of(), id, out);
    for (int i = 0; i < plan.outline().size(); i++) {
      heading(
          plan,
          plan.outline().get(i),
          ImmutableList.of(),
          Ids.heading(id, plan.outline().get(i), i + 1),
          out);
    }
    plan.leadRule()
        .ifPresent(
            rule -> add(out, Provision.of(id + "/lead-rule", ProvisionKind.LEAD_RULE, rule)));
    return ImmutableList.copyOf(out);
  }

  private static void notice(Plan plan, Notice notice, List<Element> out) {
    String id = plan.id() + "/notice";
    notice
        .title()
        .ifPresent(
            title -> add(out, Provision.of(id + "/title", ProvisionKind.NOTICE_TITLE, title)));
    notice
        .publicationLine()
        .ifPresent(
            line ->
                add(out, Provision.of(id + "/published", ProvisionKind.PUBLICATION_LINE, line)));
    if (!plan.addressees().isEmpty()) {
      add(
          out,
          Provision.of(
              id + "/addressees",
              ProvisionKind.ADDRESSEES,
              plan.addressees().stream().map(Agency::name).collect(Collectors.joining("、")) + "："));
    }
    paragraphs(id, ProvisionKind.NOTICE_PARAGRAPH, notice.paragraphs(), out);
    if (!notice.attachments().isEmpty()) {
      List<String> lines = new ArrayList<>();
      notice.attachmentsHeading().ifPresent(lines::add);
      lines.addAll(notice.attachments());
      add(
          out,
          Provision.of(id + "/attachments", ProvisionKind.ATTACHMENTS, String.join("\n", lines)));
    }
    add(out, Provision.of(id + "/signatory", ProvisionKind.SIGNATORY, notice.signatory()));
    notice.seal().ifPresent(seal -> add(out, Provision.of(id + "/seal", ProvisionKind.SEAL, seal)));
    add(
        out,
        Provision.of(
            id + "/date",
            ProvisionKind.DATE,
            plan.issued().getYear()
                + "年"
                + plan.issued().getMonthValue()
                + "月"
                + plan.issued().getDayOfMonth()
                + "日"));
  }

  private static void heading(
      Plan plan, Heading heading, ImmutableList<Heading> parents, String id, List<Element> out) {
    ImmutableList<Heading> path =
        ImmutableList.<Heading>builder().addAll(parents).add(heading).build();
    out.add(
        new Element(
            Provision.of(id, ProvisionKind.HEADING, heading.printedLabel() + heading.title()),
            heading));
    paragraphs(id, ProvisionKind.PARAGRAPH, heading.paragraphs(), out);
    content(plan, path, id, out);
    for (int i = 0; i < heading.subheadings().size(); i++) {
      Heading sub = heading.subheadings().get(i);
      heading(plan, sub, path, Ids.heading(id, sub, i + 1), out);
    }
  }

  /** The table, measures and projects directly under a heading path, in document order. */
  private static void content(
      Plan plan, ImmutableList<Heading> path, String id, List<Element> out) {
    plan.indicatorTable()
        .filter(table -> table.headingPath().equals(path))
        .ifPresent(
            table -> {
              add(
                  out,
                  Provision.of(
                      plan.id() + "/indicator-table",
                      ProvisionKind.INDICATOR_TABLE,
                      table.title() + "\n" + String.join("\n", table.columns())));
              for (Indicator indicator : plan.indicators()) {
                out.add(
                    new Element(
                        Provision.of(
                            indicator.id(),
                            ProvisionKind.INDICATOR,
                            indicator.printedCell()
                                + "\n"
                                + indicator.target().toPlainString()
                                + "\n"
                                + indicator.sourceName().orElse("")),
                        indicator));
              }
            });
    List<Project> projects =
        plan.projects().stream().filter(p -> p.headingPath().equals(path)).toList();
    for (Measure measure : plan.measures()) {
      if (measure.headingPath().equals(path)) {
        out.add(
            new Element(
                Provision.of(measure.id(), ProvisionKind.MEASURE, measure(measure)), measure));
        projects.stream()
            .filter(p -> p.followsMeasure().equals(Optional.of(measure.number())))
            .forEach(project -> out.add(project(project)));
      }
    }
    projects.stream()
        .filter(p -> p.followsMeasure().isEmpty())
        .forEach(project -> out.add(project(project)));
  }

  /** A measure as printed: number, title, text and responsibility clause. */
  static String measure(Measure measure) {
    StringBuilder text = new StringBuilder(measure.label().orElse(measure.number() + ". "));
    measure.title().ifPresent(title -> text.append(title).append('。'));
    text.append(measure.text());
    if (!measure.responsibilities().isEmpty()) {
      text.append('（')
          .append(String.join("、", measure.printedNames()))
          .append(measure.openEnded() ? "等部门" : "")
          .append(measure.assignment().map(Assignment::printedWords).orElse(""))
          .append('）');
    }
    return text.toString();
  }

  private static Element project(Project project) {
    return new Element(
        Provision.of(
            project.id(),
            ProvisionKind.PROJECT,
            "项目"
                + project.number()
                + " "
                + project.title()
                + "\n"
                + String.join("\n", project.paragraphs())),
        project);
  }

  private static void paragraphs(
      String id, ProvisionKind kind, List<String> paragraphs, List<Element> out) {
    for (int i = 0; i < paragraphs.size(); i++) {
      add(out, Provision.of(id + "/paragraph/" + (i + 1), kind, paragraphs.get(i)));
    }
  }

  /** Adds a provision that prints no other value: a paragraph, a line of the notice, a title. */
  private static void add(List<Element> out, Provision provision) {
    out.add(new Element(provision, provision));
  }
}
