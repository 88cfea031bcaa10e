package io.github.ipplan;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.ipplan.internal.Headings;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.Rules;
import io.github.ipplan.internal.Texts;
import io.github.ipplan.internal.TrustedCatalogs;
import io.github.ipplan.internal.Years;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
public abstract class Plan {

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
    return measures().stream()
        .filter(measure -> measure.headingPath().contains(heading))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    if (TrustedCatalogs.reading()) {
      return; // read from a catalog compiled, and checked, when the jar was built
    }
    checkState(
        Texts.isId(id()),
        "Plan id must be lower-case words joined by hyphens: %s",
        Quote.lazy(id()));
    checkState(!Texts.isBlank(title()), "Plan '%s' has a blank title", id());
    Years.check(firstYear(), "The first year of plan '" + id() + "'");
    Years.check(lastYear(), "The last year of plan '" + id() + "'");
    Years.check(issued().getYear(), "The issue date of plan '" + id() + "'");
    published()
        .ifPresent(
            date -> Years.check(date.getYear(), "The publication date of plan '" + id() + "'"));
    checkState(
        firstYear() <= lastYear(),
        "Plan '%s' ends (%s) before it starts (%s)",
        id(),
        lastYear(),
        firstYear());
    Headings.checkNumerals(outline(), "at the top of the outline of plan '" + id() + "'");
    for (Heading heading : outline()) {
      Headings.checkNumerals(heading.subheadings(), "under " + Headings.name(heading));
    }
    int addressee = Rules.firstRepeat(addressees().stream().map(Agency::id).toList());
    checkState(
        addressee < 0,
        "Plan '%s' lists the addressee %s twice",
        id(),
        addressee < 0 ? "" : Quote.of(addressees().get(addressee).name()));
    Set<Integer> numbers = new HashSet<>();
    for (Measure measure : measures()) {
      checkState(
          measure.planId().equals(id()),
          "Measure %s belongs to plan %s, not '%s'",
          measure.number(),
          Quote.lazy(measure.planId()),
          id());
      checkState(
          numbers.add(measure.number()),
          "Plan '%s' numbers two measures %s",
          id(),
          measure.number());
      checkHeadingPath(measure.headingPath(), "Measure", measure.number());
    }
    numbers.clear();
    for (Project project : projects()) {
      checkState(
          project.planId().equals(id()),
          "Project %s belongs to plan %s, not '%s'",
          project.number(),
          Quote.lazy(project.planId()),
          id());
      checkState(
          numbers.add(project.number()),
          "Plan '%s' numbers two projects %s",
          id(),
          project.number());
      checkHeadingPath(project.headingPath(), "Project", project.number());
      if (project.followsMeasure().isPresent()) {
        int follows = project.followsMeasure().get();
        boolean placed =
            measure(follows)
                .map(measure -> measure.headingPath().equals(project.headingPath()))
                .orElse(false);
        checkState(
            placed,
            "Project %s follows measure %s, which is not a measure under the same headings",
            project.number(),
            follows);
      }
    }
    indicatorTable()
        .ifPresent(table -> checkHeadingPath(table.headingPath(), "The indicator table", 0));
    for (int place = 1; place <= indicators().size(); place++) {
      Indicator indicator = indicators().get(place - 1);
      checkState(
          indicator.planId().equals(id()),
          "Indicator %s belongs to plan %s, not '%s'",
          indicator.row(),
          Quote.lazy(indicator.planId()),
          id());
      checkState(
          indicator.row() == place,
          "Indicator rows of plan '%s' must count from 1 in order; found row %s at place %s",
          id(),
          indicator.row(),
          place);
    }
  }

  private void checkHeadingPath(List<Heading> path, String what, int number) {
    List<Heading> level = outline();
    for (Heading heading : path) {
      if (!level.contains(heading)) {
        throw new IllegalStateException(
            String.format(
                "%s of plan '%s' sits under a heading not in the outline: %s",
                number > 0 ? what + " " + number : what, id(), Headings.name(heading)));
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
