package io.github.ipplan.cli;

import io.github.ipplan.PlanCatalog;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/** Loads the plans on a daemon thread of its own, so that the loading overlaps other work. */
final class BackgroundLoad {
  private BackgroundLoad() {}

  /**
   * Starts loading and returns what waits for the result: the catalog once loaded, or an {@link
   * IllegalStateException} whose cause is what the loading threw.
   */
  static Supplier<PlanCatalog> start(Callable<PlanCatalog> load) {
    FutureTask<PlanCatalog> loading = new FutureTask<>(load);
    Thread loader = new Thread(loading, "ipplan-load");
    loader.setDaemon(true);
    loader.start();
    return () -> {
      try {
        return loading.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while loading the plans", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("Cannot load the bundled plans", e.getCause());
      }
    };
  }
}
