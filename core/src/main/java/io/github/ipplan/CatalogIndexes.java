package io.github.ipplan;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.ipplan.internal.Quote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indexes of a {@link PlanCatalog} over its plans: plans by id, and tasks and indicators by
 * body. Built once, by the first query that needs them; immutable.
 */
final class CatalogIndexes {
  /** Checks that a plan names a body of the registry, and returns the body. */
  interface Registered {
    Agency check(Agency agency, Plan plan);
  }

  final ImmutableMap<String, Plan> plansById;
  final ImmutableListMultimap<String, Measure> led;
  final ImmutableListMultimap<String, Measure> participated;
  final ImmutableListMultimap<String, Measure> involving;
  final ImmutableListMultimap<String, Indicator> indicatorsBySource;

  /**
   * Indexes the plans, checking each body they name with {@code registered}.
   *
   * @throws IllegalArgumentException if two plans share an id, or as {@code registered} does
   */
  CatalogIndexes(List<Plan> plans, Registered registered) {
    Map<String, Plan> plansById = new LinkedHashMap<>();
    ImmutableListMultimap.Builder<String, Measure> led = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Measure> participated = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Measure> involving = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Indicator> indicatorsBySource =
        ImmutableListMultimap.builder();
    for (Plan plan : plans) {
      if (plansById.putIfAbsent(plan.id(), plan) != null) {
        throw new IllegalArgumentException("Two plans have the id " + Quote.of(plan.id()));
      }
      registered.check(plan.issuer(), plan);
      for (Agency addressee : plan.addressees()) {
        registered.check(addressee, plan);
      }
      for (Indicator indicator : plan.indicators()) {
        if (indicator.source().isPresent()) {
          indicatorsBySource.put(registered.check(indicator.source().get(), plan).id(), indicator);
        }
      }
      for (Measure measure : plan.measures()) {
        for (Responsibility responsibility : measure.responsibilities()) {
          String id = registered.check(responsibility.agency(), plan).id();
          (responsibility.role() == Role.LEAD ? led : participated).put(id, measure);
          involving.put(id, measure);
        }
      }
    }
    this.plansById = ImmutableMap.copyOf(plansById);
    this.led = led.build();
    this.participated = participated.build();
    this.involving = involving.build();
    this.indicatorsBySource = indicatorsBySource.build();
  }
}
