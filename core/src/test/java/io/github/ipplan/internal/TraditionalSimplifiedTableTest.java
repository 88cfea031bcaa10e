package io.github.ipplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Checks the committed traditional-to-simplified table against the source it is made from: ICU4J's
 * {@code Traditional-Simplified} transform applied to every ideograph on its own.
 *
 * <p>To regenerate the table after an ICU4J upgrade, run this test with {@code
 * -Dipplan.regenerate=true}; it rewrites {@value #RESOURCE} under {@code core/src/main/resources}
 * and the diff shows what changed.
 */
class TraditionalSimplifiedTableTest {
  private static final String RESOURCE = "io/github/ipplan/internal/traditional-simplified.txt";

  /**
   * The blocks of CJK ideographs: extension A, unified, compatibility, and the supplementary
   * planes.
   */
  private static final int[][] IDEOGRAPHS = {
    {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x323AF}
  };

  /** Returns ICU4J's mapping of each ideograph that it maps to one other ideograph. */
  static SortedMap<Integer, Integer> icu() {
    Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
    SortedMap<Integer, Integer> mapping = new TreeMap<>();
    for (int[] block : IDEOGRAPHS) {
      for (int c = block[0]; c <= block[1]; c++) {
        if (!Character.isDefined(c) && !Character.isIdeographic(c)) {
          continue;
        }
        String traditional = new String(Character.toChars(c));
        String simplified = toSimplified.transliterate(traditional);
        if (simplified.codePointCount(0, simplified.length()) == 1
            && !simplified.equals(traditional)) {
          mapping.put(c, simplified.codePointAt(0));
        }
      }
    }
    return mapping;
  }

  /**
   * Returns the table: ICU4J's mapping made idempotent, so that a folded text folds to itself. Each
   * ideograph folds to the end of its chain of mappings; where ICU4J maps two ideographs to each
   * other (it maps {@code 苧} to {@code 苎} and {@code 苎} to {@code 苧}), the whole chain folds to the
   * lowest code point of the loop.
   */
  static String generate() {
    SortedMap<Integer, Integer> mapping = icu();
    StringBuilder table =
        new StringBuilder()
            .append("# Generated from ICU4J ")
            .append(VersionInfo.ICU_VERSION)
            .append(" Traditional-Simplified by TraditionalSimplifiedTableTest; do not edit.\n")
            .append("# Each line: a traditional ideograph, then the simplified one it folds to.\n");
    for (int c : mapping.keySet()) {
      int folded = canonical(mapping, c);
      if (folded != c) {
        table.appendCodePoint(c).appendCodePoint(folded).append('\n');
      }
    }
    return table.toString();
  }

  private static int canonical(Map<Integer, Integer> mapping, int c) {
    List<Integer> chain = new ArrayList<>();
    int at = c;
    while (mapping.containsKey(at) && !chain.contains(at)) {
      chain.add(at);
      at = mapping.get(at);
    }
    if (!chain.contains(at)) {
      return at; // the chain ends in an ideograph ICU4J leaves alone
    }
    return Collections.min(chain.subList(chain.indexOf(at), chain.size()));
  }

  @Test
  void committedTable_isWhatIcuMakes() throws IOException {
    String generated = generate();
    if (Boolean.getBoolean("ipplan.regenerate")) {
      Files.writeString(
          Path.of("src/main/resources").resolve(RESOURCE), generated, StandardCharsets.UTF_8);
    }
    String committed;
    try (InputStream in =
        TraditionalSimplified.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Compare the mappings, not the header, which names the ICU version.
    assertThat(body(committed)).isEqualTo(body(generated));
  }

  @Test
  void fold_putsEveryIdeographInTheClassIcuPutsItIn_andIsIdempotent() {
    for (Map.Entry<Integer, Integer> pair : icu().entrySet()) {
      int folded = TraditionalSimplified.fold(pair.getKey());
      assertThat(folded)
          .as("U+%04X", pair.getKey())
          .isEqualTo(TraditionalSimplified.fold(pair.getValue()));
      assertThat(TraditionalSimplified.fold(folded)).as("U+%04X", pair.getKey()).isEqualTo(folded);
    }
    assertThat(TraditionalSimplified.fold('苧')).isEqualTo('苎');
    assertThat(TraditionalSimplified.fold('見')).isEqualTo('见');
    assertThat(TraditionalSimplified.fold('见')).isEqualTo('见');
    assertThat(TraditionalSimplified.fold('A')).isEqualTo('A');
  }

  private static String body(String table) {
    return table.lines().filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
  }
}
