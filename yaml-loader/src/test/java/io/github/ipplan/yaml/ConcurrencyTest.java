package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.PlanText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public entry point gives, from 8 threads at once, exactly what it gives from one: each
 * result is compared with a reference computed first on a single thread.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 25;

  @TempDir Path directory;

  /** What one thread computes in one round, as text that is equal exactly when the results are. */
  private static List<String> results(PlanCatalog shared, Path sample) throws Exception {
    List<String> results = new ArrayList<>();
    PlanCatalog loaded = BundledPlans.load();
    results.add(
        loaded.plans().toString() + loaded.plans().hashCode() + loaded.agencies().hashCode());
    results.add(String.valueOf(loaded.plans().equals(shared.plans())));
    PlanCatalog own = PlanLoader.load(LoadOptions.defaults().withBundledPlans(true), sample);
    results.add(String.valueOf(own.plans().hashCode()));
    for (Plan plan : shared.plans()) {
      results.add(PlanWriter.write(plan));
      results.add(PlanText.render(plan));
    }
    results.add(PlanWriter.writeRegistry(shared.agencies()));
    for (Agency agency : shared.agencies()) {
      results.add(
          agency.id()
              + ids(shared.measuresLedBy(agency))
              + ids(shared.measuresWithParticipant(agency))
              + ids(shared.measuresInvolving(agency))
              + shared.indicatorsFromSource(agency)
              + shared.agency(agency.name()).map(Agency::id)
              + shared.successor(agency).map(Agency::id));
    }
    results.add(ids(shared.measuresContaining("展会")) + shared.projectsContaining("知识产权"));
    return results;
  }

  private static String ids(List<Measure> measures) {
    StringBuilder ids = new StringBuilder("[");
    for (Measure measure : measures) {
      ids.append(measure.id())
          .append(' ')
          .append(measure.lead().map(Agency::id))
          .append(measure.participants().size())
          .append(',');
    }
    return ids.append(']').toString();
  }

  @Test
  void publicEntryPoints_giveFromEightThreadsWhatTheyGiveFromOne() throws Exception {
    Path sample =
        Files.writeString(
            directory.resolve("sample.yaml"),
            new String(
                PlanLoaderTest.class.getResourceAsStream("/valid/small-plan.yaml").readAllBytes(),
                UTF_8));
    PlanCatalog shared = BundledPlans.load();
    List<String> reference = results(shared, sample);
    AtomicInteger compared = new AtomicInteger();
    AtomicInteger differing = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> failures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<String>> worker =
            () -> {
              start.await();
              List<String> problems = new ArrayList<>();
              for (int round = 0; round < ROUNDS; round++) {
                List<String> results = results(shared, sample);
                for (int i = 0; i < reference.size(); i++) {
                  compared.incrementAndGet();
                  if (!results.get(i).equals(reference.get(i))) {
                    differing.incrementAndGet();
                    problems.add("round " + round + ", result " + i + " differs");
                  }
                }
              }
              return problems;
            };
        failures.add(pool.submit(worker));
      }
      start.countDown();
      List<String> problems = new ArrayList<>();
      assertTimeoutPreemptively(
          Duration.ofMinutes(5),
          () -> {
            for (Future<List<String>> future : failures) {
              problems.addAll(future.get());
            }
          });
      System.out.printf(
          "concurrency: %d threads x %d rounds, %d results compared, %d differ%n",
          THREADS, ROUNDS, compared.get(), differing.get());
      assertThat(problems).isEmpty();
      assertThat(compared.get()).isEqualTo(THREADS * ROUNDS * reference.size());
    } finally {
      pool.shutdownNow();
    }
  }
}
