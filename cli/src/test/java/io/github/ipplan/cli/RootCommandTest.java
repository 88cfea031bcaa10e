package io.github.ipplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.commands.Commands;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Which subcommands the command line builds for a run: only those the run may need. */
class RootCommandTest {
  private final StringWriter out = new StringWriter();
  private final Supplier<PlanCatalog> unused =
      () -> {
        throw new AssertionError("the catalog is not needed");
      };

  private CommandLine commandLine(String... args) {
    return RootCommand.commandLine(
        unused, args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
  }

  @Test
  void aSubcommand_isTheOnlyOneBuilt() {
    assertThat(commandLine("leads", "知识产权局").getSubcommands().keySet()).containsExactly("leads");
    assertThat(commandLine("plans").getSubcommands().keySet()).containsExactly("plans");
  }

  @Test
  void theVersionAlone_buildsNoSubcommand_andPrintsTheVersion() {
    for (String option : new String[] {"--version", "-V"}) {
      CommandLine commandLine = commandLine(option);

      assertThat(commandLine.getSubcommands()).as(option).isEmpty();
      assertThat(commandLine.execute(option)).isZero();
    }
    String version = new Version().getVersion()[0];
    assertThat(version).startsWith("ipplan ");
    assertThat(out.toString()).isEqualTo(version + "\n" + version + "\n");
  }

  @Test
  void helpOrNoSubcommand_orAnUnknownOne_buildsThemAll() {
    int all = Commands.byName().size();

    assertThat(commandLine().getSubcommands()).hasSize(all);
    assertThat(commandLine("help", "leads").getSubcommands()).hasSize(all);
    assertThat(commandLine("--help").getSubcommands()).hasSize(all);
    assertThat(commandLine("--version", "leads").getSubcommands()).hasSize(all);
    assertThat(commandLine("lead").getSubcommands()).hasSize(all);
  }

  @Test
  void theVersion_ofClassesOutsideAJar_saysTheyAreADevelopmentBuild() {
    assertThat(new Version().getVersion()).containsExactly("ipplan (development build)");
  }

  @Test
  void noSubcommand_printsTheSameUsageAsHelp_andSucceeds() {
    StringWriter err = new StringWriter();
    StringWriter help = new StringWriter();

    int code = Ipplan.run(unused, new String[0], new PrintWriter(out), new PrintWriter(err));
    Ipplan.run(unused, new String[] {"--help"}, new PrintWriter(help), new PrintWriter(err));

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("Usage: ipplan [-hV] [--file=<plan.yaml>]... [--registry=<registry.yaml>]...\n")
        .contains("\nExit codes:\n")
        .isEqualTo(help.toString());
    assertThat(err.toString()).isEmpty();
  }
}
