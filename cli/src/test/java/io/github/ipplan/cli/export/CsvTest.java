package io.github.ipplan.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();

  @Test
  void matrix_hasAHeaderOfTaskIds_andOneCrlfEndedRowPerBody() {
    String csv = Csv.matrix(CATALOG, List.of(CATALOG.plan("national-2021-2022").orElseThrow()));

    List<String> rows = List.of(csv.split("\r\n", -1));
    assertThat(rows).hasSize(1 + CATALOG.agencies().size() + 1).last().isEqualTo("");
    assertThat(rows.get(0))
        .startsWith("body_id,body,national-2021-2022/measure/1,national-2021-2022/measure/2,")
        .endsWith(",national-2021-2022/measure/115");
    assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void matrix_marksLeadAndParticipant_andLeavesOtherCellsEmpty() {
    Plan national = CATALOG.plan("national-2021-2022").orElseThrow();
    Agency cnipa = CATALOG.agency("CNIPA").orElseThrow();
    String csv = Csv.matrix(CATALOG, List.of(national));

    String row =
        List.of(csv.split("\r\n")).stream()
            .filter(r -> r.startsWith("cnipa,"))
            .findFirst()
            .orElseThrow();
    List<String> expected = new ArrayList<>(List.of("cnipa", "知识产权局"));
    for (Measure task : national.measures()) {
      expected.add(
          CATALOG.measuresLedBy(cnipa).contains(task)
              ? "L"
              : CATALOG.measuresWithParticipant(cnipa).contains(task) ? "P" : "");
    }
    assertThat(row.split(",", -1)).containsExactlyElementsOf(expected);
    assertThat(expected).contains("L", "P", "");
  }

  @Test
  void matrix_ofNoPlans_isTheHeaderAndABodyPerRow() {
    String csv = Csv.matrix(CATALOG, List.of());

    assertThat(csv).startsWith("body_id,body\r\n").endsWith("\r\n").contains("\r\ncnipa,知识产权局\r\n");
    assertThat(csv.split("\r\n")).hasSize(1 + CATALOG.agencies().size());
  }

  @Test
  void format_quotesOnlyFieldsThatNeedIt_doublingQuotes() {
    assertThat(Csv.FORMAT.format("cnipa", "知识产权局", "a,b", "say \"hi\"", "two\nlines", "L", ""))
        .isEqualTo("cnipa,知识产权局,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",L,");
  }

  @Test
  void matrix_ofAPlanThatAssignsNoTask_hasNoTaskColumns() {
    // The Guangzhou plan names no body for any of its measures.
    String csv = Csv.matrix(CATALOG, List.of(CATALOG.plan("guangzhou-2021-2025").orElseThrow()));

    assertThat(csv).isEqualTo(Csv.matrix(CATALOG, List.of()));
  }
}
