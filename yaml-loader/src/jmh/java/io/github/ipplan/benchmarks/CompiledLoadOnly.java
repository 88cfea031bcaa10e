package io.github.ipplan.benchmarks;

import io.github.ipplan.yaml.BundledPlans;

/**
 * Cold {@link BundledPlans#load()}: a JVM that loads the bundled catalog and prints how many plans
 * it holds. With the argument {@code leads}, it also answers the launcher's {@code leads 知识产权局}
 * query (the body's lead tasks), to time the first query's indexes.
 */
public final class CompiledLoadOnly {
  private CompiledLoadOnly() {}

  /**
   * Loads the catalog.
   *
   * @param args none, or {@code leads}
   */
  public static void main(String[] args) {
    var catalog = BundledPlans.load();
    if (args.length > 0 && args[0].equals("leads")) {
      var body = catalog.agency("知识产权局").orElseThrow();
      System.out.println(catalog.measuresLedBy(body).size() + " tasks");
    } else {
      System.out.println(catalog.plans().size() + " plans");
    }
  }
}
