package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Agency;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.Heading;
import io.github.ipplan.HeadingKind;
import io.github.ipplan.Indicator;
import io.github.ipplan.IndicatorKind;
import io.github.ipplan.IndicatorNature;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.PlanStatus;
import io.github.ipplan.Project;
import io.github.ipplan.TargetBound;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Checks the bundled Guangzhou plan against the project's copy of its source text. */
class GuangzhouPlanTest {
  private static final GuangzhouSource SOURCE = GuangzhouSource.load();
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final Plan PLAN = CATALOG.plan("guangzhou-2021-2025").orElseThrow();

  /**
   * Each target as the goals (主要目标) print it, by table row, copied by hand from the project's copy
   * of the source. Rows 11 to 13 are not in the goals.
   */
  private static final Map<Integer, String> STATED =
      Map.of(
          1, "每万人口高价值发明专利拥有量达30件",
          2, "新增海外发明专利授权量5000件",
          3, "有效注册商标总量达160万件",
          4, "全市知识产权管理体系贯标认证企事业单位超过6000家",
          5, "知识产权质押融资项目数、金额年均增长6%以上",
          6, "知识产权质押融资项目数、金额年均增长6%以上",
          7, "知识产权(专利)密集型产业增加值占GDP比重达13%",
          8, "版权产业行业增加值占GDP比重达10%",
          9, "全市建设知识产权信息公共服务网点15个以上",
          10, "知识产权服务机构达到3500家以上");

  private static String goals() {
    return String.join("\n", SOURCE.goals);
  }

  /** The figure as printed: value then unit, such as {@code 6%} or {@code 160万件}. */
  private static String figure(Indicator indicator) {
    return indicator.target().toPlainString() + indicator.unit();
  }

  /** The bound the printed words state: …以上 first (达到3500家以上 is a floor), then 超过, then 达 or 达到. */
  private static Optional<TargetBound> boundStatedBy(String words, String figure) {
    if (words.contains(figure + "以上")) {
      return Optional.of(TargetBound.AT_LEAST);
    }
    if (words.contains("超过" + figure)) {
      return Optional.of(TargetBound.MORE_THAN);
    }
    if (words.contains("达" + figure) || words.contains("达到" + figure)) {
      return Optional.of(TargetBound.REACH);
    }
    return Optional.empty();
  }

  private static String path(List<Heading> headings) {
    return String.join(" / ", headings.stream().map(h -> h.numeral() + " " + h.title()).toList());
  }

