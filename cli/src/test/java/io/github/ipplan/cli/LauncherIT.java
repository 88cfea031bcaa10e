package io.github.ipplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The POSIX launcher bin/ipplan of the distribution: its archive of classes is made by a run of its
 * own, and nothing about that archive changes what a command prints or the code it exits with.
 */
class LauncherIT {
  private record Result(int code, String out, String err) {}

  private Path launcher;

  @BeforeEach
  void findLauncher() throws IOException {
    assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bin/ipplan is for POSIX");
    try (var entries = Files.list(Path.of("target"))) {
      launcher =
          entries
              .filter(path -> path.getFileName().toString().matches("ipplan-.*-dist"))
              .map(
                  dist ->
                      dist.resolve(dist.getFileName().toString().replaceFirst("-dist$", ""))
                          .resolve("bin/ipplan"))
              .findFirst()
              .orElseThrow();
    }
  }

  private Result launch(Map<String, String> environment, String... args) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
            concat(List.of("sh", launcher.toString()), List.of(args)).toArray(String[]::new));
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), out, err);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  private static List<String> files(Path directory) throws IOException {
    try (var files = Files.list(directory)) {
      return files.map(path -> path.getFileName().toString()).toList();
    }
  }

  @Test
  void anArgumentWithSpacesAndChinese_passesUnchanged_andTheExitCodeComesBack(@TempDir Path cds)
      throws Exception {
    for (int run = 0; run < 2; run++) {
      Result result = launch(Map.of("IPPLAN_CDS_DIR", cds.toString()), "body", "不存在 的局");

      assertThat(result.code()).as("run %s", run).isEqualTo(3);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).startsWith("No body is called '不存在 的局'.");
      assertThat(files(cds)).singleElement().asString().matches("ipplan-\\d+\\.jsa");
    }
  }

  @Test
  void aCacheThatCannotBeMade_costsTheArchiveOnly(@TempDir Path temp) throws Exception {
    Path file = Files.writeString(temp.resolve("not-a-directory"), "");

    Result result =
        launch(Map.of("IPPLAN_CDS_DIR", file.resolve("cds").toString()), "leads", "知识产权局");
    Result unknown =
        launch(Map.of("IPPLAN_CDS_DIR", file.resolve("cds").toString()), "leads", "不存在局");

    assertThat(result.code()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith("知识产权局 (国家知识产权局) leads 36 tasks.\n");
    assertThat(unknown.code()).isEqualTo(3);
    assertThat(unknown.err()).startsWith("No body is called '不存在局'.");
    assertThat(files(temp)).containsExactly("not-a-directory");
  }

  /** Runs {@code leads 知识产权局} with the archive in {@code cds}; returns the classes it loaded. */
  private List<String> classesLoadedByLeads(Path cds, Path log) throws Exception {
    Result result =
        launch(
            Map.of(
                "IPPLAN_CDS_DIR",
                cds.toString(),
                "IPPLAN_JAVA_OPTS",
                "-Xlog:class+load=info:file=" + log),
            "leads",
            "知识产权局");

    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("知识产权局 (国家知识产权局) leads 36 tasks.\n");
    return Files.readAllLines(log, UTF_8);
  }

  @Test
  void theArchiveHoldsPicocli_whoseJava5ClassesOnlyAStaticArchiveTakes(@TempDir Path temp)
      throws Exception {
    Path cds = temp.resolve("cds");
    launch(Map.of("IPPLAN_CDS_DIR", cds.toString()), "plans");

    List<String> loaded = classesLoadedByLeads(cds, temp.resolve("classes.log"));

    assertThat(loaded)
        .filteredOn(line -> line.contains(" picocli.CommandLine "))
        .singleElement()
        .asString()
        .endsWith("source: shared objects file");
    assertThat(loaded)
        .filteredOn(line -> line.contains(" io.github.ipplan.cli.Ipplan "))
        .singleElement()
        .asString()
        .endsWith("source: shared objects file");
  }

  @Test
  void leads_loadsNoneOfGuavasStreamCollectors(@TempDir Path temp) throws Exception {
    // Guava's CollectCollectors builds every collector it has on first use: 12 generated
    // lambda classes and Guava's range sets, which no archive holds. The library collects into
    // a JDK list and copies that instead.
    List<String> loaded = classesLoadedByLeads(temp.resolve("cds"), temp.resolve("classes.log"));

    assertThat(loaded).anyMatch(line -> line.contains(" io.github.ipplan.internal.NameIndex "));
    assertThat(loaded)
        .filteredOn(line -> line.contains("com.google.common.collect.CollectCollectors"))
        .isEmpty();
  }

  @Test
  void aJavaThatCannotMakeAnArchive_runsWithout_andLeavesAnEmptyMarker(@TempDir Path temp)
      throws Exception {
    // A Java whose -Xshare:dump fails, as one built without class-data sharing does.
    Path java = Files.createDirectories(temp.resolve("java/bin")).resolve("java");
    Files.writeString(
        java,
        "#!/bin/sh\nfor a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && exit 1; done\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' \"$@\"\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    Path cds = temp.resolve("cds");
    Map<String, String> cannotArchive =
        Map.of("IPPLAN_CDS_DIR", cds.toString(), "JAVA_HOME", temp.resolve("java").toString());

    for (int run = 0; run < 2; run++) {
      Result result = launch(cannotArchive, "leads", "国知局");
      assertThat(result.code()).as("run %s", run).isZero();
      assertThat(result.err()).isEmpty();
      assertThat(result.out()).startsWith("知识产权局 (国家知识产权局) leads 36 tasks.\n");
      assertThat(files(cds)).singleElement().asString().matches("ipplan-\\d+\\.jsa");
      try (var archives = Files.list(cds)) {
        assertThat(Files.size(archives.findFirst().orElseThrow())).isZero();
      }
    }
  }
}
