package io.github.ipplan;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * One provision that a {@link PlanCatalog#search(String) search} found: its plan, id, kind and
 * verbatim text, and where each term of the query matched in that text, so that a caller can
 * highlight them. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class SearchHit {
  SearchHit() {}

  static SearchHit of(String planId, Provision provision, Iterable<TextSpan> spans) {
    return ImmutableSearchHit.builder()
        .planId(planId)
        .id(provision.id())
        .kind(provision.kind())
        .text(provision.text())
        .spans(spans)
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
}
