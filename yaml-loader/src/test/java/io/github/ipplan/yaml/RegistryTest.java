package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Agency;
import io.github.ipplan.PlanCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks the bundled registry against the project's copy of the facts about each body. */
class RegistryTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();

  /** The rows of the national table of agencies.md: printed, full, English, abbreviation, kind. */
  private static List<List<String>> nationalRows() throws IOException {
    String text = facts();
    return rows(text.substring(text.indexOf("## National plan"), text.indexOf("## Guangzhou")));
  }

  /** The rows of the Guangzhou table of agencies.md: printed, full, English, kind. */
  private static List<List<String>> guangzhouRows() throws IOException {
    String text = facts();
    return rows(text.substring(text.indexOf("## Guangzhou")));
  }

  private static String facts() throws IOException {
    try (InputStream in = RegistryTest.class.getResourceAsStream("/sources/agencies.md")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<List<String>> rows(String table) {
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
      assertThat(agency.fullName()).as(row.get(0)).contains(row.get(1));
      assertThat(agency.englishName()).as(row.get(0)).isEqualTo(row.get(2));
      assertThat(agency.abbreviation().orElse("")).as(row.get(0)).isEqualTo(row.get(3));
      assertThat(row.get(4)).as(row.get(0))
          .startsWith(Words.word(agency.kind()).replace('-', ' ')
              .replace("peoples", "people's").replace("under state council", "directly under the State Council")
              .replace("state council ministry", "State Council ministry"));
    }
  }

  @Test
  void everyGuangzhouBody_hasTheFactsOfItsRow() throws IOException {
    List<List<String>> rows = guangzhouRows();
    assertThat(rows).hasSize(4);
    for (List<String> row : rows) {
      List<String> printed = List.of(row.get(0).split("; "));
      Agency agency = CATALOG.agency(printed.get(0)).orElseThrow(() -> new AssertionError(row.get(0)));
      assertThat(agency.printedNames()).as(row.get(0)).containsExactlyElementsOf(printed);
      if (row.get(1).startsWith("(none")) {
        assertThat(agency.fullName()).as(row.get(0)).isEmpty();
      } else {
        assertThat(agency.fullName()).as(row.get(0)).contains(row.get(1));
      }
      assertThat(agency.englishName()).as(row.get(0)).isEqualTo(row.get(2));
      assertThat(agency.englishNameDescriptive()).as(row.get(0)).isTrue();
      assertThat(row.get(3)).as(row.get(0)).startsWith(Words.word(agency.kind())
          .replace("-", " ").replace("non government organisation", "not a government body"));
    }
  }

  @Test
  void theRegistry_holdsTheBodiesOfBothTables_andTheSuccessorOfCbirc() throws IOException {
    List<String> expected = new ArrayList<>();
    nationalRows().forEach(row -> expected.add(row.get(0)));
    expected.add("金融监管总局");
    guangzhouRows().forEach(row -> expected.add(row.get(0).split("; ")[0]));

    assertThat(CATALOG.agencies()).extracting(Agency::name).containsExactlyElementsOf(expected);
  }

  @Test
  void cbirc_wasReplacedByNfra_asTheFactsSay() throws IOException {
    Agency cbirc = CATALOG.agency("银保监会").orElseThrow();
    Agency nfra = CATALOG.successor(cbirc).orElseThrow();
    String row = nationalRows().stream().filter(r -> r.get(0).equals("银保监会")).findFirst().orElseThrow().get(4);

    assertThat(row).contains("replaced in 2023 by " + nfra.fullName().orElseThrow()
        + " (" + nfra.englishName() + ", " + nfra.abbreviation().orElseThrow() + ")");
    assertThat(facts()).contains("(" + nfra.name() + ", ");
    assertThat(CATALOG.successor(nfra)).isEmpty();
  }

  @Test
  void laterEditionsNamesWithTheStatePrefix_findTheSameBodies() throws IOException {
    String text = facts();
    Matcher prefixed = Pattern.compile("国家\\s*prefix\\s*\\(([^)]+)\\)").matcher(text);
    assertThat(prefixed.find()).isTrue();
    List<String> names = List.of(prefixed.group(1).replaceAll("\\s+", "").split(","));

    assertThat(names).hasSize(5);
    for (String name : names) {
      Agency agency = CATALOG.agency(name).orElseThrow(() -> new AssertionError(name));
      assertThat(agency.printedNames()).as(name).containsExactly(name.substring(2), name);
    }
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
