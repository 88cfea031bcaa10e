package io.github.ipplan.benchmarks;

import io.github.ipplan.yaml.BundledPlans;

/** A JVM that loads the bundled plans with ipplan and exits: cold first load. */
public final class LoadOnly {
  private LoadOnly() {}

  /**
   * Loads the bundled plans and prints how many there are.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    System.out.println(BundledPlans.load().plans().size() + " plans");
  }
}
