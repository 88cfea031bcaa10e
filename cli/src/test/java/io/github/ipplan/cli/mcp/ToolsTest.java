package io.github.ipplan.cli.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tools' answers over the bundled plans. Expected numbers and texts are read from the source
 * documents (national-annual-plan-2021-2022.txt, guangzhou-ip-plan-2021-2025-draft.txt).
 */
class ToolsTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();

  /**
   * The numbers of the national tasks whose responsibility clause names 知识产权局 first (the source's
   * last paragraph: the body listed first leads), read from the source text.
   */
  static final List<Integer> NATIONAL_CNIPA_LEADS =
      List.of(
          11, 14, 16, 17, 18, 32, 35, 43, 44, 45, 46, 47, 48, 49, 50, 59, 60, 63, 64, 66, 67, 68,
          71, 76, 82, 86, 87, 88, 89, 90, 91, 97, 98, 104, 106, 107);

  private static Answer call(String tool, Object... nameThenValue) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i < nameThenValue.length; i += 2) {
      arguments.put((String) nameThenValue[i], nameThenValue[i + 1]);
    }
    return Tools.call(CATALOG, tool, arguments);
  }

  private static String error(String tool, Object... nameThenValue) {
    try {
      call(tool, nameThenValue);
    } catch (ToolError e) {
      return e.getMessage();
    }
    throw new AssertionError(tool + " answered where it should have failed");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Answer answer, String key) {
    return (List<Map<String, Object>>) answer.structured().get(key);
  }

  @Test
  void leadsByAnyNameOfCnipaAreTheThirtySixNationalTasksOfTheSource() {
    for (String name : List.of("知识产权局", "国知局", "ＣＮＩＰＡ", "国家知识产权局")) {
      Answer answer = call("leads", "body", name, "plan", "national-2021-2022");
      assertThat(list(answer, "tasks"))
          .extracting(task -> ((Number) task.get("number")).intValue())
          .as(name)
          .containsExactlyElementsOf(NATIONAL_CNIPA_LEADS);
      assertThat(answer.text())
          .startsWith("知识产权局 (国家知识产权局) leads 36 tasks in national-2021-2022: ")
          .contains(
              "[national-2021-2022/measure/18]\nnational-2021-2022 measure 18\n  探索推进外观设计制度改革。");
    }
  }

  @Test
  void aMeasureIsQuotedVerbatimUnderItsId() {
    Answer answer = call("measure", "plan", "national-2021-2022", "number", 3);
    assertThat(answer.text())
        .startsWith(
            "[national-2021-2022/measure/3]\nnational-2021-2022 measure 3\n"
                + "  推进修改《中华人民共和国植物新品种保护条例》。\n"
                + "  bodies: 农业农村部 (lead), 林草局 (participant), 知识产权局 (participant)");
    assertThat(answer.structured())
        .containsEntry("id", "national-2021-2022/measure/3")
        .containsEntry("plan", "national-2021-2022");
    assertThat(answer.structured()).containsEntry("number", 3);
  }

  @Test
  void aNumberMayComeAsDigitsInAString() {
    assertThat(call("measure", "plan", "national-2021-2022", "number", "18").text())
        .contains("探索推进外观设计制度改革。");
  }

  @Test
  void anUnknownBodyIsAToolErrorWithTheNearestNames() {
    assertThat(error("leads", "body", "知识产权"))
        .startsWith("No body is called '知识产权'. Nearest names: ")
        .contains("知识产权局");
  }

  @Test
  void anUnknownPlanIsAToolErrorListingThePlans() {
    assertThat(error("measure", "plan", "national-2021", "number", 1))
        .isEqualTo(
            "No plan is called 'national-2021'. Plans: national-2021-2022, guangzhou-2021-2025."
                + " Nearest: national-2021-2022.");
  }

  @Test
  void aMeasureBeyondThePlanIsAToolErrorGivingHowManyItHas() {
    assertThat(error("measure", "plan", "national-2021-2022", "number", 116))
        .isEqualTo("Plan national-2021-2022 has no measure 116; it has 115.");
  }

  @Test
  void argumentsAreChecked() {
    assertThat(error("leads")).startsWith("leads needs 'body': Any name of a body");
    assertThat(error("leads", "body", "  ")).startsWith("leads needs 'body': ");
    assertThat(error("leads", "name", "知识产权局"))
        .isEqualTo("leads takes no argument 'name'; it takes body, plan.");
    assertThat(error("plans", "plan", "x"))
        .isEqualTo("plans takes no argument 'plan'; it takes none.");
    assertThat(error("leads", "body", 7)).isEqualTo("'body' must be a string, not 7.");
    assertThat(error("measure", "plan", "national-2021-2022", "number", 0))
        .isEqualTo("'number' must be a whole number from 1 up, not 0.");
    assertThat(error("measure", "plan", "national-2021-2022", "number", 2.5))
        .isEqualTo("'number' must be a whole number from 1 up, not 2.5.");
    assertThat(error("measure", "plan", "national-2021-2022", "number", "三"))
        .isEqualTo("'number' must be a whole number from 1 up, not 三.");
    assertThat(error("measure", "plan", "national-2021-2022"))
        .isEqualTo("measure needs 'number': from 1.");
    assertThat(error("nothing")).isEqualTo("There is no tool called 'nothing'.");
  }

  @Test
  void plansListsBothPlansWithTheirCounts() {
    Answer answer = call("plans");
    assertThat(list(answer, "plans"))
        .extracting(p -> p.get("id"))
        .containsExactly("national-2021-2022", "guangzhou-2021-2025");
    assertThat(list(answer, "plans").get(0)).containsEntry("measures", 115);
    assertThat(answer.text()).contains("national-2021-2022  ");
  }

  @Test
  void searchFindsTheMeasuresAndKeepsToAPlan() {
    Answer all = call("search", "query", "外观设计制度改革");
    assertThat(list(all, "measures")).extracting(m -> m.get("number")).containsExactly(18);
    assertThat(all.text()).contains("[national-2021-2022/measure/18]");
    Answer guangzhou = call("search", "query", "外观设计制度改革", "plan", "guangzhou-2021-2025");
    assertThat(list(guangzhou, "measures")).isEmpty();
    assertThat(error("search", "query", "")).startsWith("search needs 'query': ");
  }

  @Test
  void bodyIndicatorsCollaborationsAndProjectAnswer() {
    Answer body = call("body", "body", "CNIPA");
    assertThat(body.structured()).containsEntry("id", "cnipa");
    assertThat(body.text()).startsWith("知识产权局 (国家知识产权局)  [");
    assertThat(list(call("indicators", "plan", "national-2021-2022"), "indicators")).isEmpty();
    assertThat(list(call("indicators", "plan", "guangzhou-2021-2025"), "indicators")).isNotEmpty();
    assertThat(list(call("collaborations", "body", "知识产权局"), "collaborations")).isNotEmpty();
    assertThat(call("project", "plan", "guangzhou-2021-2025", "number", 1).text())
        .startsWith("[guangzhou-2021-2025/project/1]\nguangzhou-2021-2025 project 1: ");
    assertThat(list(call("bodies", "plan", "national-2021-2022"), "bodies")).isNotEmpty();
    assertThat(list(call("participates", "body", "知识产权局"), "tasks")).isNotEmpty();
    assertThat(list(call("involves", "body", "知识产权局"), "tasks")).hasSizeGreaterThan(36);
  }
}
