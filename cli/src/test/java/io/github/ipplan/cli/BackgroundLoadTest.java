package io.github.ipplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BackgroundLoadTest {
  @Test
  void bundled_suppliesTheBundledPlans() {
    PlanCatalog loaded = BackgroundLoad.bundled().get();

    assertThat(loaded.plans()).isEqualTo(BundledPlans.load().plans());
    assertThat(loaded.agencies()).isEqualTo(BundledPlans.load().agencies());
  }

  @Test
  void start_suppliesTheLoadedCatalog_everyTimeTheSame() {
    PlanCatalog catalog = BundledPlans.load();

    Supplier<PlanCatalog> loaded = BackgroundLoad.start(() -> catalog);

    assertThat(loaded.get()).isSameAs(catalog);
    assertThat(loaded.get()).isSameAs(catalog);
  }

  @Test
  void start_reportsAFailedLoad_withWhatTheLoadThrewAsCause() {
    UncheckedIOException failure = new UncheckedIOException(new IOException("disk gone"));

    Supplier<PlanCatalog> loaded =
        BackgroundLoad.start(
            () -> {
              throw failure;
            });

    assertThatThrownBy(loaded::get)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot load the bundled plans")
        .hasCause(failure);
  }

  @Test
  void start_loadsOnADaemonThread_soThatLoadingNeverKeepsTheProcessAlive() throws Exception {
    PlanCatalog catalog = BundledPlans.load();
    CompletableFuture<Thread> loader = new CompletableFuture<>();
    CompletableFuture<PlanCatalog> result = new CompletableFuture<>();
    // A thread is a daemon if the thread that creates it is one: start from one that is not.
    Thread main =
        new Thread(
            () ->
                result.complete(
                    BackgroundLoad.start(
                            () -> {
                              loader.complete(Thread.currentThread());
                              return catalog;
                            })
                        .get()));
    main.setDaemon(false);
    main.start();
    main.join();

    assertThat(result.join()).isSameAs(catalog);
    assertThat(loader.join()).isNotSameAs(main);
    assertThat(loader.join().isDaemon()).isTrue();
  }

  @Test
  void start_whenTheWaitIsInterrupted_saysSo_andKeepsTheThreadInterrupted() {
    CountDownLatch release = new CountDownLatch(1);
    Supplier<PlanCatalog> loaded =
        BackgroundLoad.start(
            () -> {
              release.await();
              return BundledPlans.load();
            });
    try {
      Thread.currentThread().interrupt();

      assertThatThrownBy(loaded::get)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Interrupted while loading the plans")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.interrupted()).isTrue();
    } finally {
      Thread.interrupted();
      release.countDown();
    }
  }
}
