package io.github.ipplan.cli.export;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * One body with how many tasks it leads, how many it takes part in without leading, and how many
 * indicators it reports, in the plans a listing keeps to.
 *
 * @param agency the body
 * @param leads tasks the body leads
 * @param participates tasks the body takes part in without leading
 * @param reports indicators the body is the data source of
 */
public record BodyCounts(Agency agency, long leads, long participates, long reports) {
  /**
   * Returns the rows of the {@code bodies} listing, in registry order: every body where the listing
   * is over every plan, else the bodies the plans count or name (as issuer or addressee).
   *
   * @param catalog the catalog
   * @param plans the plans to count in
   * @param every whether the listing is over every plan, and so lists every body
   * @return one row per body listed
   */
  public static List<BodyCounts> of(PlanCatalog catalog, List<Plan> plans, boolean every) {
    List<String> ids = plans.stream().map(Plan::id).toList();
    List<BodyCounts> rows = new ArrayList<>();
    for (Agency agency : catalog.agencies()) {
      long leads =
          catalog.measuresLedBy(agency).stream().map(Measure::planId).filter(ids::contains).count();
      long participates =
          catalog.measuresWithParticipant(agency).stream()
              .map(Measure::planId)
              .filter(ids::contains)
              .count();
      long reports =
          catalog.indicatorsFromSource(agency).stream()
              .filter(i -> ids.contains(i.planId()))
              .count();
      boolean named =
          plans.stream()
              .anyMatch(plan -> plan.issuer().equals(agency) || plan.addressees().contains(agency));
      if (every || leads + participates + reports > 0 || named) {
        rows.add(new BodyCounts(agency, leads, participates, reports));
      }
    }
    return rows;
  }
}
