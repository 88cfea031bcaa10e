package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.Plan;
import io.github.ipplan.yaml.ImportResult.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Metadata the user gives an import ({@link PlanImporter.Metadata}), on the national plan's copy.
 */
class SuppliedMetadataTest {
  private static final String ID = "national-2021-2022";
  private static final LocalDate ISSUED = LocalDate.of(2021, 12, 27);

  private static String source() {
    return SourceText.read(ImportAgreementTest.NATIONAL);
  }

  private static ImportResult importText(String text, PlanImporter.Metadata given)
      throws IOException {
    return PlanImporter.importText(
        "copy.txt", text, PlanImporter.Shape.NATIONAL_ANNUAL, ID, LoadOptions.defaults(), given);
  }

  /** The national copy without its date line: the notice ends at its signatory and seal. */
  private static String withoutDateLine() {
    List<String> lines = new ArrayList<>(List.of(source().split("\n", -1)));
    lines.remove("2021年12月27日");
    return String.join("\n", lines);
  }

  @Test
  void issueDateGiven_forACopyWithoutADateLine_loadsAsTranscribed_withANoteSayingWhoGaveIt()
      throws IOException {
    ImportResult result =
        importText(withoutDateLine(), PlanImporter.Metadata.none().withIssued(ISSUED));

    assertThat(result.errors()).isEmpty();
    Plan imported = ImportAgreementTest.load(result.yaml());
    Plan bundled = BundledPlans.load().plan(ID).orElseThrow();
    assertThat(
            ImportAgreementTest.differences(
                ImportAgreementTest.tree(bundled),
                ImportAgreementTest.tree(imported),
                java.util.Set.of("notes")))
        .isEmpty();
    assertThat(imported.notes())
        .contains("The issue date 2021-12-27 is supplied by the user, not read from the copy.");
    assertThat(result.notes())
        .contains(
            new Finding(
                0,
                "$",
                "The issue date 2021-12-27 is supplied by the user, not read from the copy."));
    assertThat(result.metadata())
        .contains(new Finding(0, "$.issued", "2021-12-27, supplied by the user"));
  }

  @Test
  void everyValueGiven_winsOverWhatTheCopyPrints() throws IOException {
    PlanImporter.Metadata given =
        PlanImporter.Metadata.none()
            .withTitle(" 示例计划 ")
            .withIssuer("国家知识产权局")
            .withIssued(LocalDate.of(2022, 1, 1))
            .withPublished(LocalDate.of(2022, 1, 2))
            .withDocumentNumber("国知战联办〔2021〕1号");

    ImportResult result = importText(source(), given);

    assertThat(result.errors()).isEmpty();
    Plan plan = ImportAgreementTest.load(result.yaml());
    assertThat(plan.title()).isEqualTo("示例计划");
    assertThat(plan.issuer().id()).isEqualTo("cnipa");
    assertThat(plan.issued()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(plan.published()).contains(LocalDate.of(2022, 1, 2));
    assertThat(plan.documentNumber()).contains("国知战联办〔2021〕1号");
    // The notice stays as printed: only the plan's metadata is given.
    assertThat(plan.notice().orElseThrow().signatory()).isEqualTo("国务院知识产权战略实施工作部际联席会议办公室");
    assertThat(plan.notes())
        .contains(
            "The title '示例计划' is supplied by the user, not read from the copy.",
            "The issuer '国家知识产权局' is supplied by the user, not read from the copy.",
            "The issue date 2022-01-01 is supplied by the user, not read from the copy.",
            "The publication date 2022-01-02 is supplied by the user, not read from the copy.",
            "The document number '国知战联办〔2021〕1号' is supplied by the user, not read from the copy.");
    assertThat(result.metadata())
        .contains(
            new Finding(0, "$.title", "示例计划, supplied by the user"),
            new Finding(0, "$.issuer", "'国家知识产权局', body 'cnipa', supplied by the user"),
            new Finding(0, "$.published", "2022-01-02, supplied by the user"),
            new Finding(0, "$.document-number", "国知战联办〔2021〕1号, supplied by the user"));
  }

  @Test
  void issuerGiven_thatNoRegistryKnows_isTheOnlyUnknownIssuer_notTheSignatory() throws IOException {
    String text = source().replace("\n国务院知识产权战略实施工作部际联席会议办公室\n", "\n示例联席办公室\n");

    ImportResult plain = importText(text, PlanImporter.Metadata.none());
    ImportResult result = importText(text, PlanImporter.Metadata.none().withIssuer("示例机构"));

    assertThat(plain.unknownBodies())
        .extracting(ImportResult.UnknownBody::name)
        .contains("示例联席办公室");
    assertThat(result.unknownBodies())
        .filteredOn(body -> body.path().equals("$.issuer"))
        .singleElement()
        .satisfies(
            body -> {
              assertThat(body.name()).isEqualTo("示例机构");
              assertThat(body.line()).isZero();
            });
    assertThat(result.metadata())
        .contains(
            new Finding(0, "$.issuer", "'示例机构', which no registry knows, supplied by the user"));
    assertThat(result.yaml()).contains("issuer: 示例机构\n");
  }

  @Test
  void importFile_takesTheMetadataGivenToo(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("copy.txt");
    Files.writeString(file, withoutDateLine(), StandardCharsets.UTF_8);

    ImportResult result =
        PlanImporter.importFile(
            file,
            PlanImporter.Shape.NATIONAL_ANNUAL,
            ID,
            LoadOptions.defaults(),
            PlanImporter.Metadata.none().withIssued(ISSUED));

    assertThat(result.loads()).isTrue();
  }

  @Test
  void metadata_isImmutable_andGivesWhatWasGiven() {
    PlanImporter.Metadata none = PlanImporter.Metadata.none();
    PlanImporter.Metadata given = none.withDocumentNumber("甲〔2024〕6号").withIssuer("国家知识产权局");

    assertThat(none.title()).isEmpty();
    assertThat(none.issuer()).isEmpty();
    assertThat(none.issued()).isEmpty();
    assertThat(none.published()).isEmpty();
    assertThat(none.documentNumber()).isEmpty();
    assertThat(given.documentNumber()).contains("甲〔2024〕6号");
    assertThat(given.issuer()).contains("国家知识产权局");
    assertThat(given.withTitle("题").title()).contains("题");
    assertThat(given.withIssued(ISSUED).issued()).contains(ISSUED);
    assertThat(given.withPublished(ISSUED).published()).contains(ISSUED);
    assertThat(given.withTitle("题").documentNumber()).contains("甲〔2024〕6号");
  }

  @Test
  void blankOrForbiddenText_isAnIllegalArgument_andNullANullPointer() {
    PlanImporter.Metadata none = PlanImporter.Metadata.none();
    assertThatThrownBy(() -> none.withTitle("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The title given is blank");
    assertThatThrownBy(() -> none.withDocumentNumber("甲\u0007"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "The document number given holds a character no plan text may hold: ");
    assertThatThrownBy(() -> none.withIssuer(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("issuer");
    assertThatThrownBy(() -> none.withIssued(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> none.withPublished(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () ->
                PlanImporter.importText(
                    "copy.txt",
                    "",
                    PlanImporter.Shape.NATIONAL_ANNUAL,
                    ID,
                    LoadOptions.defaults(),
                    null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("given");
  }
}
