package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ipplan.Agency;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.HostileCorpus.Case;
import io.github.ipplan.yaml.HostileCorpus.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile case ends as a catalog whose plans write back equal, or as a located {@link
 * PlanLoadException} with a short, printable message; never another exception, an {@link
 * OutOfMemoryError} (the module's tests run with {@code -Xmx256m}) or a hang. The timeout only
 * guards against hangs; the summary printed at the end gives the slowest case.
 */
class HostileInputTest {
  /** The longest message a refusal may have: values in it are cut to a bounded length. */
  private static final int LONGEST_MESSAGE = 1_500;

  private static final Map<String, Long> MILLIS = new ConcurrentHashMap<>();
  private static final Map<Outcome, Integer> OUTCOMES = new ConcurrentHashMap<>();

  @TempDir static Path directory;

  static List<Case> cases() {
    return HostileCorpus.write(directory);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hostileCase_endsAsItMust(Case hostile) {
    Outcome outcome =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> run(hostile),
            () -> hostile.name() + ": not decided in 60 s");
    OUTCOMES.merge(outcome, 1, Integer::sum);
    assertThat(outcome).as(hostile.name()).isEqualTo(hostile.outcome());
  }

  private static Outcome run(Case hostile) throws Exception {
    LoadOptions options = LoadOptions.defaults();
    if (hostile.registry() != null) {
      options = options.withRegistry(hostile.registry());
    }
    PlanCatalog catalog;
    long start = System.nanoTime();
    try {
      catalog =
          hostile.plan() == null
              ? PlanLoader.load(options)
              : PlanLoader.load(options, hostile.plan());
    } catch (PlanLoadException e) {
      MILLIS.put(hostile.name(), (System.nanoTime() - start) / 1_000_000);
      checkRefusal(hostile, e);
      return Outcome.REFUSED;
    }
    MILLIS.put(hostile.name(), (System.nanoTime() - start) / 1_000_000);
    for (Plan plan : catalog.plans()) {
      Path written =
          Files.writeString(directory.resolve("written.yaml"), PlanWriter.write(plan), UTF_8);
      assertThat(PlanLoader.load(options, written).plan(plan.id()))
          .as(hostile.name())
          .contains(plan);
    }
    if (hostile.registry() != null) {
      List<Agency> own =
          catalog
              .agencies()
              .subList(BundledPlans.load().agencies().size(), catalog.agencies().size());
      Path written =
          Files.writeString(
              directory.resolve("written-registry.yaml"), PlanWriter.writeRegistry(own), UTF_8);
      assertThat(PlanLoader.load(LoadOptions.defaults().withRegistry(written)).agencies())
          .as(hostile.name())
          .isEqualTo(catalog.agencies());
    }
    return Outcome.LOADS;
  }

  private static void checkRefusal(Case hostile, PlanLoadException e) {
    assertThat(e.source())
        .as(hostile.name())
        .isIn(String.valueOf(hostile.plan()), String.valueOf(hostile.registry()));
    assertThat(e.getMessage())
        .as(hostile.name())
        .startsWith(
            e.source()
                + ":"
                + e.line()
                + ":"
                + e.column()
                + ": "
                + e.problem()
                + ", at "
                + e.path());
    assertThat(e.path()).as(hostile.name()).startsWith("$");
    assertThat(e.problem()).as(hostile.name()).contains(hostile.expected());
    assertThat(e.getMessage().length())
        .as(hostile.name() + ": message length")
        .isLessThan(LONGEST_MESSAGE);
    assertThat(UTF_8.newEncoder().canEncode(e.getMessage()))
        .as(hostile.name() + ": message encodes as UTF-8: " + e.getMessage())
        .isTrue();
    if (hostile.outcome() == Outcome.LOADS) {
      fail(hostile.name() + " should load but was refused: " + e.getMessage());
    }
  }

  @AfterAll
  static void summary() {
    Map.Entry<String, Long> slowest =
        MILLIS.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(Map.entry("none", 0L));
    System.out.printf(
        "hostile: %d cases, %s; slowest to decide: %s in %d ms (max heap %d MiB)%n",
        MILLIS.size(),
        OUTCOMES,
        slowest.getKey(),
        slowest.getValue(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    MILLIS.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(8)
        .forEach(entry -> System.out.printf("  %6d ms  %s%n", entry.getValue(), entry.getKey()));
  }
}