  @Test
  void source_has48Measures_7Projects_13IndicatorRows() {
    assertThat(SOURCE.measures)
        .extracting(GuangzhouSource.Measure::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 48).boxed().toList());
    assertThat(SOURCE.projects)
        .extracting(GuangzhouSource.Project::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 7).boxed().toList());
    assertThat(SOURCE.rows).hasSize(13);
  }

  @Test
  void everyMeasure_hasTheSourcesTitleAndText_underItsHeadings() {
    assertThat(PLAN.measures()).hasSameSizeAs(SOURCE.measures);
    for (GuangzhouSource.Measure expected : SOURCE.measures) {
      Measure measure = PLAN.measure(expected.number()).orElseThrow();
      assertThat(measure.title())
          .as("title of measure %s", expected.number())
          .contains(expected.title());
      assertThat(measure.text())
          .as("text of measure %s", expected.number())
          .isEqualTo(expected.text());
      assertThat(path(measure.headingPath()))
          .as("headings of measure %s", expected.number())
          .isEqualTo(expected.chapter() + " / " + expected.section());
      assertThat(measure.responsibilities()).isEmpty();
      assertThat(measure.assignment()).isEmpty();
    }
  }

  @Test
  void measures_sitInChapters3To8() {
    assertThat(PLAN.measures())
        .extracting(m -> m.headingPath().get(0).numeral())
        .containsOnly("三", "四", "五", "六", "七", "八");
  }

  @Test
  void everyProject_hasTheSourcesTitleParagraphsAndPlace() {
    assertThat(PLAN.projects()).hasSameSizeAs(SOURCE.projects);
    for (GuangzhouSource.Project expected : SOURCE.projects) {
      Project project = PLAN.project(expected.number()).orElseThrow();
      assertThat(project.title())
          .as("title of project %s", expected.number())
          .isEqualTo(expected.title());
      assertThat(project.paragraphs())
          .as("paragraphs of project %s", expected.number())
          .containsExactlyElementsOf(expected.paragraphs());
      assertThat(path(project.headingPath()))
          .as("headings of project %s", expected.number())
          .isEqualTo(expected.chapter() + " / " + expected.section());
      assertThat(project.followsMeasure())
          .as("place of project %s", expected.number())
          .contains(expected.follows());
      assertThat(project.id()).isEqualTo("guangzhou-2021-2025/project/" + expected.number());
    }
    assertThat(PLAN.project(5).orElseThrow().paragraphs()).hasSize(3);
  }

  @Test
  void outline_isTheChaptersAndSectionsOfTheSource() {
    assertThat(PLAN.outline())
        .extracting(h -> h.numeral() + " " + h.title())
        .containsExactlyElementsOf(SOURCE.chapters);
    assertThat(PLAN.outline()).extracting(Heading::kind).containsOnly(HeadingKind.CHAPTER);
    assertThat(
            PLAN.outline().stream()
                .flatMap(
                    chapter ->
                        chapter.subheadings().stream()
                            .map(section -> path(List.of(chapter, section)))))
        .containsExactlyElementsOf(SOURCE.sections);
  }

  @Test
  void everyIndicator_hasTheNameValueUnitAndSourceOfItsRow() {
    assertThat(PLAN.indicators()).hasSameSizeAs(SOURCE.rows);
    for (int i = 0; i < SOURCE.rows.size(); i++) {
      GuangzhouSource.Row row = SOURCE.rows.get(i);
      Indicator indicator = PLAN.indicators().get(i);
      int open = row.nameAndUnit().lastIndexOf('(');
      String unit = row.nameAndUnit().substring(open + 1).replaceFirst("\\)$", "");

      assertThat(indicator.row()).isEqualTo(i + 1);
      assertThat(indicator.name())
          .as("name of row %s", i + 1)
          .isEqualTo(row.nameAndUnit().substring(0, open));
      assertThat(indicator.unit()).as("unit of row %s", i + 1).isEqualTo(unit);
      assertThat(indicator.target())
          .as("target of row %s", i + 1)
          .isEqualTo(new BigDecimal(row.value()));
      Agency source = indicator.source().orElseThrow();
      assertThat(source.printedNames()).as("source of row %s", i + 1).contains(row.source());
      assertThat(indicator.sourceName()).as("source name of row %s", i + 1).contains(row.source());
      assertThat(CATALOG.agency(row.source())).contains(source);
    }
  }

  @Test
  void everyIndicator_hasTheKindItsNameAndUnitState() {
    for (Indicator indicator : PLAN.indicators()) {
      IndicatorKind expected;
      if (indicator.unit().equals("%") && indicator.name().endsWith("年均增长率")) {
        expected = IndicatorKind.ANNUAL_GROWTH_RATE;
      } else if (indicator.unit().equals("%") && indicator.name().endsWith("占GDP比重")) {
        expected = IndicatorKind.SHARE_OF_GDP;
      } else if (indicator.unit().equals("分")) {
        expected = IndicatorKind.SCORE;
      } else if (indicator.unit().startsWith("件/")) {
        expected = IndicatorKind.ANNUAL_COUNT;
      } else if (goals().contains("新增" + indicator.name() + figure(indicator))) {
        expected = IndicatorKind.NEW_OVER_PERIOD;
      } else {
        expected = IndicatorKind.LEVEL;
      }
      assertThat(indicator.kind()).as(indicator.name()).isEqualTo(expected);
    }
  }

  @Test
  void indicators_areExpectedTargetsFor2025_asTheTableAndGoalsSay() {
    assertThat(SOURCE.tableTitle).contains("预期性指标");
    assertThat(SOURCE.text).contains("到2025年");
    assertThat(PLAN.indicators())
        .allSatisfy(
            indicator -> {
              assertThat(indicator.nature()).isEqualTo(IndicatorNature.EXPECTED);
              assertThat(indicator.targetYear()).isEqualTo(2025);
            });
  }

  @Test
  void unitCellsCutShort_areKeptAsPrintedWithANote() {
    List<Indicator> cut = PLAN.indicators().stream().filter(i -> i.unit().equals("件/")).toList();

    assertThat(cut).extracting(Indicator::name).containsExactly("知识产权维权援助和调解", "知识产权仲裁案件数");
    assertThat(cut).allSatisfy(i -> assertThat(i.notes()).anyMatch(n -> n.contains("'(件/'")));
  }

  @Test
  void baselines_quoteTheSourceVerbatim_andStateTheirValue() {
    List<Indicator> withBaseline =
        PLAN.indicators().stream().filter(i -> i.baseline().isPresent()).toList();

    assertThat(withBaseline)
        .extracting(Indicator::name)
        .containsExactly("有效注册商标总量", "知识产权管理体系贯标认证企事业单位");
    for (Indicator indicator : withBaseline) {
      var baseline = indicator.baseline().orElseThrow();
      assertThat(SOURCE.text).as("evidence for %s", indicator.name()).contains(baseline.evidence());
      assertThat(baseline.evidence()).contains(baseline.value().toPlainString() + indicator.unit());
      assertThat(baseline.year()).isEqualTo(2020);
    }
  }

  @Test
  void everyStatedTarget_isPrintedOnceInTheGoals_withTheTablesValueAndUnit() {
    for (Indicator indicator : PLAN.indicators()) {
      String words = STATED.get(indicator.row());
      if (words == null) {
        assertThat(indicator.row()).isBetween(11, 13);
        assertThat(goals())
            .as("row %s", indicator.row())
            .doesNotContain(indicator.name())
            .doesNotContain(figure(indicator));
        continue;
      }
      assertThat(words).as("row %s", indicator.row()).contains(figure(indicator));
      assertThat(goals().indexOf(words))
          .as("row %s", indicator.row())
          .isNotNegative()
          .isEqualTo(goals().lastIndexOf(words));
    }
  }

  @Test
  void everyBound_isTheWordTheGoalsPrint_andRowsWithoutOneHaveNone() {
    for (Indicator indicator : PLAN.indicators()) {
      Optional<TargetBound> expected =
          Optional.ofNullable(STATED.get(indicator.row()))
              .flatMap(words -> boundStatedBy(words, figure(indicator)));
      assertThat(indicator.bound()).as("bound of row %s", indicator.row()).isEqualTo(expected);
    }
    assertThat(PLAN.indicators())
        .extracting(i -> i.bound().orElse(null))
        .containsExactly(
            TargetBound.REACH,
            null,
            TargetBound.REACH,
            TargetBound.MORE_THAN,
            TargetBound.AT_LEAST,
            TargetBound.AT_LEAST,
            TargetBound.REACH,
            TargetBound.REACH,
            TargetBound.AT_LEAST,
            TargetBound.AT_LEAST,
            null,
            null,
            null);
  }

  @Test
  void everyBoundEvidence_isAWholeSentenceOfTheGoals_thatCarriesTheStatedWord() {
    for (Indicator indicator : PLAN.indicators()) {
      if (indicator.bound().isEmpty()) {
        assertThat(indicator.boundEvidence()).as("row %s", indicator.row()).isEmpty();
        continue;
      }
      String evidence = indicator.boundEvidence().orElseThrow();
      String figure = figure(indicator);
      int at = goals().indexOf(evidence);

      assertThat(at).as("evidence of row %s is in the goals", indicator.row()).isNotNegative();
      assertThat(goals().charAt(at - 1))
          .as("evidence of row %s starts a sentence", indicator.row())
          .isIn('。', '\n');
      assertThat(evidence)
          .as("evidence of row %s is one sentence", indicator.row())
          .endsWith("。")
          .containsOnlyOnce("。");
      assertThat(evidence)
          .as("evidence of row %s", indicator.row())
          .contains(STATED.get(indicator.row()));
      switch (indicator.bound().orElseThrow()) {
        case REACH ->
            assertThat(evidence)
                .containsAnyOf("达" + figure, "达到" + figure)
                .doesNotContain(figure + "以上");
        case AT_LEAST -> assertThat(evidence).contains(figure + "以上");
        case MORE_THAN -> assertThat(evidence).contains("超过" + figure);
      }
    }
  }

  @Test
  void overseasGrants_areNewOverThePlanPeriod_withNoBound() {
    Indicator overseas = PLAN.indicators().get(1);

    assertThat(overseas.name()).isEqualTo("海外发明专利授权量");
    assertThat(goals()).contains("新增" + overseas.name() + figure(overseas) + ";");
    assertThat(overseas.kind()).isEqualTo(IndicatorKind.NEW_OVER_PERIOD);
    assertThat(overseas.bound()).isEmpty();
  }

  @Test
  void theUnnotedAnomalies_areNoted() {
    assertThat(SOURCE.paragraphs.get(0)).endsWith("有关事项通告如下:");
    assertThat(SOURCE.paragraphs.get(1)).isEqualTo("附件:");
    assertThat(PLAN.notes())
        .anyMatch(note -> note.contains("'有关事项通告如下:'") && note.contains("no items follow"));

    Indicator trademarks = PLAN.indicators().get(2);
    assertThat(trademarks.baseline().orElseThrow().evidence())
        .contains("有效商标注册量")
        .doesNotContain(trademarks.name());
    assertThat(trademarks.notes())
        .anyMatch(
            note -> note.contains("'有效商标注册量'") && note.contains("'" + trademarks.name() + "'"));
  }

  @Test
  void metadata_isTheSources() {
    assertThat(PLAN.title()).isEqualTo("广州市知识产权保护和运用“十四五”规划");
    assertThat(SOURCE.paragraphs.get(0)).contains("《" + PLAN.title() + "》");
    assertThat(SOURCE.paragraphs).contains(PLAN.title() + "(征求意见稿).docx");
    assertThat(PLAN.issuer().name()).isEqualTo("广州市市场监督管理局");
    assertThat(SOURCE.paragraphs).contains(PLAN.issuer().name(), "2021年5月7日");
    assertThat(PLAN.issued()).isEqualTo(LocalDate.of(2021, 5, 7));
    assertThat(PLAN.status()).isEqualTo(PlanStatus.DRAFT_FOR_COMMENT);
    assertThat(PLAN.firstYear()).isEqualTo(2021);
    assertThat(PLAN.lastYear()).isEqualTo(2025);
    assertThat(PLAN.notes()).anyMatch(note -> note.contains("draft published for public comment"));
  }

  @Test
  void theMunicipalOffice_isOneBodyUnderTwoNames_andNotTheNationalOne() {
    Agency municipal = CATALOG.agency("市知识产权局").orElseThrow();

    assertThat(CATALOG.agency("广州市市场监督管理局")).contains(municipal);
    assertThat(CATALOG.agency("知识产权局")).isNotEqualTo(CATALOG.agency("市知识产权局"));
    assertThat(municipal.isPublicBody()).isTrue();
  }

  @Test
  void theThirdParty_isNotAPublicBody_andHasNoFullNameOrLevel() {
    Agency thirdParty = CATALOG.agency("第三方机构").orElseThrow();

    assertThat(thirdParty.isPublicBody()).isFalse();
    assertThat(thirdParty.kind()).isEqualTo(AgencyKind.NON_GOVERNMENT_ORGANISATION);
    assertThat(thirdParty.fullName()).isEmpty();
    assertThat(thirdParty.level()).isEmpty();
  }

  @Test
  void indicatorsFromSource_areTheRowsThatNameIt_inTableOrder() {
    for (String source : List.of("市知识产权局", "市统计局", "广州仲裁委", "第三方机构")) {
      List<Integer> expected =
          IntStream.range(0, SOURCE.rows.size())
              .filter(i -> SOURCE.rows.get(i).source().equals(source))
              .mapToObj(i -> i + 1)
              .toList();
      assertThat(CATALOG.indicatorsFromSource(CATALOG.agency(source).orElseThrow()))
          .as(source)
          .extracting(Indicator::row)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void measuresUnder_aChapter_areThoseOfItsSections() {
    Heading protection = PLAN.outline().get(2);

    assertThat(protection.title()).isEqualTo("强化高标准知识产权保护");
    assertThat(PLAN.measuresUnder(protection))
        .extracting(Measure::number)
        .containsExactlyElementsOf(
            SOURCE.measures.stream()
                .filter(m -> m.chapter().equals("三 强化高标准知识产权保护"))
                .map(GuangzhouSource.Measure::number)
                .toList());
    assertThat(PLAN.measuresUnder(protection.subheadings().get(0)))
        .extracting(Measure::number)
        .containsExactly(1, 2);
  }
}
