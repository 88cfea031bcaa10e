package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Agency;
import io.github.ipplan.PlanCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the bundled registry against the project's copy of the facts about each body. */
class RegistryTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();

  /** The rows of the national table of agencies.md: printed, full, English, abbreviation, kind. */
  private static List<List<String>> nationalRows() throws IOException {
    String text;
    try (InputStream in = RegistryTest.class.getResourceAsStream("/sources/agencies.md")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String table = text.substring(text.indexOf("## National plan"), text.indexOf("## Guangzhou"));
    List<List<String>> rows = new ArrayList<>();
    for (String line : table.lines().toList()) {
      if (line.startsWith("| ") && !line.startsWith("| printed")) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
          cells.add(cell.strip());
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  @Test
  void everyNationalBody_hasTheFactsOfItsRow() throws IOException {
    List<List<String>> rows = nationalRows();
    assertThat(rows).hasSize(40);
    for (List<String> row : rows) {
      Agency agency = CATALOG.agency(row.get(0)).orElseThrow(() -> new AssertionError(row.get(0)));
      assertThat(agency.name()).isEqualTo(row.get(0));
      assertThat(agency.fullName()).as(row.get(0)).isEqualTo(row.get(1));
      assertThat(agency.englishName()).as(row.get(0)).isEqualTo(row.get(2));
      assertThat(agency.abbreviation().orElse("")).as(row.get(0)).isEqualTo(row.get(3));
      assertThat(row.get(4)).as(row.get(0))
          .startsWith(Words.word(agency.kind()).replace('-', ' ')
              .replace("peoples", "people's").replace("under state council", "directly under the State Council")
              .replace("state council ministry", "State Council ministry"));
    }
  }

  @Test
  void theRegistry_holdsExactlyTheBodiesOfTheTable() throws IOException {
    assertThat(CATALOG.agencies()).extracting(Agency::name)
        .containsExactlyElementsOf(nationalRows().stream().map(row -> row.get(0)).toList());
  }

  @Test
  void cnipa_isFoundByEveryKindOfName() {
    Agency cnipa = CATALOG.agency("知识产权局").orElseThrow();
    for (String name : List.of("国家知识产权局", "CNIPA", "cnipa",
        "China National Intellectual Property Administration",
        "china national intellectual property administration")) {
      assertThat(CATALOG.agency(name)).as(name).contains(cnipa);
    }
  }
}
