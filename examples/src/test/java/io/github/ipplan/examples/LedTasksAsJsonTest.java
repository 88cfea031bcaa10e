package io.github.ipplan.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class LedTasksAsJsonTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String name) throws Exception {
    return LedTasksAsJson.run(
        CATALOG, name, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
  }

  @Test
  void writesTheTasksTheBodyLeads_asTheJsonModuleWritesThem() throws Exception {
    assertThat(run("CNIPA")).isZero();

    JsonNode tasks = new ObjectMapper().readTree(out.toString(UTF_8));
    // national-annual-plan-2021-2022.txt, line 49: 11. 制定出台知识产权有关分项规划。（知识产权局负责）
    JsonNode first = tasks.get(0);
    assertThat(first.get("id").asText()).isEqualTo("national-2021-2022/measure/11");
    assertThat(first.get("plan").asText()).isEqualTo("national-2021-2022");
    assertThat(first.get("number").asInt()).isEqualTo(11);
    assertThat(first.get("text").asText()).isEqualTo("制定出台知识产权有关分项规划。");
    // line 55: 14. 制定出台《关于加强知识产权纠纷调解工作的意见》，并组织实施。（知识产权局、中央宣传部、司法部负责）
    JsonNode fourteenth = tasks.get(1);
    assertThat(fourteenth.get("text").asText()).isEqualTo("制定出台《关于加强知识产权纠纷调解工作的意见》，并组织实施。");
    assertThat(fourteenth.findValuesAsText("printedName")).containsExactly("知识产权局", "中央宣传部", "司法部");
    assertThat(tasks).hasSize(36);
    assertThat(err.toString(UTF_8)).isEmpty();
  }

  @Test
  void unknownName_exitsWith2AndWritesNoJson() throws Exception {
    assertThat(run("知识产权")).isEqualTo(2);
    assertThat(err.toString(UTF_8)).isEqualTo("No body is called '知识产权'.\n");
    assertThat(out.toString(UTF_8)).isEmpty();
  }
}
