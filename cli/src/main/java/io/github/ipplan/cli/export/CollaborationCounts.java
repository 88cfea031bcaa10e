package io.github.ipplan.cli.export;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.PlanCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts, for one body, the other bodies it shares tasks with, and which of the two leads them:
 * what {@code collaborations} prints and the networks the exporters write.
 */
public final class CollaborationCounts {
  private CollaborationCounts() {}

  /**
   * How often two bodies are named in the same task.
   *
   * @param body the body asked about
   * @param partner a body named in some of the same tasks
   * @param shared how many tasks name both
   * @param ledByBody how many of those the body leads
   * @param ledByPartner how many of those the partner leads
   */
  public record Collaboration(
      Agency body, Agency partner, int shared, int ledByBody, int ledByPartner) {}

  /**
   * Returns the body's partners in the given tasks, most shared tasks first (ties in the order they
   * first appear).
   *
   * @param measures tasks, typically those involving the body
   * @param body the body
   * @return one collaboration per partner
   */
  public static ImmutableList<Collaboration> of(List<Measure> measures, Agency body) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, Agency> partners = new LinkedHashMap<>();
    for (Measure measure : measures) {
      if (!measure.agencies().contains(body)) {
        continue;
      }
      boolean bodyLeads = measure.lead().map(body::equals).orElse(false);
      for (Agency partner : measure.agencies()) {
        if (partner.equals(body)) {
          continue;
        }
        partners.putIfAbsent(partner.id(), partner);
        int[] count = counts.computeIfAbsent(partner.id(), id -> new int[3]);
        count[0]++;
        count[1] += bodyLeads ? 1 : 0;
        count[2] += measure.lead().map(partner::equals).orElse(false) ? 1 : 0;
      }
    }
    List<Collaboration> collaborations = new ArrayList<>();
    counts.forEach(
        (id, count) ->
            collaborations.add(
                new Collaboration(body, partners.get(id), count[0], count[1], count[2])));
    collaborations.sort(Comparator.comparingInt(Collaboration::shared).reversed());
    return ImmutableList.copyOf(collaborations);
  }

  /**
   * Returns every pair of bodies named in the same task, with how often; each pair once, the body
   * first seen first.
   *
   * @param catalog the catalog, for the bodies
   * @param measures the tasks
   * @return the pairs, most shared tasks first
   */
  public static ImmutableList<Collaboration> network(PlanCatalog catalog, List<Measure> measures) {
    List<Collaboration> pairs = new ArrayList<>();
    List<String> done = new ArrayList<>();
    for (Agency body : catalog.agencies()) {
      for (Collaboration c : of(measures, body)) {
        if (!done.contains(c.partner().id())) {
          pairs.add(c);
        }
      }
      done.add(body.id());
    }
    pairs.sort(Comparator.comparingInt(Collaboration::shared).reversed());
    return ImmutableList.copyOf(pairs);
  }
}
