package io.github.ipplan.cli.export;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The body × task matrix as CSV: one row per body, one column per task. */
public final class Csv {
  /** RFC 4180: comma-separated, CRLF after every row, fields quoted only where needed. */
  static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private Csv() {}

  /**
   * Returns the matrix of the plans' tasks that name a body: a header {@code body_id,body} and the
   * task ids, then one row per body of the catalog with {@code L} where it leads a task, {@code P}
   * where it takes part, and nothing where it is not named.
   *
   * @param catalog the catalog
   * @param plans the plans
   * @return the CSV text
   */
  public static String matrix(PlanCatalog catalog, List<Plan> plans) {
    List<Measure> tasks =
        plans.stream()
            .flatMap(p -> p.measures().stream())
            .filter(m -> !m.responsibilities().isEmpty())
            .toList();
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter printer = FORMAT.print(csv)) {
      List<String> header = new ArrayList<>(List.of("body_id", "body"));
      tasks.forEach(task -> header.add(task.id()));
      printer.printRecord(header);
      for (Agency agency : catalog.agencies()) {
        List<String> row = new ArrayList<>(List.of(agency.id(), agency.name()));
        for (Measure task : tasks) {
          row.add(
              task.responsibilities().stream()
                  .filter(r -> r.agency().equals(agency))
                  .map(r -> r.role() == Role.LEAD ? "L" : "P")
                  .findFirst()
                  .orElse(""));
        }
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write CSV to memory", e);
    }
    return csv.toString();
  }
}
