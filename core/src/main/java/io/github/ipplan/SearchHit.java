package io.github.ipplan;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * One provision that a {@link PlanCatalog#search(String) search} found: its plan, id, kind and
 * verbatim text, and where each term of the query matched in that text, so that a caller can
 * highlight them; and the value it found ({@link #value()}: a measure, project, heading, indicator
 * or other element of the text), with where the terms matched in that value's own text ({@link
 * #ownText()}, {@link #ownSpans()}). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class SearchHit {
  SearchHit() {}

  static SearchHit of(
      String planId,
      Provision provision,
      Iterable<TextSpan> spans,
      PlanElement value,
      Iterable<TextSpan> ownSpans) {
    return ImmutableSearchHit.builder()
        .planId(planId)
        .id(provision.id())
        .kind(provision.kind())
        .text(provision.text())
        .spans(spans)
        .value(value)
        .ownSpans(ownSpans)
        .build();
  }

  /**
   * Returns the id of the plan the provision belongs to.
   *
   * @return the plan id, such as {@code national-2021-2022}
   */
  public abstract String planId();

  /**
   * Returns the provision's stable id, as {@link Provision#id()} gives it.
   *
   * @return the id, such as {@code national-2021-2022/measure/27}
   */
  public abstract String id();

  /**
   * Returns what kind of provision was found.
   *
   * @return the kind
   */
  public abstract ProvisionKind kind();

  /**
   * Returns the provision's verbatim text, as {@link Provision#text()} gives it: a measure with its
   * number and responsibility clause, a heading with its printed label.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Returns where the query's terms matched in {@link #text()}: every occurrence of every term, in
   * text order, overlapping occurrences merged into one span.
   *
   * @return the spans, at least one
   */
  public abstract ImmutableList<TextSpan> spans();

  /**
   * Returns the value the hit found, the one {@link PlanCatalog#provision(String)} gives for its
   * {@link #id()}: a {@link Measure} for a measure, a {@link Project}, a {@link Heading}, an {@link
   * Indicator} for a row of the indicator table, and for any other element of the text (a
   * paragraph, a line of the notice, a title) the {@link Provision} itself.
   *
   * @return the value
   */
  public abstract PlanElement value();

  /**
   * Returns the value's own text, that {@link #ownSpans()} index into: {@link Measure#text()} for a
   * measure (without its number, title and responsibility clause), {@link Heading#title()} for a
   * heading (without its numeral), the {@link Project#paragraphs() paragraphs} of a project joined
   * by {@code \n} (without its number and title), {@link Indicator#name()} for an indicator, and
   * {@link #text()} for any other element.
   *
   * @return the value's own text
   */
  public String ownText() {
    return ownText(value());
  }

  static String ownText(PlanElement value) {
    if (value instanceof Measure measure) {
      return measure.text();
    } else if (value instanceof Heading heading) {
      return heading.title();
    } else if (value instanceof Project project) {
      return String.join("\n", project.paragraphs());
    } else if (value instanceof Indicator indicator) {
      return indicator.name();
    }
    return ((Provision) value).text();
  }

  /**
   * Returns where the query's terms matched in {@link #ownText()}, as {@link #spans()} does in the
   * printed text: every occurrence of every term that lies within the value's own text, in text
   * order, overlapping occurrences merged. Empty where the terms matched only outside it, such as
   * in a measure's number or responsibility clause.
   *
   * @return the spans, possibly empty
   */
  public abstract ImmutableList<TextSpan> ownSpans();
}
