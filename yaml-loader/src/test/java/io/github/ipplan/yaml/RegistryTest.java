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
    return rows(
        text.substring(text.indexOf("## National plan"), text.indexOf("## Later editions")));
  }

  /** The rows of the Guangzhou table of agencies.md: printed, full, English, abbreviation, kind. */
  private static List<List<String>> guangzhouRows() throws IOException {
    String text = facts();
    return rows(text.substring(text.indexOf("## Guangzhou"), text.indexOf("## Sources")));
  }

  private static final String DESCRIPTIVE = " *(descriptive)*";

  /** An English name cell without its mark. */
  private static String english(String cell) {
    return cell.endsWith(DESCRIPTIVE)
        ? cell.substring(0, cell.length() - DESCRIPTIVE.length())
        : cell;
  }

  /**
   * The remark after a kind in a kind cell, in parentheses or after a semicolon; empty where none.
   */
  private static String remark(String kindCell) {
    int open = kindCell.indexOf(" (");
    int semicolon = kindCell.indexOf("; ");
    if (open >= 0 && (semicolon < 0 || open < semicolon)) {
      return kindCell.substring(open + 2, kindCell.lastIndexOf(')'));
    }
    return semicolon < 0 ? "" : kindCell.substring(semicolon + 2);
  }

  private static List<String> row(List<List<String>> rows, String printed) {
    return rows.stream().filter(r -> r.get(0).equals(printed)).findFirst().orElseThrow();
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
      assertThat(agency.englishName()).as(row.get(0)).isEqualTo(english(row.get(2)));
      assertThat(agency.englishNameDescriptive())
          .as("%s is descriptive", row.get(0))
          .isEqualTo(row.get(2).endsWith(DESCRIPTIVE));
      assertThat(agency.abbreviation().orElse("")).as(row.get(0)).isEqualTo(row.get(3));
      if (!remark(row.get(4)).isEmpty()) {
        assertThat(agency.notes()).as("notes of %s", row.get(0)).contains(remark(row.get(4)));
      }
      assertThat(row.get(4))
          .as(row.get(0))
          .startsWith(
              Words.word(agency.kind())
                  .replace('-', ' ')
                  .replace("peoples", "people's")
                  .replace("under state council", "directly under the State Council")
                  .replace("state council ministry", "State Council ministry"));
    }
  }

  @Test
  void everyGuangzhouBody_hasTheFactsOfItsRow() throws IOException {
    List<List<String>> rows = guangzhouRows();
    assertThat(rows).hasSize(4);
    for (List<String> row : rows) {
      List<String> printed = List.of(row.get(0).split("; "));
      Agency agency =
          CATALOG.agency(printed.get(0)).orElseThrow(() -> new AssertionError(row.get(0)));
      assertThat(agency.printedNames()).as(row.get(0)).containsExactlyElementsOf(printed);
      if (row.get(1).startsWith("(none")) {
        assertThat(agency.fullName()).as(row.get(0)).isEmpty();
      } else {
        assertThat(agency.fullName()).as(row.get(0)).contains(row.get(1));
      }
      assertThat(agency.englishName()).as(row.get(0)).isEqualTo(english(row.get(2)));
      assertThat(agency.englishNameDescriptive())
          .as("%s is descriptive", row.get(0))
          .isEqualTo(row.get(2).endsWith(DESCRIPTIVE));
      assertThat(agency.abbreviation().orElse("")).as(row.get(0)).isEqualTo(row.get(3));
      assertThat(row.get(4))
          .as(row.get(0))
          .startsWith(
              Words.word(agency.kind())
                  .replace("-", " ")
                  .replace("non government organisation", "not a government body"));
    }
  }

  @Test
  void theRegistry_holdsTheBodiesOfBothTables_andTheSuccessorOfCbirc() throws IOException {
    List<String> expected = new ArrayList<>();
    nationalRows().forEach(row -> expected.add(row.get(0)));
    expected.add("金融监管总局");
    expected.add("国家知识产权强国建设工作部际联席会议办公室");
    expected.add("国家知识产权强国建设工作部际联席会议各成员单位");
    expected.add("税务总局");
    expected.add("国家国际发展合作署");
    expected.add("国家药监局");
    expected.add("国家自然科学基金委");
    guangzhouRows().forEach(row -> expected.add(row.get(0).split("; ")[0]));

    assertThat(CATALOG.agencies()).extracting(Agency::name).containsExactlyElementsOf(expected);
  }

  @Test
  void cbirc_wasReplacedByNfra_asTheFactsSay() throws IOException {
    Agency cbirc = CATALOG.agency("银保监会").orElseThrow();
    Agency nfra = CATALOG.successor(cbirc).orElseThrow();
    String row =
        nationalRows().stream()
            .filter(r -> r.get(0).equals("银保监会"))
            .findFirst()
            .orElseThrow()
            .get(4);

    assertThat(row)
        .contains(
            "replaced in 2023 by "
                + nfra.fullName().orElseThrow()
                + " ("
                + nfra.englishName()
                + ", "
                + nfra.abbreviation().orElseThrow()
                + ")");
    assertThat(facts().replaceAll("\\s+", " "))
        .contains("bodies created since (" + nfra.name() + ")");
    assertThat(CATALOG.successor(nfra)).isEmpty();
  }

  @Test
  void sastind_isFoundByItsOwnEnglishSpelling() throws IOException {
    Agency sastind = CATALOG.agency("国防科工局").orElseThrow();
    String english = row(nationalRows(), "国防科工局").get(2);

    assertThat(english).endsWith("for National Defense");
    assertThat(CATALOG.agency(english)).contains(sastind);
    assertThat(facts()).contains("\"…for National\n  Defense\"");
  }

  @Test
  void theJointConferencesEnglishNames_areMarkedDescriptive() throws IOException {
    for (String printed : List.of("联席会议办公室", "联席会议成员单位")) {
      assertThat(row(nationalRows(), printed).get(2)).as(printed).endsWith(DESCRIPTIVE);
      assertThat(CATALOG.agency(printed).orElseThrow().englishNameDescriptive())
          .as(printed)
          .isTrue();
    }
  }

  @Test
  void theArbitrationCommission_hasItsOwnEnglishName_andAbbreviation() throws IOException {
    Agency gzac = CATALOG.agency("广州仲裁委").orElseThrow();
    List<String> row = row(guangzhouRows(), "广州仲裁委");

    assertThat(row.get(2)).isEqualTo("Guangzhou Arbitration Commission");
    assertThat(gzac.englishNameDescriptive()).isFalse();
    assertThat(gzac.abbreviation()).contains("GZAC");
    assertThat(CATALOG.agency("GZAC")).contains(gzac);
    assertThat(facts()).contains("\"Guangzhou Arbitration Commission (GZAC)\"");
    assertThat(gzac.notes())
        .anyMatch(note -> note.contains("en.gzac.org") && note.contains("en.moj.gov.cn"));
  }

  @Test
  void theThirdPartysNote_isOneNote() throws IOException {
    Agency thirdParty = CATALOG.agency("第三方机构").orElseThrow();
    List<String> row = row(guangzhouRows(), "第三方机构");

    assertThat(thirdParty.notes())
        .containsExactly(
            "an unnamed independent organisation, not a government body; it has no full name");
    assertThat(row.get(1)).isEqualTo("(none: an unnamed independent organisation)");
    assertThat(row.get(4)).isEqualTo("not a government body");
  }

  /**
   * The 2023 State Council institutional reform changed the standing of three listed bodies: 银保监会
   * was replaced, 知识产权局 and 证监会 came directly under the State Council.
   */
  @Test
  void the2023Reform_isRecordedForEveryBodyWhoseStandingItChanged() throws IOException {
    List<List<String>> rows = nationalRows();
    assertThat(remark(row(rows, "银保监会").get(4))).startsWith("replaced in 2023 by ");
    assertThat(remark(row(rows, "知识产权局").get(4)))
        .endsWith("; directly under the State Council since 2023");
    assertThat(remark(row(rows, "证监会").get(4)))
        .startsWith("a public institution directly under the State Council in 2021; ")
        .endsWith("; a body directly under the State Council (国务院直属机构) since 2023");
    assertThat(rows.stream().filter(r -> r.get(4).contains("2023")).map(r -> r.get(0)))
        .containsExactlyInAnyOrder("银保监会", "证监会", "知识产权局");
    for (String printed : List.of("银保监会", "证监会", "知识产权局")) {
      assertThat(CATALOG.agency(printed).orElseThrow().notes())
          .as(printed)
          .contains(remark(row(rows, printed).get(4)));
    }
    assertThat(facts()).contains("item 4: 中国证券监督管理委员会调整为国务院直属机构");
    assertThat(CATALOG.agency("证监会").orElseThrow().notes())
        .anyMatch(note -> note.contains("中国证券监督管理委员会调整为国务院直属机构"));
  }

  @Test
  void laterEditionsNamesWithTheStatePrefix_findTheSameBodies() throws IOException {
    String text = facts();
    Matcher prefixed = Pattern.compile("国家\\s*prefix\\s*\\(([^)]+)\\)").matcher(text);
    assertThat(prefixed.find()).isTrue();
    List<String> names = List.of(prefixed.group(1).replaceAll("\\s+", "").split(","));

    assertThat(names).hasSize(6);
    for (String name : names) {
      Agency agency = CATALOG.agency(name).orElseThrow(() -> new AssertionError(name));
      assertThat(agency.printedNames()).as(name).containsExactly(name.substring(2), name);
    }
  }

  @Test
  void cnipa_isFoundByEveryKindOfName() {
    Agency cnipa = CATALOG.agency("知识产权局").orElseThrow();
    for (String name :
        List.of(
            "国家知识产权局",
            "CNIPA",
            "cnipa",
            "China National Intellectual Property Administration",
            "china national intellectual property administration")) {
      assertThat(CATALOG.agency(name)).as(name).contains(cnipa);
    }
  }
}
