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
 * catalog that keeps its invariants and writes back equal, or fail with a located {@link
 * PlanLoadException} whose message is short and printable; nothing else, and no hang. Besides
 * token-level edits, the mutations build the structures hostile files use: alias amplification,
 * look-alike body names, duplicate headings, escapes and huge single lines. Each case has its own
 * seed; a failure names it and the command that replays it: {@code mvn -pl yaml-loader test
 * -Dtest=LoaderFuzzTest -Dipplan.fuzz.seed=SEED -Dipplan.fuzz.cases=1}.
 */
class LoaderFuzzTest {
  private static final long SEED = Long.getLong("ipplan.fuzz.seed", 20211227L);
  private static final int CASES = Integer.getInteger("ipplan.fuzz.cases", 10_000);
  private static final List<String> TOKENS =
      List.of(
          ": ",
          "- ",
          "-",
          "[",
          "]",
          "{",
          "}",
          ",",
          "&a ",
          "*a",
          "!!str ",
          "!!java.io.File ",
          "!x ",
          "? ",
          "|",
          ">",
          "'",
          "\"",
          "#",
          "%YAML 1.1\n",
          "---\n",
          "...\n",
          "\t",
          "\n",
          "  ",
          "~",
          "null",
          "on",
          "0x1F",
          "1_000",
          "2021-02-30",
          "-1",
          "99999999999",
          ".inf",
          "<<: *a\n",
          "\\u0000",
          "\u0000",
          "\u0085",
          "\uFEFF",
          "\uD800",
          "知识产权",
          "知识产权局",
          "CNIPA",
          "number",
          "text: ",
          "responsible: [",
          "assignment: by-duty",
          "open-ended: yes",
          "measures:\n  - number: 1\n");

  /** Names the bundled files hold, each with a name that looks alike but is not written so. */
  private static final List<List<String>> LOOK_ALIKES =
      List.of(
          List.of("知识产权局", "知识产权局\u200B"),
          List.of("知识产权局", "知识产权\u200B局"),
          List.of("知识产权局", "知识产权局\uFEFF"),
          List.of("科技部", "科技部\u2060"),
          List.of("CNIPA", "ＣＮＩＰＡ"),
          List.of("CNIPA", "cnipa"),
          List.of("CNIPA", "Cnipa"),
          List.of("市场监管总局", "市场监管总局\u00AD"),
          List.of("cnipa", "ｃｎｉｐａ"));

