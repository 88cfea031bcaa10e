package io.github.ipplan;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.ipplan.PlanRuleException.Element;
import io.github.ipplan.internal.Headings;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.Rules;
import io.github.ipplan.internal.Texts;
import io.github.ipplan.internal.TrustedCatalogs;
import io.github.ipplan.internal.Years;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One policy document: its metadata, its outline of headings, and its numbered measures, flagship
 * projects and quantitative indicators.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}. A plan guarantees
 * that its measure numbers and project numbers are unique, that every measure and project belongs
 * to it, and that every heading path is a path of its outline.
 */
@Value.Immutable
public abstract non-sealed class Plan implements PlanElement {

  Plan() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable identifier, such as {@code national-2021-2022}.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * Returns the title as printed, without book-title marks.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the body that issued the plan.
   *
   * @return the issuer
   */
  public abstract Agency issuer();

  /**
   * Returns the document number (文号) the plan was issued under, such as {@code 国知战联办〔2024〕1号},
   * where it has one.
   *
   * @return the document number, or empty
   */
  public abstract Optional<String> documentNumber();

  /**
   * Returns the date the plan was issued (the date its covering notice bears).
   *
   * @return the issue date
   */
  public abstract LocalDate issued();

  /**
   * Returns the date the plan was published, where it differs from or adds to the issue date.
   *
   * @return the publication date, or empty
   */
  public abstract Optional<LocalDate> published();

  /**
   * Returns the legal standing of the text as published: in force or a draft for comment when it
   * was issued, not its standing today.
   *
   * @return the status as published
   */
  public abstract PlanStatus status();

  /**
   * Returns the first year the plan covers.
   *
   * @return the first year
   */
  public abstract int firstYear();

  /**
   * Returns the last year the plan covers; equal to {@link #firstYear()} for a one-year plan.
   *
   * @return the last year
   */
  public abstract int lastYear();

  /**
   * Returns where the document was originally published.
   *
   * @return the source address, or empty
   */
  public abstract Optional<URI> source();

  /**
   * Returns the covering notice or call for comments the plan is published with, where the source
   * has one.
   *
   * @return the notice, or empty
   */
  public abstract Optional<Notice> notice();

  /**
   * Returns the title as printed at the head of the plan's own text, where it is printed there.
   *
   * @return the printed title, or empty
   */
  public abstract Optional<String> documentTitle();

  /**
   * Returns the paragraphs before the first part or chapter.
   *
   * @return the preamble, possibly empty
   */
  public abstract ImmutableList<String> preamble();

  /**
   * Returns how the plan prints its indicators, where it prints them as a table.
   *
   * @return the table, or empty
   */
  public abstract Optional<IndicatorTable> indicatorTable();

  /**
   * Returns the bodies the covering notice is addressed to, in printed order.
   *
   * @return the addressees, possibly empty
   */
  public abstract ImmutableList<Agency> addressees();

  /**
   * Returns the top-level headings (parts or chapters) in document order, each with its sections.
   *
   * @return the outline, possibly empty
   */
  public abstract ImmutableList<Heading> outline();

  /**
   * Returns the numbered measures in document order.
   *
   * @return the measures, possibly empty
   */
  public abstract ImmutableList<Measure> measures();

  /**
   * Returns the flagship projects in document order.
   *
   * @return the projects, possibly empty
   */
  public abstract ImmutableList<Project> projects();

  /**
   * Returns the quantitative indicators in the order of the plan's table.
   *
   * @return the indicators, possibly empty
   */
  public abstract ImmutableList<Indicator> indicators();

  /**
   * Returns the plan's own sentence stating how responsibilities are shared, verbatim, such as
   * {@code 上述各项任务分工中，由多个部门负责的，列第一位的部门为牵头部门，其他为参与部门。}
   *
   * @return the rule sentence, or empty if the plan states none
   */
  public abstract Optional<String> leadRule();

  /**
   * Returns remarks on the source document as a whole, recorded rather than corrected.
   *
   * @return the notes, possibly empty
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns the measure with the given number.
   *
   * @param number the measure's number
   * @return the measure, or empty if the plan has none with that number
   */
  public Optional<Measure> measure(int number) {
    return Optional.ofNullable(measuresByNumber().get(number));
  }

  @Value.Lazy
  ImmutableMap<Integer, Measure> measuresByNumber() {
    return Maps.uniqueIndex(measures(), Measure::number);
  }

  /**
   * Returns the project with the given number.
   *
   * @param number the project's number
   * @return the project, or empty if the plan has none with that number
   */
  public Optional<Project> project(int number) {
    return projects().stream().filter(project -> project.number() == number).findFirst();
  }

  /**
   * Returns the measures that sit under the given heading, directly or in one of its sections, in
   * document order.
   *
   * @param heading a heading of this plan's outline
   * @return the measures, possibly empty
   */
  public ImmutableList<Measure> measuresUnder(Heading heading) {
    checkNotNull(heading, "heading");
    return ImmutableList.copyOf(
        measures().stream().filter(measure -> measure.headingPath().contains(heading)).toList());
  }

  /**
   * Returns the id of the heading a path ends in, from the places of the path's headings in the
   * outline, as {@link PlanElement} describes: {@code national-2021-2022/part/1/section/2} for the
   * second section of the first part. A measure's innermost heading is {@code
   * plan.headingId(measure.headingPath())}.
   *
   * @param path headings of this plan's outline, outermost first, each under the one before
   * @return the id, or empty if the path is empty or not a path of the outline
   */
  public Optional<String> headingId(List<Heading> path) {
    String id = id();
    List<Heading> level = outline();
    for (Heading heading : checkNotNull(path, "path")) {
      int place = level.indexOf(heading);
      if (place < 0) {
        return Optional.empty();
      }
      id = Ids.heading(id, heading, place + 1);
      level = heading.subheadings();
    }
    return path.isEmpty() ? Optional.empty() : Optional.of(id);
  }

  @Value.Check
  void check() {
    if (TrustedCatalogs.reading()) {
      return; // read from a catalog compiled, and checked, when the jar was built
    }
    if (!(Texts.isId(id()))) {
      throw PlanRuleException.of(
          lenientFormat("Plan id must be lower-case words joined by hyphens: %s", Quote.of(id())),
          Element.PLAN,
          0,
          "id");
    }
    if (Texts.isBlank(title())) {
      throw PlanRuleException.of(
          lenientFormat("Plan '%s' has a blank title", id()), Element.PLAN, 0, "title");
    }
    year(firstYear(), "The first year of plan '" + id() + "'", "firstYear");
    year(lastYear(), "The last year of plan '" + id() + "'", "lastYear");
    year(issued().getYear(), "The issue date of plan '" + id() + "'", "issued");
    if (published().isPresent()) {
      year(published().get().getYear(), "The publication date of plan '" + id() + "'", "published");
    }
    if (firstYear() > lastYear()) {
      throw PlanRuleException.of(
          lenientFormat("Plan '%s' ends (%s) before it starts (%s)", id(), lastYear(), firstYear()),
          Element.PLAN,
          0,
          "lastYear");
    }
    numerals(outline(), "at the top of the outline of plan '" + id() + "'", -1);
    for (int i = 0; i < outline().size(); i++) {
      numerals(
          outline().get(i).subheadings(),
          "under " + Headings.name(outline().get(i).numeral(), outline().get(i).title()),
          i);
    }
    List<String> addressees = addressees().stream().map(Agency::id).toList();
    int addressee = Rules.firstRepeat(addressees);
    if (addressee >= 0) {
      throw PlanRuleException.repeat(
          lenientFormat(
              "Plan '%s' lists the addressee %s twice",
              id(), Quote.of(addressees().get(addressee).name())),
          Element.ADDRESSEE,
          addressee,
          addressees.indexOf(addressees.get(addressee)),
          null);
    }
    Map<Integer, Integer> numbers = new HashMap<>();
    for (int i = 0; i < measures().size(); i++) {
      Measure measure = measures().get(i);
      if (!(measure.planId().equals(id()))) {
        throw PlanRuleException.of(
            lenientFormat(
                "Measure %s belongs to plan %s, not '%s'",
                measure.number(), Quote.of(measure.planId()), id()),
            Element.MEASURE,
            i,
            "planId");
      }
      Integer first = numbers.putIfAbsent(measure.number(), i);
      if (first != null) {
        throw PlanRuleException.repeat(
            lenientFormat("Plan '%s' numbers two measures %s", id(), measure.number()),
            Element.MEASURE,
            i,
            first,
            "number");
      }
      checkHeadingPath(measure.headingPath(), Element.MEASURE, i, "Measure " + measure.number());
    }
    numbers.clear();
    for (int i = 0; i < projects().size(); i++) {
      Project project = projects().get(i);
      if (!(project.planId().equals(id()))) {
        throw PlanRuleException.of(
            lenientFormat(
                "Project %s belongs to plan %s, not '%s'",
                project.number(), Quote.of(project.planId()), id()),
            Element.PROJECT,
            i,
            "planId");
      }
      Integer first = numbers.putIfAbsent(project.number(), i);
      if (first != null) {
        throw PlanRuleException.repeat(
            lenientFormat("Plan '%s' numbers two projects %s", id(), project.number()),
            Element.PROJECT,
            i,
            first,
            "number");
      }
      checkHeadingPath(project.headingPath(), Element.PROJECT, i, "Project " + project.number());
      if (project.followsMeasure().isPresent()) {
        int follows = project.followsMeasure().get();
        boolean placed =
            measure(follows)
                .map(measure -> measure.headingPath().equals(project.headingPath()))
                .orElse(false);
        if (!placed) {
          throw PlanRuleException.of(
              lenientFormat(
                  "Project %s follows measure %s, which is not a measure under the same headings",
                  project.number(), follows),
              Element.PROJECT,
              i,
              "followsMeasure");
        }
      }
    }
    indicatorTable()
        .ifPresent(
            table ->
                checkHeadingPath(
                    table.headingPath(), Element.INDICATOR_TABLE, 0, "The indicator table"));
    for (int place = 1; place <= indicators().size(); place++) {
      Indicator indicator = indicators().get(place - 1);
      if (!(indicator.planId().equals(id()))) {
        throw PlanRuleException.of(
            lenientFormat(
                "Indicator %s belongs to plan %s, not '%s'",
                indicator.row(), Quote.of(indicator.planId()), id()),
            Element.INDICATOR,
            place - 1,
            "planId");
      }
      if (indicator.row() != place) {
        throw PlanRuleException.of(
            lenientFormat(
                "Indicator rows of plan '%s' must count from 1 in order; found row %s at place %s",
                id(), indicator.row(), place),
            Element.INDICATOR,
            place - 1,
            "row");
      }
    }
  }

  /** Refuses a year of the plan outside the range the domain accepts, naming the value. */
  private static void year(int year, String what, String field) {
    try {
      Years.check(year, what);
    } catch (IllegalStateException e) {
      throw PlanRuleException.of(e.getMessage(), Element.PLAN, 0, field);
    }
  }

  /**
   * Refuses headings under one parent that share a numeral, naming the second heading and its
   * parent's position in the outline (-1 at the top).
   */
  private static void numerals(List<Heading> siblings, String where, int parent) {
    List<String> numerals = siblings.stream().map(Heading::numeral).toList();
    try {
      Headings.checkNumerals(numerals, where);
    } catch (IllegalStateException e) {
      int repeat = Rules.firstRepeat(numerals);
      throw PlanRuleException.heading(
          e.getMessage(), repeat, numerals.indexOf(numerals.get(repeat)), parent);
    }
  }

  private void checkHeadingPath(List<Heading> path, Element element, int index, String what) {
    List<Heading> level = outline();
    for (Heading heading : path) {
      if (!level.contains(heading)) {
        throw PlanRuleException.of(
            String.format(
                "%s of plan '%s' sits under a heading not in the outline: %s",
                what, id(), Headings.name(heading.numeral(), heading.title())),
            element,
            index,
            "headingPath");
      }
      level = heading.subheadings();
    }
  }

  @Override
  public String toString() {
    return "Plan{" + id() + "}";
  }

  /** Builds {@link Plan} values; obtain one from {@link Plan#builder()}. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }
}
