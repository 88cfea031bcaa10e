package io.github.ipplan.cli;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Loads the plans on a daemon thread of its own, so that the loading overlaps other work, and
 * supplies them once loaded.
 *
 * <p>The classes here are written out, without lambdas: the first lambda a JVM meets costs it the
 * start of its lambda machinery, and the thread that starts the command line should not pay that
 * before the loading has even begun.
 */
final class BackgroundLoad implements Supplier<PlanCatalog> {
  private final FutureTask<PlanCatalog> loading;

  private BackgroundLoad(FutureTask<PlanCatalog> loading) {
    this.loading = loading;
  }

  /** Starts loading the bundled plans. */
  static Supplier<PlanCatalog> bundled() {
    return start(new Bundled());
  }

  /**
   * Starts loading and returns what waits for the result: the catalog once loaded, or an {@link
   * IllegalStateException} whose cause is what the loading threw.
   */
  static Supplier<PlanCatalog> start(Callable<PlanCatalog> load) {
    FutureTask<PlanCatalog> loading = new FutureTask<>(load);
    Thread loader = new Thread(loading, "ipplan-load");
    loader.setDaemon(true);
    loader.start();
    return new BackgroundLoad(loading);
  }

  @Override
  public PlanCatalog get() {
    try {
      return loading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while loading the plans", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot load the bundled plans", e.getCause());
    }
  }

  /** The bundled plans. */
  private static final class Bundled implements Callable<PlanCatalog> {
    @Override
    public PlanCatalog call() {
      return BundledPlans.load();
    }
  }
}
