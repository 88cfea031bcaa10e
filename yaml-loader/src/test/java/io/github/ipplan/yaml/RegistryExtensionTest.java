package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.PlanCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registry files that extend bodies already registered, and names in traditional characters. */
class RegistryExtensionTest {
  @TempDir Path dir;

  private Path file(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  /** A plan of one measure, printing the given bodies. */
  private Path plan(String issuer, String responsible) throws IOException {
    return file(
        "plan.yaml",
        "id: sample-2024",
        "title: 示例年度推进计划",
        "issuer: " + issuer,
        "issued: 2024-03-01",
        "status: in-force",
        "period: {from: 2024, to: 2024}",
        "measures:",
        "  - number: 1",
        "    text: 推进一项工作。",
        "    responsible: [" + responsible + "]");
  }

  private Path registry(String... lines) throws IOException {
    String[] all = new String[lines.length + 1];
    all[0] = "agencies:";
    System.arraycopy(lines, 0, all, 1, lines.length);
    return file("registry.yaml", all);
  }

  private static PlanCatalog load(Path registry, Path... plans) throws IOException {
    return PlanLoader.load(LoadOptions.defaults().withRegistry(registry), plans);
  }

  private static Registry bundled() {
    return Loading.registry(List.of(), LoadOptions.defaults());
  }

  @Test
  void anExtension_addsPrintedNamesAliasesAndNotes_toTheSameBody() throws IOException {
    Path registry =
        registry(
            "  - extends: ngoa",
            "    printed: [国家机关事务管理局]",
            "    aliases: [机关事务局]",
            "    notes: [a note of one's own]");
    Path plan = plan("联席会议办公室", "国家机关事务管理局, 国家知识产权局");

    PlanCatalog catalog = load(registry, plan);
    Agency ngoa = catalog.agency("国管局").orElseThrow();

    assertThat(ngoa.id()).isEqualTo("ngoa");
    assertThat(ngoa.printedNames()).containsExactly("国管局", "国家机关事务管理局");
    assertThat(ngoa.aliases()).containsExactly("机关事务局");
    assertThat(ngoa.notes()).containsExactly("a note of one's own");
    assertThat(catalog.agency("机关事务局")).containsSame(ngoa);
    assertThat(catalog.agencies()).filteredOn(a -> a.id().equals("ngoa")).containsExactly(ngoa);
    // The extended body keeps its place in the registry.
    assertThat(catalog.agencies().indexOf(ngoa))
        .isEqualTo(bundled().agencies().stream().map(Agency::id).toList().indexOf("ngoa"));
    Measure measure = catalog.plan("sample-2024").orElseThrow().measure(1).orElseThrow();
    assertThat(measure.lead()).containsSame(ngoa);
    assertThat(measure.printedNames()).containsExactly("国家机关事务管理局", "国家知识产权局");
    assertThat(catalog.measuresLedBy(ngoa)).containsExactly(measure);
  }

  @Test
  void anExtension_givesASuccessor_toABodyOfAnEarlierEntry() throws IOException {
    Path registry =
        registry(
            "  - id: sample-bureau",
            "    printed: [示例局]",
            "    english: Sample Bureau",
            "    english-descriptive: true",
            "    kind: national-administration",
            "    level: central",
            "  - id: sample-new-bureau",
            "    printed: [示例新局]",
            "    english: Sample New Bureau",
            "    english-descriptive: true",
            "    kind: national-administration",
            "    level: central",
            "  - extends: sample-bureau",
            "    successor: sample-new-bureau");

    PlanCatalog catalog = PlanLoader.load(LoadOptions.defaults().withRegistry(registry));

    assertThat(catalog.successor(catalog.agency("示例局").orElseThrow()).map(Agency::id))
        .contains("sample-new-bureau");
  }

  @Test
  void anExtensionWhoseNameWouldFindTwoBodies_isAnErrorAtTheExtension() throws IOException {
    Path registry =
        registry(
            "  - id: sample-bureau",
            "    printed: [示例局]",
            "    english: Sample Bureau",
            "    english-descriptive: true",
            "    kind: national-administration",
            "    level: central",
            "  - extends: cnipa",
            "    printed: [税务总局]");

    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withRegistry(registry)))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            registry
                + ":8:5: the name '税务总局' would find two bodies: 'sta' and 'cnipa', at"
                + " $.agencies[1]");
  }

  @Test
  void anExtensionWhoseNameIsATraditionalFormOfAnotherBodysName_isAnError() throws IOException {
    Path registry = registry("  - extends: samr", "    printed: [國家知識產權局]");

    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withRegistry(registry)))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            registry
                + ":2:5: the name '國家知識產權局' of body 'samr' differs from the name '国家知识产权局'"
                + " of body 'cnipa' only in traditional and simplified forms of its characters, at"
                + " $.agencies[0]");
  }

  @Test
  void aNewBodyPrintingATraditionalFormOfABundledName_isAnErrorAtThatBody() throws IOException {
    Path registry =
        registry(
            "  - id: traditional-cnipa",
            "    printed: [國家知識產權局]",
            "    english: CNIPA in traditional characters",
            "    kind: national-administration",
            "    level: central");

    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withRegistry(registry)))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            registry
                + ":2:5: the name '國家知識產權局' of body 'traditional-cnipa' differs from the name"
                + " '国家知识产权局' of body 'cnipa' only in traditional and simplified forms of its"
                + " characters, at $.agencies[0]");
  }

  @Test
  void extendingAnUnknownId_isAnErrorAtTheId_withTheNearestIds() throws IOException {
    Path registry = registry("  - extends: cnipaa", "    printed: [知识产权总局]");
    Path far = file("far.yaml", "agencies:", "  - extends: zzzzzzzz", "    printed: [某局]");

    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withRegistry(registry)))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            registry
                + ":2:14: body id 'cnipaa' is not in the registry, at $.agencies[0].extends;"
                // cnipa one edit away; cidca and nmpa three (registry order), nsfc five.
                + " did you mean 'cnipa', 'cidca', 'nmpa'?");
    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withRegistry(far)))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            far
                + ":2:14: body id 'zzzzzzzz' is not in the registry, at $.agencies[0].extends;"
                + " no body in the registry has a similar id");
  }

  @Test
  void anExtensionThatAddsNothing_orASecondSuccessor_orAnUnknownKey_isAnError() throws IOException {
    Path nothing = file("nothing.yaml", "agencies:", "  - extends: cnipa");
    Path second = file("second.yaml", "agencies:", "  - extends: cbirc", "    successor: sta");
    Path unknown =
        file("unknown.yaml", "agencies:", "  - extends: cnipa", "    english: Another name");
    Path twice = file("twice.yaml", "agencies:", "  - extends: cnipa", "    printed: [知识产权局]");

    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withRegistry(nothing)))
        .hasMessage(
            nothing
                + ":2:5: the extension of body 'cnipa' adds nothing, at $.agencies[0]; give one or"
                + " more of printed, aliases, successor, notes");
    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withRegistry(second)))
        .hasMessage(
            second
                + ":3:16: body 'cbirc' already has the successor 'nfra', at"
                + " $.agencies[0].successor; a body has one successor");
    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withRegistry(unknown)))
        .hasMessageStartingWith(unknown + ":3:5: unknown key 'english', at $.agencies[0];")
        .hasMessageEndingWith("expected one of extends, printed, aliases, successor, notes");
    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withRegistry(twice)))
        .hasMessage(
            twice + ":2:5: agency 'cnipa' lists the printed name '知识产权局' twice, at $.agencies[0]");
  }

  @Test
  void check_reportsEachBadExtension_thenTheRulesOfTheWhole() throws IOException {
    Path bad =
        file(
            "bad.yaml",
            "agencies:",
            "  - extends: cnipa",
            "  - extends: csrc",
            "    colour: blue",
            "  - extends: csrc",
            "    printed: [证监会总局]");
    Path unknownId =
        file("unknown-id.yaml", "agencies:", "  - extends: no-such-body", "    notes: [x]");

    assertThat(PlanLoader.check(LoadOptions.defaults(), bad))
        .extracting(PlanLoadException::path)
        .containsExactly("$.agencies[0]", "$.agencies[1]");
    assertThat(PlanLoader.check(LoadOptions.defaults(), unknownId))
        .singleElement()
        .extracting(PlanLoadException::path)
        .isEqualTo("$.agencies[0].extends");
  }

  @Test
  void aPlanPrintingNamesInTraditionalCharacters_loads_keepingThePrintedForms() throws IOException {
    Path plan =
        file(
            "traditional.yaml",
            "id: sample-2024",
            "title: 示例年度推進計劃",
            "issuer: 國家知識產權強國建設工作部際聯席會議辦公室",
            "issued: 2024-03-01",
            "status: in-force",
            "period: {from: 2024, to: 2024}",
            "addressees: [市場監管總局, 農業農村部]",
            "measures:",
            "  - number: 1",
            "    text: 推進一項工作。",
            "    responsible: [國家知識產權局, 農業農村部]",
            "  - number: 2",
            "    text: 推進另一項工作。",
            "    responsible: [国家知识产权局]");

    PlanCatalog catalog = PlanLoader.load(plan);
    Measure first = catalog.plan("sample-2024").orElseThrow().measure(1).orElseThrow();

    assertThat(first.printedNames()).containsExactly("國家知識產權局", "農業農村部");
    assertThat(first.agencies()).extracting(Agency::id).containsExactly("cnipa", "mara");
    assertThat(catalog.plan("sample-2024").orElseThrow().issuer().id())
        .isEqualTo("ip-power-joint-conference-office");
    assertThat(catalog.plan("sample-2024").orElseThrow().addressees())
        .extracting(Agency::id)
        .containsExactly("samr", "mara");
    // leads 國家知識產權局 and leads 国家知识产权局 answer the same.
    Agency traditional = catalog.agency("國家知識產權局").orElseThrow();
    assertThat(traditional).isSameAs(catalog.agency("国家知识产权局").orElseThrow());
    assertThat(catalog.measuresLedBy(traditional))
        .extracting(Measure::number)
        .containsExactly(1, 2);
  }

  @Test
  void otherVariantsOfANameAreStillRefused_withTheHintsTheyHad() throws IOException {
    Path wide = plan("联席会议办公室", "ＣＮＩＰＡ");
    assertThatThrownBy(() -> PlanLoader.load(wide))
        .hasMessage(
            wide
                + ":10:19: body 'ＣＮＩＰＡ' is not written as the registry writes it, at"
                + " $.measures[0].responsible[0]; write one of the names of body 'cnipa': '知识产权局',"
                + " '国家知识产权局', 'China National Intellectual Property Administration', 'CNIPA'");
    Path alias = plan("联席会议办公室", "國知局");
    assertThatThrownBy(() -> PlanLoader.load(alias))
        .hasMessageStartingWith(
            alias
                + ":10:19: body '國知局' is an alias, not a name the registry writes, at"
                + " $.measures[0].responsible[0]; write one of the names of body 'cnipa'");
    Path both = plan("联席会议办公室", "國家知識產權局\u200B");
    assertThatThrownBy(() -> PlanLoader.load(both))
        .hasMessageStartingWith(
            both + ":10:19: body '國家知識產權局\\u200B' is not written as the registry writes it,");
  }

  @Test
  void anUnknownNameInTraditionalCharacters_getsTheNearestNameInSimplifiedForm_asTheImporterDoes()
      throws IOException {
    Path plan = plan("联席会议办公室", "國家知識產權總局");
    Registry registry = bundled();

    assertThatThrownBy(() -> PlanLoader.load(plan))
        .hasMessage(
            plan
                + ":10:19: unknown body '國家知識產權總局', at $.measures[0].responsible[0];"
                + " did you mean '国家知识产权局'?");
    assertThat(registry.nearest("國家知識產權總局", 3)).first().isEqualTo("国家知识产权局");
    // Found the forgiving way, a body's usual name comes first.
    assertThat(registry.nearest("國家知識產權局\u200B", 3)).first().isEqualTo("知识产权局");
    assertThat(registry.nearest("國家知識產權局\u200B", 1)).hasSize(1);
  }

  @Test
  void find_resolvesNamesExactlyAsTheLoaderDoes() {
    Registry registry = bundled();

    assertThat(registry.find("國家知識產權局").map(Agency::id)).contains("cnipa");
    assertThat(registry.find("市場監管總局").map(Agency::id)).contains("samr");
    assertThat(registry.find("中國證監會").map(Agency::id)).contains("csrc");
    assertThat(registry.find("知识产权局").map(Agency::id)).contains("cnipa");
    assertThat(registry.find("市知识产权局").map(Agency::id)).contains("guangzhou-amr");
    assertThat(registry.find("ＣＮＩＰＡ")).isEmpty();
    assertThat(registry.find("cnipa")).isEmpty();
    assertThat(registry.find("國知局")).isEmpty();
    assertThat(registry.lookup("國知局").map(Agency::id)).contains("cnipa");
  }
}
