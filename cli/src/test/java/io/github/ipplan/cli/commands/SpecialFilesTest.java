package io.github.ipplan.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.cli.console.Fifo;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FIFO no one writes to, a device or a directory where the command line expects a file: refused
 * at once, naming the file, never waited on.
 */
@Timeout(30)
class SpecialFilesTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final Path SAMPLE = Path.of("../examples/samples/national-2025-sample.txt");
  private static final String FIFO_IS = ": it is a FIFO (named pipe), not a regular file\n";

  @TempDir Path dir;
  private Path fifo;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void makeFifo() throws Exception {
    fifo = dir.resolve("plan.yaml");
    assumeTrue(Fifo.make(fifo), "no mkfifo here");
  }

  /** Runs the command line, and checks that it answered within a second. */
  private int run(String... args) {
    return run(Duration.ofSeconds(1), args);
  }

  /** Runs the command line, and checks that it answered within the bound. */
  private int run(Duration bound, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    long start = System.nanoTime();
    int code = Ipplan.run(CATALOG, args, new PrintWriter(out), new PrintWriter(err));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(bound);
    return code;
  }

  @Test
  void validate_aFifo_isRefusedNamingIt() {
    assertThat(run("validate", fifo.toString())).isEqualTo(ExitCode.INVALID_FILE.code());
    assertThat(out.toString())
        .isEqualTo(
            "Cannot read " + fifo + FIFO_IS + "1 file checked: 0 valid, 1 invalid, 1 error.\n");
  }

  @Test
  void validate_aDirectory_isRefusedNamingIt() {
    assertThat(run("validate", dir.toString())).isEqualTo(ExitCode.INVALID_FILE.code());
    assertThat(out.toString())
        .startsWith("Cannot read " + dir + ": it is a directory, not a regular file\n");
  }

  @Test
  void validate_aDevice_isRefusedNamingIt() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));

    assertThat(run("validate", "/dev/zero")).isEqualTo(ExitCode.INVALID_FILE.code());
    assertThat(out.toString())
        .startsWith("Cannot read /dev/zero: it is a device, not a regular file\n");
  }

  @Test
  void file_aFifo_isRefusedNamingIt() {
    assertThat(run("plans", "--file", fifo.toString())).isEqualTo(ExitCode.INVALID_FILE.code());
    assertThat(err.toString()).isEqualTo("Cannot read " + fifo + FIFO_IS);
  }

  @Test
  void registry_aFifo_isRefusedNamingIt() {
    assertThat(run("bodies", "--registry", fifo.toString()))
        .isEqualTo(ExitCode.INVALID_FILE.code());
    assertThat(err.toString()).isEqualTo("Cannot read " + fifo + FIFO_IS);
  }

  @Test
  void import_fromAFifo_isRefusedNamingIt() {
    assertThat(run("import", "national-annual", fifo.toString(), "--id", "sample-2025"))
        .isEqualTo(ExitCode.INVALID_FILE.code());
    assertThat(err.toString()).isEqualTo("Cannot read " + fifo + FIFO_IS);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void import_intoAFifo_isRefused_andWritesNothing() throws Exception {
    // The text is imported first, then the refusal: the bound allows for the import.
    assertThat(
            run(
                Duration.ofSeconds(10),
                "import",
                "national-annual",
                SAMPLE.toString(),
                "--id",
                "sample-2025",
                "-o",
                fifo.toString()))
        .isEqualTo(ExitCode.INVALID_FILE.code());
    assertThat(err.toString())
        .isEqualTo(
            "Cannot write " + fifo + ": it is a FIFO, a device or a socket, not a regular file\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(fifo);
    }
  }

  @Test
  void export_intoAFifo_isRefused() {
    assertThat(run("export", "csv", "-o", fifo.toString())).isEqualTo(ExitCode.INVALID_FILE.code());
    assertThat(err.toString())
        .isEqualTo(
            "Cannot write " + fifo + ": it is a FIFO, a device or a socket, not a regular file\n");
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }
}
