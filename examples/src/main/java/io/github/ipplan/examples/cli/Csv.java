package io.github.ipplan.examples.cli;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Role;
import java.util.List;

/** The body × task matrix as CSV (RFC 4180): one row per body, one column per task. */
final class Csv {
  private Csv() {}

  /**
   * Returns the matrix of the plans' tasks that name a body: a header {@code body_id,body} and
   * the task ids, then one row per body of the catalog with {@code L} where it leads a task,
   * {@code P} where it takes part, and nothing where it is not named.
   */
  static String matrix(PlanCatalog catalog, List<Plan> plans) {
    List<Measure> tasks = plans.stream().flatMap(p -> p.measures().stream())
        .filter(m -> !m.responsibilities().isEmpty()).toList();
    StringBuilder csv = new StringBuilder("body_id,body");
    tasks.forEach(task -> csv.append(',').append(task.id()));
    csv.append("\r\n");
    for (Agency agency : catalog.agencies()) {
      csv.append(field(agency.id())).append(',').append(field(agency.name()));
      for (Measure task : tasks) {
        csv.append(',').append(task.responsibilities().stream()
            .filter(r -> r.agency().equals(agency))
            .map(r -> r.role() == Role.LEAD ? "L" : "P").findFirst().orElse(""));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  /** A CSV field, quoted where RFC 4180 requires it. */
  private static String field(String value) {
    return value.matches("[^,\"\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
