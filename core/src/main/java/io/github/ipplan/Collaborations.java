package io.github.ipplan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMultiset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which bodies share tasks (measures), how often, and who leads them, over the plans of a {@link
 * PlanCatalog#collaborations(java.util.function.Predicate) query}: every pair of bodies named in
 * the same task, each body's partners, and how many tasks each body leads and joins. A body that
 * leads its tasks alone has no partner but still counts its tasks. Instances are immutable and
 * thread-safe.
 */
public final class Collaborations {
  private final ImmutableList<Agency> bodies;
  private final ImmutableListMultimap<String, Collaboration> partners;
  private final ImmutableList<Collaboration> pairs;
  private final ImmutableMultiset<String> led;
  private final ImmutableMultiset<String> joined;

  Collaborations(List<Agency> registry, List<Measure> tasks) {
    Set<Agency> named = new HashSet<>();
    ImmutableMultiset.Builder<String> led = ImmutableMultiset.builder();
    ImmutableMultiset.Builder<String> joined = ImmutableMultiset.builder();
    for (Measure task : tasks) {
      for (Responsibility responsibility : task.responsibilities()) {
        named.add(responsibility.agency());
        (responsibility.role() == Role.LEAD ? led : joined).add(responsibility.agency().id());
      }
    }
    this.bodies = ImmutableList.copyOf(registry.stream().filter(named::contains).toList());
    this.led = led.build();
    this.joined = joined.build();
    ImmutableListMultimap.Builder<String, Collaboration> partners = ImmutableListMultimap.builder();
    List<Collaboration> pairs = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (Agency body : bodies) {
      List<Collaboration> of = partnersIn(tasks, body);
      partners.putAll(body.id(), of);
      of.stream().filter(c -> !done.contains(c.partner().id())).forEach(pairs::add);
      done.add(body.id());
    }
    pairs.sort(Comparator.comparingInt(Collaboration::shared).reversed());
    this.partners = partners.build();
    this.pairs = ImmutableList.copyOf(pairs);
  }

  /** The body's partners in the tasks, most shared first, ties in the order first named. */
  private static List<Collaboration> partnersIn(List<Measure> tasks, Agency body) {
    Map<Agency, int[]> counts = new LinkedHashMap<>();
    for (Measure task : tasks) {
      if (!task.agencies().contains(body)) {
        continue;
      }
      Agency lead = task.lead().orElseThrow();
      for (Agency partner : task.agencies()) {
        if (!partner.equals(body)) {
          int[] count = counts.computeIfAbsent(partner, p -> new int[3]);
          count[0]++;
          count[1] += lead.equals(body) ? 1 : 0;
          count[2] += lead.equals(partner) ? 1 : 0;
        }
      }
    }
    List<Collaboration> found = new ArrayList<>();
    counts.forEach((p, c) -> found.add(Collaboration.of(body, p, c[0], c[1], c[2])));
    found.sort(Comparator.comparingInt(Collaboration::shared).reversed());
    return found;
  }

  /**
   * Returns the bodies named in some task, as lead or participant, in registry order.
   *
   * @return the bodies, possibly empty
   */
  public ImmutableList<Agency> bodies() {
    return bodies;
  }

  /**
   * Returns every pair of bodies named in the same task, each pair once: most shared tasks first,
   * then in registry order of the pair's first body, then as {@link #partners(Agency)} orders the
   * first body's partners. The first body of a pair comes first in the registry.
   *
   * @return the pairs, possibly empty
   */
  public ImmutableList<Collaboration> pairs() {
    return pairs;
  }

  /**
   * Returns the bodies that share a task with the given one, each as a collaboration whose {@link
   * Collaboration#body() body} is the given one: most shared tasks first, ties in the order the
   * tasks first name them.
   *
   * @param body a body
   * @return its partners, possibly empty
   */
  public ImmutableList<Collaboration> partners(Agency body) {
    return partners.get(checkNotNull(body, "body").id());
  }

  /**
   * Returns how many tasks the body leads: those that print it first, or alone.
   *
   * @param body a body
   * @return the number of tasks led
   */
  public int tasksLed(Agency body) {
    return led.count(checkNotNull(body, "body").id());
  }

  /**
   * Returns how many tasks the body joins without leading: those that print it after the first
   * body.
   *
   * @param body a body
   * @return the number of tasks joined
   */
  public int tasksJoined(Agency body) {
    return joined.count(checkNotNull(body, "body").id());
  }

  @Override
  public String toString() {
    return "Collaborations{" + bodies.size() + " bodies, " + pairs.size() + " pairs}";
  }
}
