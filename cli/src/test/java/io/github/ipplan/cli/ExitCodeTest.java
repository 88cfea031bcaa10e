package io.github.ipplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The exit codes: one type, the numbers help lists, and those picocli returns by itself. */
class ExitCodeTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Ipplan.run(CATALOG, args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void theCodes_areZeroToFive_inOrder() {
    assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code))
        .containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void help_listsEveryCode_withItsMeaning() {
    assertThat(run("--help")).isEqualTo(ExitCode.SUCCESS.code());

    assertThat(out.toString())
        .endsWith(
            "Exit codes:\n"
                + "  0   success (also when nothing matches); validate: every file is valid\n"
                + "  1   unexpected failure (a bug)\n"
                + "  2   usage error, also a port that cannot be listened on\n"
                + "  3   unknown body, plan, measure or project\n"
                + "  4   a plan or registry file is invalid or cannot be read (validate: some file\n"
                + "        is), or an output file cannot be written (missing folder, file in the\n"
                + "        way, no permission, full disk)\n"
                + "  5   import: the plan file was written but does not load yet\n");
  }

  @Test
  void theCodesPicocliReturns_areTheSameNumbers() {
    assertThat(ExitCode.SUCCESS.code()).isEqualTo(CommandLine.ExitCode.OK);
    assertThat(ExitCode.UNEXPECTED.code()).isEqualTo(CommandLine.ExitCode.SOFTWARE);
    assertThat(ExitCode.USAGE.code()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(run("no-such-command")).isEqualTo(2);
  }

  @Test
  void anUnknownBody_endsWithNotFound() {
    assertThat(run("leads", "知识产权")).isEqualTo(3).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(err.toString()).startsWith("No body is called '知识产权'.");
  }
}