  private static final List<String> ESCAPES =
      List.of(
          "\\0",
          "\\x80",
          "\\e",
          "\\uFFFE",
          "\\uFDD0",
          "\\uD800",
          "\\U0001FFFF",
          "\\N",
          "\\u200B",
          "\\u00A0",
          "\\t",
          "\\u3000",
          "\\\\",
          "\\\"");

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
    assertTimeoutPreemptively(
        // A guard against a hang, not a timing: a machine busy with other builds is slow.
        Duration.ofMinutes(4),
        () -> {
          for (int i = 0; i < CASES; i++) {
            long seed = SEED + i;
            if (run(seed)) {
              outcomes[0]++;
            } else {
              outcomes[1]++;
            }
          }
        },
        () -> "the fuzzer did not finish in 4 minutes; base seed " + SEED);
    System.out.printf(
        "fuzz: %d cases from seed %d in %.1f s: %d loaded, %d rejected%n",
        CASES, SEED, (System.nanoTime() - start) / 1e9, outcomes[0], outcomes[1]);
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
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      text = mutate(text, random);
    }
    byte[] bytes =
        random.nextInt(20) == 0 ? flipByte(text.getBytes(UTF_8), random) : text.getBytes(UTF_8);
    Loading.Source source = new Loading.Source("fuzz-" + seed + ".yaml", bytes, false);
    long caseStart = System.nanoTime();
    try {
      if (input.name().equals(Loading.REGISTRY_RESOURCE)) {
        Registry read =
            Registry.empty()
                .plus(YamlDocument.compose(source.name(), bytes, LoadOptions.defaults()));
        String written = PlanWriter.writeRegistry(read.agencies());
        assertThat(
                Registry.empty()
                    .plus(
                        YamlDocument.compose(
                            "rewritten.yaml", written.getBytes(UTF_8), LoadOptions.defaults()))
                    .agencies())
            .as(replay(seed) + ": registry written and loaded again")
            .isEqualTo(read.agencies());
      } else {
        checkInvariants(Loading.catalog(registry, List.of(source), LoadOptions.defaults()), seed);
      }
      return true;
    } catch (PlanLoadException e) {
      String place = source.name() + ":" + e.line() + ":" + e.column() + ": ";
      if (!e.getMessage().startsWith(place + e.problem() + ", at " + e.path())
          || !e.path().startsWith("$")
          || e.line() > lines(bytes)) {
        fail(replay(seed) + ": badly located error: " + e.getMessage());
      }
      if (e.getMessage().length() > 1_500 || !UTF_8.newEncoder().canEncode(e.getMessage())) {
        fail(replay(seed) + ": a message too long or not printable: " + e.getMessage());
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
      assertThat(Sets.union(led, participated))
          .as(replay(seed))
          .isEqualTo(Set.copyOf(catalog.measuresInvolving(agency)));
    }
    for (Plan plan : catalog.plans()) {
      String written = PlanWriter.write(plan);
      Plan again =
          Loading.catalog(
                  registry,
                  List.of(new Loading.Source("rewritten.yaml", written.getBytes(UTF_8), false)),
                  LoadOptions.defaults())
              .plans()
              .get(0);
      assertThat(again).as(replay(seed) + ": written and loaded again").isEqualTo(plan);
    }
  }

  private static int lines(byte[] bytes) {
    int lines = 1;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static String mutate(String text, Random random) {
    if (text.isEmpty()) {
      return TOKENS.get(random.nextInt(TOKENS.size()));
    }
    int at = random.nextInt(text.length());
    List<String> lines = List.of(text.split("\n", -1));
    switch (random.nextInt(13)) {
      case 8: // alias amplification: anchor a value, then alias it in many places
        return amplify(lines, random);
      case 9:
        { // a body name replaced by one that looks alike
          List<String> pair = LOOK_ALIKES.get(random.nextInt(LOOK_ALIKES.size()));
          int place = text.indexOf(pair.get(0), at);
          return place < 0
              ? text
              : text.substring(0, place)
                  + pair.get(1)
                  + text.substring(place + pair.get(0).length());
        }
      case 10:
        { // a heading block copied after itself: the same numeral twice
          int start = text.indexOf("\n  - numeral:", at);
          int end = start < 0 ? -1 : text.indexOf("\n  - numeral:", start + 1);
          return end < 0
              ? text
              : text.substring(0, end) + text.substring(start, end) + text.substring(end);
        }
      case 11:
        { // a value replaced by a double-quoted escape
          int colon = text.indexOf(": ", at);
          int end = colon < 0 ? -1 : text.indexOf('\n', colon);
          String escape = ESCAPES.get(random.nextInt(ESCAPES.size()));
          return colon < 0 || end < 0
              ? text
              : text.substring(0, colon + 2) + "\"x" + escape + "y\"" + text.substring(end);
        }
      case 12:
        { // a huge single line
          int colon = text.indexOf(": ", at);
          int end = colon < 0 ? -1 : text.indexOf('\n', colon);
          int length = random.nextInt(10) == 0 ? 1_000_000 : 60_000 + random.nextInt(10_000);
          return colon < 0 || end < 0
              ? text
              : text.substring(0, colon + 2) + "长".repeat(length) + text.substring(end);
        }
      case 0: // insert a token
        return text.substring(0, at)
            + TOKENS.get(random.nextInt(TOKENS.size()))
            + text.substring(at);
      case 1: // delete a span
        return text.substring(0, at)
            + text.substring(Math.min(text.length(), at + 1 + random.nextInt(40)));
      case 2:
        { // duplicate a line
          List<String> copy = new ArrayList<>(lines);
          int line = random.nextInt(copy.size());
          copy.add(line, copy.get(line));
          return String.join("\n", copy);
        }
      case 3:
        { // swap two lines
          List<String> copy = new ArrayList<>(lines);
          int a = random.nextInt(copy.size());
          int b = random.nextInt(copy.size());
          String line = copy.get(a);
          copy.set(a, copy.get(b));
          copy.set(b, line);
          return String.join("\n", copy);
        }
      case 4:
        { // re-indent a line
          List<String> copy = new ArrayList<>(lines);
          int line = random.nextInt(copy.size());
          copy.set(
              line,
              random.nextBoolean()
                  ? "  " + copy.get(line)
                  : copy.get(line).replaceFirst("^ {1,2}", ""));
          return String.join("\n", copy);
        }
      case 5: // truncate
        return text.substring(0, at);
      case 6:
        { // replace a value with a token
          int colon = text.indexOf(": ", at);
          int end = colon < 0 ? -1 : text.indexOf('\n', colon);
          return colon < 0 || end < 0
              ? text
              : text.substring(0, colon + 2)
                  + TOKENS.get(random.nextInt(TOKENS.size()))
                  + text.substring(end);
        }
      default: // replace a character
        return text.substring(0, at) + (char) random.nextInt(0x10000) + text.substring(at + 1);
    }
  }

  /** Anchors the value of one line and aliases it from up to 60 later lines with values. */
  private static String amplify(List<String> lines, Random random) {
    List<String> copy = new ArrayList<>(lines);
    int first = random.nextInt(copy.size());
    int colon = copy.get(first).indexOf(": ");
    if (colon < 0) {
      return String.join("\n", copy);
    }
    copy.set(
        first,
        copy.get(first).substring(0, colon + 2) + "&amp " + copy.get(first).substring(colon + 2));
    int aliases = 1 + random.nextInt(60);
    for (int i = first + 1; i < copy.size() && aliases > 0; i++) {
      int other = copy.get(i).indexOf(": ");
      if (other >= 0 && random.nextInt(3) == 0) {
        copy.set(i, copy.get(i).substring(0, other + 2) + "*amp");
        aliases--;
      }
    }
    return String.join("\n", copy);
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
    return "fuzz case seed "
        + seed
        + " (replay: mvn -pl yaml-loader test -Dtest=LoaderFuzzTest"
        + " -Dipplan.fuzz.seed="
        + seed
        + " -Dipplan.fuzz.cases=1)";
  }
}
