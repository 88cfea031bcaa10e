package io.github.ipplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BackgroundLoadTest {
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
}
