package io.github.ipplan.cli.export;

import io.github.ipplan.Agency;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import java.util.List;

/**
 * What one body does in one plan: how many tasks it leads, how many it takes part in without
 * leading, and how many indicators it reports.
 *
 * @param plan the plan
 * @param leads tasks the body leads
 * @param participates tasks the body takes part in without leading
 * @param reports indicators the body is the data source of
 */
public record PlanCounts(Plan plan, long leads, long participates, long reports) {
  /**
   * Returns the body's counts in every plan of the catalog, in catalog order.
   *
   * @param catalog the catalog
   * @param agency the body
   * @return the counts
   */
  public static List<PlanCounts> of(PlanCatalog catalog, Agency agency) {
    return catalog.plans().stream()
        .map(
            plan ->
                new PlanCounts(
                    plan,
                    catalog.measuresLedBy(agency).stream()
                        .filter(m -> m.planId().equals(plan.id()))
                        .count(),
                    catalog.measuresWithParticipant(agency).stream()
                        .filter(m -> m.planId().equals(plan.id()))
                        .count(),
                    catalog.indicatorsFromSource(agency).stream()
                        .filter(i -> i.planId().equals(plan.id()))
                        .count()))
        .toList();
  }
}
