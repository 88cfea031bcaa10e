package io.github.ipplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.yaml.BundledPlans;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Supplier<PlanCatalog> catalog, String... args) {
    return Ipplan.run(catalog, args, new PrintWriter(out), new PrintWriter(err));
  }

  private int run(String... args) {
    return run(() -> CATALOG, args);
  }

  @Test
  void anArgumentStartingWithAt_isANameLikeAnyOther_notAFileOfArguments(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("names.txt");
    Files.writeString(file, "知识产权局\n");

    assertThat(run("leads", "@" + file)).isEqualTo(ExitCode.NOT_FOUND.code());

    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("No body is called '@" + file + "'.");
  }

  @Test
  void anArgumentNamingAnEndlessFile_returnsAtOnce_becauseTheFileIsNeverRead() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "needs /dev/zero");

    int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("leads", "@" + zero));

    assertThat(code).isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(err.toString()).startsWith("No body is called '@/dev/zero'.");
  }

  @Test
  void anArgumentStartingWithAt_isLiteralInOptionValuesAndSearchTexts() {
    assertThat(run("search", "@/etc/hostname")).isZero();
    assertThat(out.toString()).isEqualTo("'@/etc/hostname' is in 0 measures and 0 projects.\n");
    out.getBuffer().setLength(0);

    assertThat(run("indicators", "--source", "@/etc/hostname"))
        .isEqualTo(ExitCode.NOT_FOUND.code());
    assertThat(err.toString()).startsWith("No body is called '@/etc/hostname'.");
  }

  @Test
  void helpAndVersion_neverLoadThePlans() {
    Supplier<PlanCatalog> unavailable =
        () -> {
          throw new IllegalStateException("The plans were loaded");
        };

    assertThatCode(
            () -> {
              assertThat(run(unavailable, "--help")).isZero();
              assertThat(run(unavailable, "leads", "--help")).isZero();
              assertThat(run(unavailable, "export", "--version")).isZero();
            })
        .doesNotThrowAnyException();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void run_leavesNothingBufferedInTheStreams_forTheProcessMayExitAtOnce() {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintWriter buffered = new PrintWriter(new OutputStreamWriter(stdout, UTF_8));
    PrintWriter bufferedErr = new PrintWriter(new OutputStreamWriter(stderr, UTF_8));

    assertThat(Ipplan.run(CATALOG, new String[] {"search", "无此文字"}, buffered, bufferedErr))
        .isZero();
    assertThat(Ipplan.run(CATALOG, new String[] {"leads", "无此机构"}, buffered, bufferedErr))
        .isEqualTo(ExitCode.NOT_FOUND.code());

    assertThat(stdout.toString(UTF_8)).isEqualTo("'无此文字' is in 0 measures and 0 projects.\n");
    assertThat(stderr.toString(UTF_8)).startsWith("No body is called '无此机构'.");
  }
}
