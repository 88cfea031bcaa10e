package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.ipplan.Agency;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.AgencyLevel;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.AgencyFacts.Body;
import io.github.ipplan.yaml.AgencyFacts.Successor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Checks every body of the bundled registry, field by field, against the project's copy of the
 * facts about each body ({@code sources/agencies.md}, read by {@link AgencyFacts}), and that the
 * two hold the same bodies. Each test of a field reports every body at fault, not only the first.
 */
class RegistryFactsTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final AgencyFacts FACTS = AgencyFacts.load();

  /**
   * The ids of the bodies without an abbreviation, whose id is therefore not the abbreviation in
   * lower case. agencies.md gives no ids; ids are stable across releases ({@link Agency#id()}), so
   * this is the record of them, and a change here is a breaking change.
   */
  private static final ImmutableMap<String, String> IDS_WITHOUT_ABBREVIATION =
      ImmutableMap.<String, String>builder()
          .put("中央组织部", "cpc-organization-department")
          .put("中央宣传部", "cpc-publicity-department")
          .put("中央政法委", "cpc-political-legal-commission")
          .put("国管局", "ngoa")
          .put("中央军委装备发展部", "cmc-equipment-development-department")
          .put("联席会议办公室", "joint-conference-office")
          .put("联席会议成员单位", "joint-conference-members")
          .put("国家知识产权强国建设工作部际联席会议办公室", "ip-power-joint-conference-office")
          .put("国家知识产权强国建设工作部际联席会议各成员单位", "ip-power-joint-conference-members")
          .put("广州市市场监督管理局", "guangzhou-amr")
          .put("市统计局", "guangzhou-statistics-bureau")
          .put("第三方机构", "third-party-organisation")
          .buildOrThrow();

  /** Ids kept from before the body's abbreviation was recorded: ids are stable across releases. */
  private static final ImmutableMap<String, String> IDS_KEPT =
      ImmutableMap.of("广州仲裁委", "guangzhou-arbitration-commission");

  /** The registry's body for a row: the one that prints the row's first printed name. */
  private static Agency registered(Body body) {
    return CATALOG.agencies().stream()
        .filter(agency -> agency.printedNames().contains(body.name()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No body of the registry prints " + body.name()));
  }

  /** The registry's body for a successor a row names: the one with the successor's full name. */
  private static Agency registered(Successor successor) {
    return CATALOG.agencies().stream()
        .filter(agency -> agency.fullName().equals(Optional.of(successor.fullName())))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("No body of the registry is " + successor.fullName()));
  }

  /**
   * Compares one field of every body with what agencies.md says, and reports every body at fault
   * together.
   */
  private static void forEveryBody(
      String field, Function<Agency, Object> actual, Function<Body, Object> expected) {
    List<String> wrong = new ArrayList<>();
    for (Body body : FACTS.bodies()) {
      Object registered = actual.apply(registered(body));
      Object stated = expected.apply(body);
      if (!Objects.equals(registered, stated)) {
        wrong.add(body + ": the registry has " + registered + ", agencies.md " + stated);
      }
    }
    assertThat(wrong).as("bodies whose %s differs from agencies.md", field).isEmpty();
  }

  @Test
  void theFacts_describeTheThreeTables() {
    assertThat(FACTS.national).hasSize(40);
    assertThat(FACTS.later).hasSize(6);
    assertThat(FACTS.guangzhou).hasSize(4);
    assertThat(FACTS.statePrefixed)
        .containsExactly("国家知识产权局", "国家林草局", "国家中医药局", "国家卫生健康委", "国家国防科工局", "国家邮政局");
    assertThat(FACTS.chinaPrefixed).containsExactly("中国证监会");
    assertThat(FACTS.national)
        .filteredOn(body -> body.successor().isPresent())
        .extracting(Body::name)
        .containsExactly("银保监会", "联席会议办公室", "联席会议成员单位");
  }

  @Test
  void theRegistry_holdsTheBodiesOfTheTables_andTheSuccessorsTheyName_inThatOrder() {
    List<Agency> expected = new ArrayList<>();
    FACTS.national.forEach(body -> expected.add(registered(body)));
    FACTS.national.forEach(body -> body.successor().ifPresent(s -> expected.add(registered(s))));
    FACTS.later.stream()
        .map(RegistryFactsTest::registered)
        .filter(agency -> !expected.contains(agency))
        .forEach(expected::add);
    FACTS.guangzhou.forEach(body -> expected.add(registered(body)));

    assertThat(CATALOG.agencies()).containsExactlyElementsOf(expected);
  }

  @Test
  void everyBody_hasItsAbbreviationInLowerCaseAsId_orItsRecordedId() {
    forEveryBody(
        "id",
        Agency::id,
        body ->
            IDS_KEPT.getOrDefault(
                body.name(),
                body.abbreviation()
                    .map(a -> a.toLowerCase(Locale.ROOT))
                    .orElseGet(() -> IDS_WITHOUT_ABBREVIATION.get(body.name()))));
    assertThat(IDS_WITHOUT_ABBREVIATION.keySet())
        .containsExactlyInAnyOrderElementsOf(
            FACTS.bodies().stream()
                .filter(b -> b.abbreviation().isEmpty())
                .map(Body::name)
                .toList());
  }

  @Test
  void everyBody_printsTheNamesOfItsRow_thenTheFormLaterEditionsPrintWithTheStatePrefix() {
    forEveryBody("printed names", Agency::printedNames, Body::printedNames);
  }

  @Test
  void everyBody_hasTheFullNameOfItsRow_orNoneWhereTheRowSaysNone() {
    forEveryBody("full name", Agency::fullName, Body::fullName);
  }

  @Test
  void everyBody_hasTheEnglishNameOfItsRow() {
    forEveryBody("English name", Agency::englishName, Body::englishName);
  }

  @Test
  void englishNames_areDescriptiveExactlyWhereAgenciesMdMarksThem() {
    forEveryBody(
        "descriptive English name", Agency::englishNameDescriptive, Body::englishNameDescriptive);
    assertThat(FACTS.bodies().stream().filter(Body::englishNameDescriptive).map(Body::name))
        .containsExactlyInAnyOrder(
            "联席会议办公室",
            "联席会议成员单位",
            "国家知识产权强国建设工作部际联席会议办公室",
            "国家知识产权强国建设工作部际联席会议各成员单位",
            "广州市市场监督管理局",
            "市统计局",
            "第三方机构");
  }

  @Test
  void everyBody_hasTheAbbreviationOfItsRow_orNone() {
    forEveryBody("abbreviation", Agency::abbreviation, Body::abbreviation);
  }

  @Test
  void everyBody_hasTheKindOfItsRow() {
    forEveryBody("kind", Agency::kind, Body::kind);
  }

  @Test
  void nationalBodiesAreCentral_guangzhouBodiesMunicipal_andTheThirdPartyHasNoLevel() {
    forEveryBody("level", Agency::level, Body::level);
    assertThat(registered(FACTS.guangzhou.get(3)).level()).isEmpty();
  }

  @Test
  void everyBody_hasTheSuccessorItsRowNames_orNone() {
    forEveryBody(
        "successor", Agency::successorId, body -> body.successor().map(s -> registered(s).id()));
  }

  @Test
  void everyRemarkOfARow_isANoteOfItsBody_andARowWithoutRemarksGivesNoNotes() {
    List<String> wrong = new ArrayList<>();
    for (Body body : FACTS.bodies()) {
      List<String> notes = registered(body).notes();
      if (body.remarks().isEmpty() && !notes.isEmpty()) {
        wrong.add(body + " has notes " + notes + " but agencies.md states no remark");
      }
      for (String remark : body.remarks()) {
        // A note is the remark itself, or starts with it and adds a related fact of agencies.md.
        if (notes.stream()
            .noneMatch(
                note ->
                    note.equals(remark)
                        || note.startsWith(remark + "; ")
                        || note.startsWith(remark + ", "))) {
          wrong.add(body + " has notes " + notes + " without the remark '" + remark + "'");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theSuccessorOfCbirc_hasTheFactsItsRowGives_andIsNamedByLaterEditions() {
    Body cbirc =
        FACTS.national.stream().filter(b -> b.name().equals("银保监会")).findFirst().orElseThrow();
    Successor facts = cbirc.successor().orElseThrow();
    Agency nfra = registered(facts);

    assertThat(facts.year()).contains(2023);
    assertThat(CATALOG.successor(registered(cbirc))).contains(nfra);
    assertThat(nfra.englishName()).isEqualTo(facts.englishName().orElseThrow());
    assertThat(nfra.abbreviation()).isEqualTo(facts.abbreviation());
    assertThat(nfra.id()).isEqualTo(facts.abbreviation().orElseThrow().toLowerCase(Locale.ROOT));
    assertThat(nfra.englishNameDescriptive()).isFalse();
    assertThat(nfra.level()).contains(AgencyLevel.CENTRAL);
    assertThat(nfra.printedNames()).singleElement().isIn(FACTS.createdSince);
    // agencies.md does not give NFRA's kind: it is a body directly under the State Council.
    assertThat(nfra.kind()).isEqualTo(AgencyKind.BODY_UNDER_STATE_COUNCIL);
    assertThat(nfra.successorId()).isEmpty();
    assertThat(nfra.notes()).anyMatch(note -> note.contains("replaced " + cbirc.name()));
  }

  @Test
  void theNationalAndTheGuangzhouIntellectualPropertyOffices_areDifferentBodies() {
    assertThat(FACTS.text)
        .contains("`知识产权局` (national, CNIPA) and `市知识产权局` (Guangzhou) are different\nbodies");
    Agency national = CATALOG.agency("知识产权局").orElseThrow();
    Agency guangzhou = CATALOG.agency("市知识产权局").orElseThrow();

    assertThat(national).isNotEqualTo(guangzhou);
    assertThat(national.abbreviation()).contains("CNIPA");
    assertThat(guangzhou.level()).contains(AgencyLevel.MUNICIPAL);
  }

  @Test
  void theNationalPlan_addresses38BodiesOfItsTable_andNamesTheOtherTwoOnlyInTasks() {
    Plan national = CATALOG.plan("national-2021-2022").orElseThrow();
    List<Agency> table = FACTS.national.stream().map(RegistryFactsTest::registered).toList();

    assertThat(national.addressees()).hasSize(38).allMatch(table::contains);
    assertThat(table)
        .filteredOn(body -> !national.addressees().contains(body))
        .extracting(Agency::name)
        .containsExactly("联席会议办公室", "联席会议成员单位");
    assertThat(table)
        .allSatisfy(
            body -> assertThat(CATALOG.measuresInvolving(body)).as(body.name()).isNotEmpty());
  }

  @Test
  void theGuangzhouPlan_namesItsBodiesOnlyAsIssuerAndDataSources() {
    Plan guangzhou = CATALOG.plan("guangzhou-2021-2025").orElseThrow();
    List<Agency> named = new ArrayList<>();
    named.add(guangzhou.issuer());
    guangzhou.indicators().forEach(indicator -> indicator.source().ifPresent(named::add));

    assertThat(guangzhou.measures()).allMatch(measure -> measure.responsibilities().isEmpty());
    assertThat(FACTS.guangzhou).allSatisfy(body -> assertThat(named).contains(registered(body)));
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

  @Test
  void theRenamedJointConference_succeedsTheOld_officeAndMembersAlike() {
    Agency office = CATALOG.agency("联席会议办公室").orElseThrow();
    Agency members = CATALOG.agency("联席会议成员单位").orElseThrow();
    Agency renamedOffice = CATALOG.agency("国家知识产权强国建设工作部际联席会议办公室").orElseThrow();
    Agency renamedMembers = CATALOG.agency("国家知识产权强国建设工作部际联席会议各成员单位").orElseThrow();

    assertThat(CATALOG.successor(office)).contains(renamedOffice);
    assertThat(CATALOG.successor(members)).contains(renamedMembers);
    assertThat(renamedOffice).isNotEqualTo(office);
    assertThat(renamedOffice.kind()).isEqualTo(AgencyKind.COORDINATION_BODY);
    assertThat(renamedMembers.isCollective()).isTrue();
    assertThat(CATALOG.agency("联席会议有关成员单位")).contains(renamedMembers);
    assertThat(CATALOG.successor(renamedOffice)).isEmpty();
    assertThat(FACTS.text).contains("the 2024 and 2025 plans are issued by\n国家知识产权强国建设工作部际联席会议办公室");
  }

  @Test
  void everyNameTheLaterNoticesAddress_findsTheBodyOfItsRow() {
    // The addressees of the 2024 notice, 国知联办〔2024〕6号, as agencies.md lists them.
    String text = FACTS.text.replaceAll("\\s+", "");
    String list = text.substring(text.indexOf("addressees") + "addressees".length());
    list = list.substring(0, list.indexOf(";"));
    List<String> addressees = List.of(list.split(","));

    assertThat(addressees).hasSize(13).startsWith("国家知识产权强国建设工作部际联席会议各成员单位");
    assertThat(addressees).filteredOn(name -> CATALOG.agency(name).isEmpty()).isEmpty();
    assertThat(CATALOG.agency("中国证监会").map(Agency::id)).contains("csrc");
    assertThat(CATALOG.agency("国家邮政局").map(Agency::id)).contains("spb");
    assertThat(CATALOG.agency("税务总局").map(Agency::id)).contains("sta");
    assertThat(CATALOG.agency("国家国际发展合作署").map(Agency::id)).contains("cidca");
    assertThat(CATALOG.agency("国家药监局").map(Agency::id)).contains("nmpa");
    assertThat(CATALOG.agency("国家自然科学基金委").map(Agency::id)).contains("nsfc");
  }

  @Test
  void nmpaAndNsfc_areTheLastRowsOfTheLaterTable_withTheirStandingCited() {
    List<Body> rows = FACTS.later.subList(FACTS.later.size() - 2, FACTS.later.size());

    assertThat(rows).extracting(Body::name).containsExactly("国家药监局", "国家自然科学基金委");
    assertThat(rows.stream().map(RegistryFactsTest::registered).map(Agency::id))
        .containsExactly("nmpa", "nsfc");
    assertThat(rows)
        .extracting(body -> body.fullName().orElseThrow())
        .containsExactly("国家药品监督管理局", "国家自然科学基金委员会");
    assertThat(rows)
        .extracting(Body::englishName)
        .containsExactly(
            "National Medical Products Administration",
            "National Natural Science Foundation of China");
    assertThat(rows).extracting(Body::kind).containsOnly(AgencyKind.NATIONAL_ADMINISTRATION);
    assertThat(rows.get(0).remarks()).containsExactly("under SAMR since its creation in 2018");
    assertThat(rows.get(1).remarks())
        .singleElement()
        .asString()
        .startsWith("managed by the Ministry of Science and Technology since 2018")
        .contains("the kind fits loosely");
    assertThat(FACTS.text.replaceAll("\\s+", ""))
        .contains("组建国家药品监督管理局，由国家市场监督管理总局管理")
        .contains("科学技术部管理国家自然科学基金委员会");
  }
}
