package io.github.ipplan.yaml;

import static io.github.ipplan.testing.Theories.qt;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ipplan.Agency;
import io.github.ipplan.Assignment;
import io.github.ipplan.Heading;
import io.github.ipplan.HeadingKind;
import io.github.ipplan.IndicatorTable;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Project;
import io.github.ipplan.yaml.testing.RandomPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanWriterTest {
  private static final PlanCatalog BUNDLED = BundledPlans.load();
  private static final Registry REGISTRY = Loading.registry(List.of(), LoadOptions.defaults());

  private static Plan reload(String yaml) {
    return Loading.catalog(
            REGISTRY,
            List.of(new Loading.Source("written.yaml", yaml.getBytes(UTF_8), false)),
            LoadOptions.defaults())
        .plans()
        .get(0);
  }

  @Test
  void bundledPlans_loadBackEqual_andWriteStably() {
    for (Plan plan : BUNDLED.plans()) {
      String yaml = PlanWriter.write(plan);

      assertThat(reload(yaml)).as(plan.id()).isEqualTo(plan);
      assertThat(PlanWriter.write(reload(yaml))).as(plan.id()).isEqualTo(yaml);
    }
  }

  @Test
  void bundledRegistryAndPlans_writtenAndLoadedAgain_giveAnEqualCatalog() {
    String registry = PlanWriter.writeRegistry(BUNDLED.agencies());
    Registry reread =
        Registry.empty()
            .plus(
                YamlDocument.compose(
                    "agencies.yaml", registry.getBytes(UTF_8), LoadOptions.defaults()));
    PlanCatalog again =
        Loading.catalog(
            reread,
            BUNDLED.plans().stream()
                .map(
                    plan ->
                        new Loading.Source(
                            plan.id() + ".yaml", PlanWriter.write(plan).getBytes(UTF_8), false))
                .toList(),
            LoadOptions.defaults());

    assertThat(again.agencies()).isEqualTo(BUNDLED.agencies());
    assertThat(again.plans()).isEqualTo(BUNDLED.plans());
    assertThat(PlanWriter.writeRegistry(again.agencies())).isEqualTo(registry);
  }

  @Test
  void generatedPlans_loadBackEqual() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Plan plan = RandomPlans.generate(seed, REGISTRY.agencies());
              String yaml = PlanWriter.write(plan);

              assertThat(reload(yaml))
                  .as("plan from seed %s, written as:%n%s", seed, yaml)
                  .isEqualTo(plan);
            });
  }

  @Test
  void output_hasTheDocumentedShape() {
    String yaml = PlanWriter.write(BUNDLED.plan("national-2021-2022").orElseThrow());

    assertThat(yaml)
        .startsWith(
            "id: national-2021-2022\n"
                + "title: 知识产权强国建设纲要和“十四五”规划实施年度推进计划\n"
                + "issuer: 联席会议办公室\n"
                + "issued: 2021-12-27\n"
                + "published: 2022-01-04\n"
                + "status: in-force\n"
                + "period: {from: 2021, to: 2022}\n");
    assertThat(yaml)
        .contains(
            "        measures:\n"
                + "          - number: 1\n"
                + "            text: 推进修订《中华人民共和国反垄断法》");
    assertThat(yaml)
        .contains(
            "            responsible: [中央宣传部, 知识产权局]\n" + "            assignment: by-duty\n");
  }

  @Test
  void measuresOutOfOutlineOrder_areRefused() {
    Heading part = Heading.builder().kind(HeadingKind.PART).numeral("一").title("部分").build();
    Measure second =
        Measure.builder().planId("p").number(2).text("二。").addHeadingPath(part).build();
    Measure first = Measure.builder().planId("p").number(1).text("一。").build();
    Plan plan =
        Plan.builder()
            .from(BUNDLED.plan("national-2021-2022").orElseThrow())
            .id("p")
            .outline(List.of(part))
            .measures(List.of(second, first))
            .build();

    assertThatThrownBy(() -> PlanWriter.write(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Plan 'p' cannot be written: its measures are not in outline order");
  }

  @Test
  void textWithAnUnpairedSurrogate_isRefused() {
    Plan plan =
        Plan.builder()
            .from(BUNDLED.plan("national-2021-2022").orElseThrow())
            .title("x\uD800")
            .build();

    assertThatThrownBy(() -> PlanWriter.write(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Text cannot be written: it holds U+D800, which a plan's text may not hold "
                + "(a control character, a noncharacter or an unpaired surrogate): 'x\\uD800'");
  }

  @Test
  void anOutlineMixingPartsAndChapters_isRefused() {
    Heading part = Heading.builder().kind(HeadingKind.PART).numeral("一").title("部分").build();
    Heading chapter = Heading.builder().kind(HeadingKind.CHAPTER).numeral("二").title("章").build();
    Plan plan =
        Plan.builder()
            .from(BUNDLED.plan("national-2021-2022").orElseThrow())
            .id("p")
            .outline(List.of(part, chapter))
            .measures(List.of())
            .build();

    assertThatThrownBy(() -> PlanWriter.write(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Plan 'p' cannot be written: its outline mixes PART and CHAPTER");
  }

  private static Plan.Builder small() {
    return Plan.builder()
        .from(BUNDLED.plan("national-2021-2022").orElseThrow())
        .id("p")
        .outline(List.of())
        .measures(List.of())
        .projects(List.of())
        .indicators(List.of())
        .indicatorTable(java.util.Optional.empty());
  }

  @Test
  void aHeadingBelowASection_orAPartUnderAPart_isRefused() {
    Heading inner = Heading.builder().kind(HeadingKind.PART).numeral("二").title("小节").build();
    Heading part =
        Heading.builder()
            .kind(HeadingKind.PART)
            .numeral("一")
            .title("部分")
            .addSubheadings(inner)
            .build();

    assertThatThrownBy(() -> PlanWriter.write(small().outline(List.of(part)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Plan 'p' cannot be written: heading 二 小节 is not a plain section");
    Heading deep =
        Heading.builder()
            .kind(HeadingKind.SECTION)
            .numeral("二")
            .title("节")
            .addSubheadings(
                Heading.builder().kind(HeadingKind.SECTION).numeral("一").title("小节").build())
            .build();
    Heading holder =
        Heading.builder()
            .kind(HeadingKind.PART)
            .numeral("一")
            .title("部分")
            .addSubheadings(deep)
            .build();
    assertThatThrownBy(() -> PlanWriter.write(small().outline(List.of(holder)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Plan 'p' cannot be written: heading 二 节 is not a plain section");
  }

  @Test
  void aProjectOutsideASection_isRefused() {
    Heading part = Heading.builder().kind(HeadingKind.PART).numeral("一").title("部分").build();
    Project project =
        Project.builder()
            .planId("p")
            .number(1)
            .title("项目")
            .addParagraphs("正文。")
            .addHeadingPath(part)
            .build();

    assertThatThrownBy(
            () -> PlanWriter.write(small().outline(List.of(part)).addProjects(project).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Plan 'p' cannot be written: a project sits outside a section");
  }

  @Test
  void anIndicatorTableOutsideTheOutline_isRefused() {
    IndicatorTable table =
        IndicatorTable.builder().title("指标").columns(List.of("指标", "数值", "数据来源")).build();

    assertThatThrownBy(() -> PlanWriter.write(small().indicatorTable(table).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Plan 'p' cannot be written: its indicator table sits outside the outline");
  }

  @Test
  void jointAssignments_areLeftOut_andOthersWritten() {
    Agency cnipa = BUNDLED.agency("知识产权局").orElseThrow();
    Measure joint =
        Measure.builder()
            .planId("p")
            .number(1)
            .text("一。")
            .responsible(List.of(cnipa))
            .assignment(Assignment.JOINT)
            .build();
    Measure byDuty =
        Measure.builder()
            .planId("p")
            .number(2)
            .text("二。")
            .responsible(List.of(cnipa))
            .assignment(Assignment.BY_DUTY)
            .build();

    String yaml = PlanWriter.write(small().measures(List.of(joint, byDuty)).build());

    assertThat(yaml)
        .contains(
            "measures:\n"
                + "  - number: 1\n"
                + "    text: 一。\n"
                + "    responsible: [知识产权局]\n"
                + "  - number: 2\n"
                + "    text: 二。\n"
                + "    responsible: [知识产权局]\n"
                + "    assignment: by-duty\n");
  }

  @Test
  void longTextsStayOnOneLine_andListsOfTextAreWrittenAsBlocks() {
    String text = "加强 知识产权 保护，".repeat(20);
    Heading part =
        Heading.builder()
            .kind(HeadingKind.PART)
            .numeral("一")
            .title("部分")
            .addParagraphs("第一段。", "第二段。")
            .build();
    Measure measure =
        Measure.builder().planId("p").number(1).text(text).addHeadingPath(part).build();

    String yaml =
        PlanWriter.write(small().outline(List.of(part)).measures(List.of(measure)).build());

    assertThat(yaml)
        .contains(
            "  - numeral: 一\n"
                + "    title: 部分\n"
                + "    paragraphs:\n"
                + "      - 第一段。\n"
                + "      - 第二段。\n");
    assertThat(yaml.lines()).contains("        text: " + text);
  }

  @Test
  void textWithAForbiddenFirstCharacter_isRefused() {
    Plan plan = small().title("\u0001计划").build();

    assertThatThrownBy(() -> PlanWriter.write(plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Text cannot be written: it holds U+0001, which a plan's text may not hold "
                + "(a control character, a noncharacter or an unpaired surrogate): '\\u0001计划'");
  }
}
