package io.github.ipplan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.ipplan.internal.FoldedText;
import io.github.ipplan.internal.NameSuggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every element of every plan of a catalog, by id and folded for search, built once on first use.
 * Immutable and thread-safe.
 */
final class ElementIndex {
  /** A provision of a plan with the value it prints and its folded text. */
  private record Searchable(
      String planId, Provision provision, PlanElement value, FoldedText folded) {}

  private final ImmutableList<Searchable> searchable;
  private final ImmutableMap<String, PlanElement> byId;

  ElementIndex(List<Plan> plans) {
    ImmutableList.Builder<Searchable> searchable = ImmutableList.builder();
    Map<String, PlanElement> byId = new LinkedHashMap<>();
    for (Plan plan : plans) {
      byId.put(plan.id(), plan);
      for (PlanText.Element element : PlanText.elements(plan)) {
        Provision provision = element.provision();
        searchable.add(
            new Searchable(plan.id(), provision, element.value(), FoldedText.of(provision.text())));
        byId.put(provision.id(), element.value());
      }
    }
    this.searchable = searchable.build();
    this.byId = ImmutableMap.copyOf(byId);
  }

  /** The value an id names, or null. */
  PlanElement find(String id) {
    return byId.get(id);
  }

  /** Every id, in plan then document order. */
  Collection<String> ids() {
    return byId.keySet();
  }

  /** Every provision holding every folded term, in plan then document order. */
  ImmutableList<SearchHit> search(List<String> terms) {
    ImmutableList.Builder<SearchHit> hits = ImmutableList.builder();
    for (Searchable candidate : searchable) {
      if (terms.stream().allMatch(candidate.folded()::contains)) {
        PlanElement value = candidate.value();
        hits.add(
            SearchHit.of(
                candidate.planId(),
                candidate.provision(),
                spans(candidate.folded(), terms),
                value,
                spans(FoldedText.of(SearchHit.ownText(value)), terms)));
      }
    }
    return hits.build();
  }

  /** Every match of every term, in text order, overlapping ones merged. */
  private static List<TextSpan> spans(FoldedText text, List<String> terms) {
    List<int[]> found = new ArrayList<>();
    terms.forEach(term -> found.addAll(text.find(term)));
    found.sort(Comparator.<int[]>comparingInt(span -> span[0]).thenComparingInt(span -> span[1]));
    List<TextSpan> spans = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int[] span : found) {
      if (span[0] <= end) {
        end = Math.max(end, span[1]);
      } else {
        if (end >= 0) {
          spans.add(TextSpan.of(start, end));
        }
        start = span[0];
        end = span[1];
      }
    }
    if (end >= 0) {
      spans.add(TextSpan.of(start, end));
    }
    return spans;
  }

  /**
   * Up to {@code limit} of the candidates that contain the typed text, folded, or are within an
   * edit distance of half its length: nearest first, then in the candidates' order.
   */
  static ImmutableList<String> nearest(String id, Collection<String> candidates, int limit) {
    String typed = FoldedText.foldName(id.strip());
    if (typed.isEmpty() || typed.length() > 256) {
      return ImmutableList.of();
    }
    int most = (typed.length() + 1) / 2;
    Map<String, Integer> near = new LinkedHashMap<>();
    for (String candidate : candidates) {
      int distance =
          candidate.contains(typed)
              ? 0
              : Math.abs(candidate.length() - typed.length()) > most
                  ? Integer.MAX_VALUE
                  : NameSuggestions.distance(typed, candidate);
      if (distance <= most) {
        near.put(candidate, distance);
      }
    }
    return ImmutableList.copyOf(
        near.entrySet().stream()
            .sorted(Map.Entry.comparingByValue())
            .limit(limit)
            .map(Map.Entry::getKey)
            .toList());
  }
}
