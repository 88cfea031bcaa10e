package io.github.ipplan.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.Sets;
import io.github.ipplan.Agency;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer over the bundled YAML files. Every mutated input must load into a
 * catalog that keeps its invariants, or fail with a {@link PlanLoadException}; nothing else, and
 * no hang. Each case has its own seed; a failure names it and the command that replays it:
 * {@code mvn -pl yaml-loader test -Dtest=LoaderFuzzTest -Dipplan.fuzz.seed=SEED -Dipplan.fuzz.cases=1}.
 */
class LoaderFuzzTest {
  private static final long SEED = Long.getLong("ipplan.fuzz.seed", 20211227L);
  private static final int CASES = Integer.getInteger("ipplan.fuzz.cases", 10_000);
  private static final List<String> TOKENS = List.of(": ", "- ", "-", "[", "]", "{", "}", ",",
      "&a ", "*a", "!!str ", "!!java.io.File ", "!x ", "? ", "|", ">", "'", "\"", "#", "%YAML 1.1\n",
      "---\n", "...\n", "\t", "\n", "  ", "~", "null", "on", "0x1F", "1_000", "2021-02-30", "-1",
      "99999999999", ".inf", "<<: *a\n", "\\u0000", "\u0000", "\u0085", "\uFEFF", "\uD800", "知识产权",
      "知识产权局", "CNIPA", "number", "text: ", "responsible: [", "assignment: by-duty",
      "open-ended: yes", "measures:\n  - number: 1\n");

  private final Registry registry = Loading.registry(List.of(), LoadOptions.defaults());
  private final List<Loading.Source> inputs = new ArrayList<>();

  LoaderFuzzTest() {
    BundledPlans.PLAN_RESOURCES.forEach(name -> inputs.add(Loading.resource(name)));
    inputs.add(Loading.resource(Loading.REGISTRY_RESOURCE));
  }

  @Test
  void mutatedInputs_loadValidly_orFailWithAPlanLoadException() {
    int[] outcomes = new int[2];
    long start = System.nanoTime();
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      for (int i = 0; i < CASES; i++) {
        long seed = SEED + i;
        if (run(seed)) {
          outcomes[0]++;
        } else {
          outcomes[1]++;
        }
      }
    }, () -> "the fuzzer did not finish in 2 minutes; base seed " + SEED);
    System.out.printf("fuzz: %d cases from seed %d in %.1f s: %d loaded, %d rejected%n", CASES, SEED,
        (System.nanoTime() - start) / 1e9, outcomes[0], outcomes[1]);
    assertThat(outcomes[0] + outcomes[1]).isEqualTo(CASES);
    if (CASES >= 1000) {
      assertThat(outcomes[1]).as("mutations that were rejected").isGreaterThan(CASES / 10);
    }
  }

  /** Runs one case; true if the input loaded, false if it was rejected. */
  private boolean run(long seed) {
    Random random = new Random(seed);
    Loading.Source input = inputs.get(random.nextInt(inputs.size()));
    String text = new String(input.bytes(), UTF_8);
    for (int m = 0; m <= random.nextInt(3); m++) {
      text = mutate(text, random);
    }
    byte[] bytes = random.nextInt(20) == 0 ? flipByte(text.getBytes(UTF_8), random) : text.getBytes(UTF_8);
    Loading.Source source = new Loading.Source("fuzz-" + seed + ".yaml", bytes, false);
    long caseStart = System.nanoTime();
    try {
      if (input.name().equals(Loading.REGISTRY_RESOURCE)) {
        Registry read = Registry.empty().plus(YamlDocument.compose(source.name(), bytes, LoadOptions.defaults()));
        assertThat(read.agencies()).isNotNull();
      } else {
        checkInvariants(Loading.catalog(registry, List.of(source), LoadOptions.defaults()), seed);
      }
      return true;
    } catch (PlanLoadException e) {
      if (e.line() < 0 || e.column() < 0 || !e.getMessage().startsWith(source.name() + ":")
          || !e.path().startsWith("$")) {
        fail(replay(seed) + ": badly located error: " + e.getMessage());
      }
      return false;
    } catch (Throwable e) {
      throw new AssertionError(replay(seed) + ": " + e, e);
    } finally {
      long millis = (System.nanoTime() - caseStart) / 1_000_000;
      if (millis > 5_000) {
        fail(replay(seed) + ": took " + millis + " ms");
      }
    }
  }

  private void checkInvariants(PlanCatalog catalog, long seed) {
    for (Agency agency : catalog.agencies()) {
      Set<?> led = Set.copyOf(catalog.measuresLedBy(agency));
      Set<?> participated = Set.copyOf(catalog.measuresWithParticipant(agency));
      assertThat(Sets.intersection(led, participated)).as(replay(seed)).isEmpty();
      assertThat(Sets.union(led, participated)).as(replay(seed))
          .isEqualTo(Set.copyOf(catalog.measuresInvolving(agency)));
    }
    for (Plan plan : catalog.plans()) {
      String written = PlanWriter.write(plan);
      Plan again = Loading.catalog(registry,
          List.of(new Loading.Source("rewritten.yaml", written.getBytes(UTF_8), false)),
          LoadOptions.defaults()).plans().get(0);
      assertThat(again).as(replay(seed) + ": written and loaded again").isEqualTo(plan);
    }
  }

  private static String mutate(String text, Random random) {
    if (text.isEmpty()) {
      return TOKENS.get(random.nextInt(TOKENS.size()));
    }
    int at = random.nextInt(text.length());
    List<String> lines = List.of(text.split("\n", -1));
    switch (random.nextInt(8)) {
      case 0: // insert a token
        return text.substring(0, at) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(at);
      case 1: // delete a span
        return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(40)));
      case 2: { // duplicate a line
        List<String> copy = new ArrayList<>(lines);
        int line = random.nextInt(copy.size());
        copy.add(line, copy.get(line));
        return String.join("\n", copy);
      }
      case 3: { // swap two lines
        List<String> copy = new ArrayList<>(lines);
        int a = random.nextInt(copy.size());
        int b = random.nextInt(copy.size());
        String line = copy.get(a);
        copy.set(a, copy.get(b));
        copy.set(b, line);
        return String.join("\n", copy);
      }
      case 4: { // re-indent a line
        List<String> copy = new ArrayList<>(lines);
        int line = random.nextInt(copy.size());
        copy.set(line, random.nextBoolean() ? "  " + copy.get(line) : copy.get(line).replaceFirst("^ {1,2}", ""));
        return String.join("\n", copy);
      }
      case 5: // truncate
        return text.substring(0, at);
      case 6: { // replace a value with a token
        int colon = text.indexOf(": ", at);
        int end = colon < 0 ? -1 : text.indexOf('\n', colon);
        return colon < 0 || end < 0 ? text
            : text.substring(0, colon + 2) + TOKENS.get(random.nextInt(TOKENS.size())) + text.substring(end);
      }
      default: // replace a character
        return text.substring(0, at) + (char) random.nextInt(0x10000) + text.substring(at + 1);
    }
  }

  private static byte[] flipByte(byte[] bytes, Random random) {
    if (bytes.length == 0) {
      return bytes;
    }
    byte[] copy = bytes.clone();
    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
    return copy;
  }

  private static String replay(long seed) {
    return "fuzz case seed " + seed + " (replay: mvn -pl yaml-loader test -Dtest=LoaderFuzzTest"
        + " -Dipplan.fuzz.seed=" + seed + " -Dipplan.fuzz.cases=1)";
  }
}
