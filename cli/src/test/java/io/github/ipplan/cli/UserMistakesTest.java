package io.github.ipplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's mistake about paths, files and ports ends with its documented exit code and one line
 * that says why, never with exit code 1; a command that writes files says what it wrote.
 */
class UserMistakesTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final String SAMPLE = "../examples/samples/national-2025-sample.txt";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Ipplan.run(CATALOG, args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void anOutputFileInAMissingFolder_isAnInvalidFile_namingTheFolder(@TempDir Path dir) {
    Path missing = dir.resolve("nonexistent").resolve("dir");
    Path file = missing.resolve("x.graphml");

    assertThat(run("export", "graphml", "-o", file.toString()))
        .isEqualTo(ExitCode.INVALID_FILE.code());

    assertThat(err.toString())
        .isEqualTo("Cannot write " + file + ": the directory " + missing + " does not exist\n");
    assertThat(out.toString()).isEmpty();
    assertThat(missing).doesNotExist();
  }

  @Test
  void aDataPackageOntoAnExistingFile_isAnInvalidFile_andTheFileIsKept(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("existing.txt"), "mine\n");

    assertThat(run("export", "datapackage", "-o", file.toString()))
        .isEqualTo(ExitCode.INVALID_FILE.code());

    assertThat(err.toString()).isEqualTo("Cannot write " + file + ": it is not a directory\n");
    assertThat(file).hasContent("mine");
  }

  @Test
  void anOutputFileWhereADirectoryIs_isAnInvalidFile(@TempDir Path dir) {
    assertThat(run("export", "json", "-o", dir.toString())).isEqualTo(ExitCode.INVALID_FILE.code());

    assertThat(err.toString())
        .isEqualTo("Cannot write " + dir + ": it is a directory, not a regular file\n");
  }

  @Test
  void anOutputFileBelowAFile_cannotBeWritten_isAnInvalidFile(@TempDir Path dir) throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("plain"), "");
    Path file = notADirectory.resolve("x.csv");

    assertThat(run("export", "csv", "-o", file.toString())).isEqualTo(ExitCode.INVALID_FILE.code());

    assertThat(err.toString()).isEqualTo("Cannot write " + file + ": Not a directory\n");
  }

  @Test
  void aPortInUse_isAUsageError_namingTheAddress() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThat(run("serve", "--port", Integer.toString(port))).isEqualTo(ExitCode.USAGE.code());

      assertThat(err.toString())
          .startsWith("Cannot listen on 127.0.0.1:" + port + ": ")
          .endsWith("; choose another --port or --address.\n")
          .containsOnlyOnce("\n");
    }
  }

  @Test
  void importWithoutOutput_locatesItsErrorsInStandardOutput_notInAFile() {
    assertThat(run("import", "national-annual", SAMPLE, "--id", "national-2025"))
        .isEqualTo(ExitCode.IMPORT_INCOMPLETE.code());

    assertThat(err.toString())
        .startsWith("Wrote the plan file to standard output (plan national-2025) from " + SAMPLE)
        .contains(
            "The plan file on standard output does not load yet (2 errors):\n"
                + "  <standard output>:8:23: unknown body '国家数据局', at $.addressees[1];"
                + " did you mean '国家统计局'?\n"
                + "  <standard output>:30:44: unknown body '国家数据局', at"
                + " $.parts[0].sections[0].measures[1].responsible[2]; did you mean '国家统计局'?\n")
        .doesNotContain("national-2025.yaml");
    assertThat(out.toString()).startsWith("id: national-2025\n").doesNotContain("Wrote");
  }

  @Test
  void importWithoutOutput_asJson_namesStandardOutputAsTheFileOfEachError() throws Exception {
    assertThat(run("import", "national-annual", SAMPLE, "--id", "x", "--format", "json"))
        .isEqualTo(ExitCode.IMPORT_INCOMPLETE.code());

    JsonNode report = new ObjectMapper().readTree(err.toString());
    assertThat(report.get("errors")).hasSize(2);
    for (JsonNode error : report.get("errors")) {
      assertThat(error.get("file").asText()).isEqualTo("<standard output>");
    }
    assertThat(report.has("file")).isFalse();
  }

  @Test
  void aDataPackage_saysWhichFilesItWrote_onStandardError(@TempDir Path dir) {
    Path target = dir.resolve("package");

    assertThat(run("export", "datapackage", "-o", target.toString()))
        .isEqualTo(ExitCode.SUCCESS.code());

    assertThat(err.toString())
        .isEqualTo(
            "Wrote 8 files into "
                + target
                + ": datapackage.json, plans.csv, bodies.csv, headings.csv, measures.csv,"
                + " responsibilities.csv, projects.csv, indicators.csv.\n");
    assertThat(out.toString()).isEmpty();
    assertThat(target.resolve("indicators.csv")).isRegularFile();
  }

  @Test
  void anExportToAFile_saysWhatItWrote_onStandardError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("network.graphml");

    assertThat(run("export", "graphml", "-o", file.toString())).isEqualTo(0);

    assertThat(err.toString())
        .isEqualTo("Wrote " + file + " (graphml, " + Files.size(file) + " bytes).\n");
    assertThat(out.toString()).isEmpty();
  }
}
