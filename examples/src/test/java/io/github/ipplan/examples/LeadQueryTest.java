package io.github.ipplan.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class LeadQueryTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String name) {
    return LeadQuery.run(
        CATALOG, name, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
  }

  @Test
  void printsTheTasksTheBodyLeads_withTheirTextAndTheOtherBodies() {
    assertThat(run("知识产权局")).isZero();

    String printed = out.toString(UTF_8);
    assertThat(printed)
        .startsWith(
            "知识产权局 (国家知识产权局, China National Intellectual Property Administration) leads 36 tasks.");
    assertThat(printed).contains("11. 制定出台知识产权有关分项规划。\n   with: (no other body)\n");
    assertThat(printed).contains("14. 制定出台《关于加强知识产权纠纷调解工作的意见》，并组织实施。\n   with: 中央宣传部、司法部\n");
    assertThat(printed.indexOf("\n11. ")).isLessThan(printed.indexOf("\n14. "));
  }

  @Test
  void everyNameOfTheBody_printsTheSameTasks() {
    run("知识产权局");
    String byPrintedName = out.toString(UTF_8);
    out.reset();

    assertThat(run("CNIPA")).isZero();
    assertThat(out.toString(UTF_8)).isEqualTo(byPrintedName);
  }

  @Test
  void unknownName_exitsWith2AndSaysSo() {
    assertThat(run("知识产权")).isEqualTo(2);
    assertThat(err.toString(UTF_8)).isEqualTo("No body is called '知识产权'.\n");
    assertThat(out.toString(UTF_8)).isEmpty();
  }

  @Test
  void noName_exitsWith2AndPrintsTheUsage() {
    assertThat(run("")).isEqualTo(2);
    assertThat(err.toString(UTF_8)).isEqualTo("Usage: LeadQuery <body name>\n");
    assertThat(out.toString(UTF_8)).isEmpty();
  }

  @Test
  void theTasks_stand_underTheirPlansId_onceForEachPlan() {
    // 知识产权局 is named first only in the national plan; the Guangzhou plan assigns no task.
    assertThat(run("知识产权局")).isZero();

    String printed = out.toString(UTF_8);
    assertThat(printed).contains(" leads 36 tasks.\n\n# national-2021-2022\n\n");
    assertThat(printed.split("\n# ", -1)).hasSize(2);
  }
}
