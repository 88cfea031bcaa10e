package io.github.ipplan;

import static io.github.ipplan.TestData.BODIES;
import static io.github.ipplan.TestData.body;
import static io.github.ipplan.TestData.measure;
import static io.github.ipplan.TestData.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCatalogTest {
  private final Agency a = BODIES.get(0);
  private final Agency b = BODIES.get(1);
  private final Agency c = BODIES.get(2);
  private final Plan first =
      plan(
          "first",
          List.of(
              measure("first", 1, List.of(a, b)),
              measure("first", 2, List.of(b, a, c)),
              measure("first", 3, List.of(a))));
  private final Plan second =
      plan(
          "second", List.of(measure("second", 7, List.of(c, a)), measure("second", 2, List.of(a))));
  private final PlanCatalog catalog = PlanCatalog.of(BODIES, List.of(first, second));

  @Test
  void measuresLedBy_returnsTasksInPlanOrderThenDocumentOrder() {
    assertThat(catalog.measuresLedBy(a))
        .extracting(Measure::id)
        .containsExactly("first/measure/1", "first/measure/3", "second/measure/2");
  }

  @Test
  void measuresWithParticipant_returnsOnlyTasksTheBodyDoesNotLead() {
    assertThat(catalog.measuresWithParticipant(a))
        .extracting(Measure::id)
        .containsExactly("first/measure/2", "second/measure/7");
  }

  @Test
  void measuresInvolving_returnsEveryTaskNamingTheBody() {
    assertThat(catalog.measuresInvolving(a))
        .extracting(Measure::id)
        .containsExactly(
            "first/measure/1",
            "first/measure/2",
            "first/measure/3",
            "second/measure/7",
            "second/measure/2");
    assertThat(catalog.measuresInvolving(BODIES.get(19))).isEmpty();
  }

  @Test
  void agency_findsABodyByEveryNameAndId_latinLettersIgnoringCase() {
    for (String name :
        List.of("部门1", "测试部门1", "Test Body 1", "test body 1", "TB1", "tb1", "body-1", "BODY-1")) {
      assertThat(catalog.agency(name)).as(name).contains(b);
    }
  }

  @Test
  void agency_unknownOrNearlyRightName_isEmpty() {
    assertThat(catalog.agency("部门")).isEmpty();
    assertThat(catalog.agency("部门1 ")).isEmpty();
    assertThat(catalog.agency("")).isEmpty();
  }

  @Test
  void agency_findsAliases_andForgivesWidthCaseSpaceAndTraditionalForms() {
    Agency cnipa =
        Agency.builder()
            .id("cnipa")
            .printedNames(List.of("知识产权局", "国家知识产权局"))
            .fullName("国家知识产权局")
            .englishName("China National Intellectual Property Administration")
            .abbreviation("CNIPA")
            .aliases(List.of("国知局"))
            .kind(AgencyKind.NATIONAL_ADMINISTRATION)
            .level(AgencyLevel.CENTRAL)
            .build();
    PlanCatalog withAlias = PlanCatalog.of(List.of(cnipa, a, b), List.of());

    for (String name :
        List.of(
            "国知局",
            "ＣＮＩＰＡ",
            "cnipa",
            "知识产权局\u200B",
            "國家知識產權局",
            "china national intellectual property administration")) {
      assertThat(withAlias.agency(name)).as(name).contains(cnipa);
    }
    assertThat(withAlias.agency("国家 知识产权局")).isEmpty();
    assertThat(cnipa.names()).doesNotContain("国知局");
    assertThat(withAlias.nearestNames("cnipaa", 3)).startsWith("CNIPA");
    assertThat(withAlias.nearestNames("国知识局", 1)).containsExactly("国家知识产权局");
    assertThat(withAlias.nearestNames("国知", 1)).containsExactly("国知局");
  }

  @Test
  void of_refusesAnAliasThatWouldFindAnotherBody() {
    Agency clash = Agency.builder().from(body(40)).aliases(List.of("ＴＢ1")).build();

    assertThatThrownBy(() -> PlanCatalog.of(List.of(a, b, clash), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The alias 'ＴＢ1' of body 'body-40' would also find body 'body-1'");
    Agency twice = Agency.builder().from(body(41)).aliases(List.of("简称")).build();
    Agency again = Agency.builder().from(body(42)).aliases(List.of("简称")).build();
    assertThatThrownBy(() -> PlanCatalog.of(List.of(twice, again), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The alias '简称' of body 'body-42' would also find body 'body-41'");
    assertThatThrownBy(() -> Agency.builder().from(body(43)).aliases(List.of("部门43")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Agency 'body-43' lists its name '部门43' as an alias");
  }

  @Test
  void nearestPlanIds_suggestsIdsContainingTheTextOrCloseToIt() {
    assertThat(catalog.nearestPlanIds("FIRST", 3)).containsExactly("first");
    assertThat(catalog.nearestPlanIds("secnd", 3)).containsExactly("second");
    assertThat(catalog.nearestPlanIds("sec", 3)).containsExactly("second");
    assertThat(catalog.nearestPlanIds("national", 3)).isEmpty();
  }

  @Test
  void nearestNames_suggestsTheClosestNames_nearestFirst() {
    assertThat(catalog.nearestNames("部门", 3)).containsExactly("部门0", "部门1", "部门2");
    assertThat(catalog.nearestNames("测试部门19", 2)).containsExactly("测试部门19", "测试部门1");
    assertThat(catalog.nearestNames("完全不同的名字", 3)).isEmpty();
    assertThat(catalog.nearestNames("TB1", 0)).isEmpty();
  }

  @Test
  void plan_findsPlansById() {
    assertThat(catalog.plan("second")).contains(second);
    assertThat(catalog.plan("third")).isEmpty();
    assertThat(catalog.plans()).containsExactly(first, second);
  }

  @Test
  void aNameOfTwoBodies_isRejected() {
    Agency clash = Agency.builder().from(body(5)).id("clash").printedNames(List.of("部门1")).build();

    assertThatThrownBy(() -> PlanCatalog.of(List.of(b, clash), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The name '部门1' would find two bodies: 'body-1' and 'clash'");
  }

  @Test
  void namesDifferingOnlyInLatinCase_areOneName() {
    Agency clash = Agency.builder().from(body(5)).id("clash").abbreviation("tb1").build();

    assertThatThrownBy(() -> PlanCatalog.of(List.of(b, clash), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The name 'tb1' would find two bodies");
  }

  @Test
  void aPlanNamingABodyOutsideTheRegistry_isRejected() {
    assertThatThrownBy(() -> PlanCatalog.of(List.of(a, b), List.of(first)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Plan 'first' names a body that is not in the registry: 'body-2'");
  }

  @Test
  void twoPlansWithOneId_areRejected() {
    assertThatThrownBy(() -> PlanCatalog.of(BODIES, List.of(first, first)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Two plans have the id 'first'");
  }

  @Test
  void successor_resolvesThroughTheRegistry() {
    Agency old = Agency.builder().from(body(30)).successorId("body-31").build();
    Agency successor = body(31);
    PlanCatalog withSuccessor = PlanCatalog.of(List.of(old, successor), List.of());

    assertThat(withSuccessor.successor(old)).contains(successor);
    assertThat(withSuccessor.successor(successor)).isEmpty();
    assertThatThrownBy(() -> PlanCatalog.of(List.of(old), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Body 'body-30' names a successor 'body-31' that is not in the registry");
  }

  @Test
  void measuresContaining_matchesTitleOrText_andRejectsEmptyText() {
    Measure titled =
        Measure.builder().planId("third").number(1).title("加强展会保护").text("正文。").build();
    PlanCatalog withTitle = PlanCatalog.of(BODIES, List.of(first, plan("third", List.of(titled))));

    assertThat(withTitle.measuresContaining("展会")).containsExactly(titled);
    assertThat(withTitle.measuresContaining("任务"))
        .extracting(Measure::id)
        .containsExactly("first/measure/1", "first/measure/2", "first/measure/3");
    assertThatThrownBy(() -> withTitle.measuresContaining(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Search text must not be empty");
  }

  @Test
  void search_foldsWidthCaseSpaceAndTraditionalForms_andGivesSpansInTheVerbatimText() {
    Measure traditional =
        Measure.builder().planId("third").number(1).text("制定《关于保护的意見》，在 31 个省推广 TISC 经验。").build();
    Measure fullWidth = Measure.builder().planId("third").number(2).text("建设ＴＩＳＣ\u3000中心。").build();
    PlanCatalog searchable =
        PlanCatalog.of(BODIES, List.of(plan("third", List.of(traditional, fullWidth))));

    List<SearchHit> hits = searchable.search("意见");
    assertThat(hits).extracting(SearchHit::id).containsExactly("third/measure/1");
    SearchHit hit = hits.get(0);
    assertThat(hit.planId()).isEqualTo("third");
    assertThat(hit.kind()).isEqualTo(ProvisionKind.MEASURE);
    assertThat(hit.text()).isEqualTo("1. 制定《关于保护的意見》，在 31 个省推广 TISC 经验。");
    assertThat(hit.spans())
        .extracting(span -> hit.text().substring(span.start(), span.end()))
        .containsExactly("意見");

    assertThat(searchable.search("31个省").get(0).spans())
        .extracting(span -> hit.text().substring(span.start(), span.end()))
        .containsExactly("31 个省");
    assertThat(searchable.search("tisc"))
        .extracting(SearchHit::id)
        .containsExactly("third/measure/1", "third/measure/2");
    assertThat(searchable.search("ＴＩＳＣ中心"))
        .extracting(SearchHit::id)
        .containsExactly("third/measure/2");
    assertThat(searchable.search("意見\u3000保护 tisc").get(0).spans())
        .extracting(span -> hit.text().substring(span.start(), span.end()))
        .containsExactly("保护", "意見", "TISC");
    assertThat(searchable.search("意见 没有")).isEmpty();
  }

  @Test
  void search_findsHeadingsAndPlanOrder_andRejectsAQueryWithNoTerm() {
    assertThat(catalog.search("任务2"))
        .extracting(SearchHit::id)
        .containsExactly("first/measure/2", "second/measure/2");
    assertThat(catalog.search("测试计划 ")).isEmpty();
    for (String blank : List.of("", " ", "\u3000\u00A0", "\u200B")) {
      assertThatThrownBy(() -> catalog.search(blank))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("A search needs at least one term");
    }
  }

  @Test
  void indicatorsFromSource_listsTheIndicatorsTheBodySupplies() {
    Indicator one = indicator("third", 1, a);
    Indicator two = indicator("third", 2, b);
    Indicator three = indicator("third", 3, a);
    Plan third =
        Plan.builder().from(plan("third", List.of())).indicators(List.of(one, two, three)).build();
    PlanCatalog withIndicators = PlanCatalog.of(BODIES, List.of(third));

    assertThat(withIndicators.indicatorsFromSource(a)).containsExactly(one, three);
    assertThat(withIndicators.indicatorsFromSource(c)).isEmpty();
    assertThat(withIndicators.indicators()).containsExactly(one, two, three);
  }

  private static Indicator indicator(String planId, int row, Agency source) {
    return Indicator.builder()
        .planId(planId)
        .row(row)
        .name("指标" + row)
        .target(java.math.BigDecimal.TEN)
        .unit("件")
        .targetYear(2025)
        .kind(IndicatorKind.LEVEL)
        .nature(IndicatorNature.EXPECTED)
        .source(source)
        .sourceName(source.name())
        .build();
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester().testAllPublicInstanceMethods(catalog);
    new NullPointerTester().testAllPublicStaticMethods(PlanCatalog.class);
  }

  @Test
  void agencies_areTheRegistryInItsOrder() {
    assertThat(catalog.agencies()).isEqualTo(BODIES);
  }

  @Test
  void anIssuerOrAddresseeOutsideTheRegistry_isRejected() {
    Plan addressed =
        Plan.builder().from(plan("third", List.of())).addAddressees(a, BODIES.get(7)).build();

    assertThatThrownBy(() -> PlanCatalog.of(List.of(BODIES.get(0), b), List.of(addressed)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Plan 'third' names a body that is not in the registry: 'body-7'");
    assertThatThrownBy(() -> PlanCatalog.of(List.of(b), List.of(plan("fourth", List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Plan 'fourth' names a body that is not in the registry: 'body-0'");
  }

  @Test
  void aBodyThatDiffersFromTheRegisteredOneWithItsId_isRejected() {
    Agency impostor = Agency.builder().from(a).englishName("Impostor").build();
    Plan named = plan("third", List.of(measure("third", 1, List.of(impostor))));

    assertThatThrownBy(() -> PlanCatalog.of(BODIES, List.of(named)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Plan 'third' names a body that is not in the registry: 'body-0'");
  }

  @Test
  void nearestNames_rejectsANegativeLimit() {
    assertThatThrownBy(() -> catalog.nearestNames("部门", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be 0 or more: -1");
  }

  @Test
  void projectsAndProjectsContaining_coverEveryPlan_inPlanOrder() {
    Project one =
        Project.builder().planId("third").number(1).title("展会保护项目").addParagraphs("正文一。").build();
    Project two =
        Project.builder()
            .planId("third")
            .number(2)
            .title("项目二")
            .addParagraphs("第一段。", "加强展会保护。")
            .build();
    Project three =
        Project.builder().planId("fourth").number(1).title("项目三").addParagraphs("别的。").build();
    PlanCatalog withProjects =
        PlanCatalog.of(
            BODIES,
            List.of(
                Plan.builder().from(plan("third", List.of())).addProjects(one, two).build(),
                Plan.builder().from(plan("fourth", List.of())).addProjects(three).build()));

    assertThat(withProjects.projects()).containsExactly(one, two, three);
    assertThat(withProjects.projectsContaining("展会")).containsExactly(one, two);
    assertThat(withProjects.projectsContaining("别的")).containsExactly(three);
    assertThat(withProjects.projectsContaining("不在")).isEmpty();
    assertThatThrownBy(() -> withProjects.projectsContaining(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Search text must not be empty");
  }

  @Test
  void toString_givesTheNumberOfBodiesAndThePlans() {
    assertThat(catalog).hasToString("PlanCatalog{20 bodies, plans [first, second]}");
  }
}
