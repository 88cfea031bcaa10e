package io.github.ipplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.yaml.BundledPlans;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jars as their users do: the command line as a process under a platform encoding
 * that is not UTF-8, and the library from a separate program on the module path and on the class
 * path, with only the jars a consumer of ipplan-yaml gets at run time.
 */
class PackagedJarsIT {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /** The run-time jars of ipplan-yaml: ipplan itself, Guava and what it needs, SnakeYAML. */
  private static final List<String> RUNTIME =
      List.of(
          "ipplan-core-",
          "ipplan-yaml-",
          "guava-",
          "failureaccess-",
          "listenablefuture-",
          "jspecify-",
          "error_prone_annotations-",
          "j2objc-annotations-",
          "snakeyaml-");

  record Result(int exit, String out, String err) {}

  private static Result java(Map<String, String> env, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().putAll(env);
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), new String(out, UTF_8), new String(err, UTF_8));
  }

  /**
   * Runs a shell script with arguments, as {@code sh -c script sh args…}: for what a process cannot
   * be given from Java, such as a file size limit or bytes that are not UTF-8.
   */
  private static Result shell(Map<String, String> env, String script, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", "-c", script, "sh"));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return process.getErrorStream().readAllBytes();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), new String(out, UTF_8), new String(err.join(), UTF_8));
  }

  /** What the command line answers in this process, for comparison with the jar's answer. */
  private static Result inProcess(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Ipplan.run(BundledPlans.load(), args, new PrintWriter(out), new PrintWriter(err));
    return new Result(exit, out.toString(), err.toString());
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  private static List<Path> runtimeJars() {
    List<Path> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (RUNTIME.stream().anyMatch(name::startsWith)) {
        assertThat(name).as("packaged artifact on the test class path").endsWith(".jar");
        jars.add(Path.of(entry));
      }
    }
    assertThat(jars).hasSize(RUNTIME.size());
    assertThat(jars).noneMatch(jar -> jar.toString().contains("immutables"));
    return jars;
  }

  @Test
  void serve_fromTheJar_answersOnLoopback_andStopsWhenTerminated() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(JAVA, "-jar", "target/ipplan.jar", "serve", "--port", "0");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
      String line =
          CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      return out.readLine();
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .get(60, TimeUnit.SECONDS);
      assertThat(line).matches("Listening on http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl-C to stop\\)");
      URI uri =
          URI.create(line.split(" ")[2])
              .resolve("/bodies/%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83%E5%B1%80/leads");
      Duration timeout = Duration.ofSeconds(10);
      HttpResponse<String> response =
          HttpClient.newBuilder()
              .connectTimeout(timeout)
              .build()
              .send(
                  HttpRequest.newBuilder(uri).timeout(timeout).build(),
                  HttpResponse.BodyHandlers.ofString(UTF_8));
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"id\" : \"national-2021-2022/measure/11\"");

      process.destroy();

      assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void cli_underTheCLocale_readsAndWritesUtf8() throws Exception {
    Result result =
        java(
            Map.of("LC_ALL", "C", "LANG", "C"),
            List.of("-jar", "target/ipplan.jar", "leads", "知识产权局"));

    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("知识产权局 (国家知识产权局) leads 36 tasks.\n");
    assertThat(result.out()).contains("  制定出台《关于加强知识产权纠纷调解工作的意见》，并组织实施。\n");
  }

  @Test
  void cli_withALatin1DefaultEncoding_writesUtf8_andReportsUnknownNamesInUtf8() throws Exception {
    Result known =
        java(
            Map.of(),
            List.of(
                "-Dfile.encoding=ISO-8859-1",
                "-jar",
                "target/ipplan.jar",
                "indicators",
                "--source",
                "广州仲裁委"));
    Result unknown =
        java(
            Map.of(),
            List.of("-Dfile.encoding=ISO-8859-1", "-jar", "target/ipplan.jar", "body", "知识产权"));

    assertThat(known.exit()).isZero();
    assertThat(known.out()).contains("知识产权仲裁案件数: 200 件/");
    assertThat(unknown.exit()).isEqualTo(3);
    assertThat(unknown.err())
        .isEqualTo("No body is called '知识产权'. Nearest names: 知识产权局, 市知识产权局.\n");
  }

  @Test
  void cli_underTheCLocale_losesNoArgument_emptyOrNotUtf8() throws Exception {
    Map<String, String> c = Map.of("LC_ALL", "C", "LANG", "C");
    List<String> search = List.of(JAVA, "-jar", "target/ipplan.jar", "search", "知识产权");

    Result trailingEmpty = shell(c, "exec \"$@\" \"\"", search);
    // printf writes the byte 0xFF, which is not UTF-8, between the term and the empty argument.
    Result notUtf8 = shell(c, "exec \"$@\" \"$(printf '\\377')\" \"\"", search);

    assertThat(trailingEmpty).isEqualTo(inProcess("search", "知识产权", ""));
    assertThat(trailingEmpty.exit()).isZero();
    assertThat(trailingEmpty.out()).startsWith("'知识产权 ' is in ");
    assertThat(notUtf8).isEqualTo(inProcess("search", "知识产权", "\uFFFD", ""));
    assertThat(notUtf8.out()).startsWith("'知识产权 \uFFFD ' is in ");
  }

  @Test
  void export_overAFileSizeLimit_failsNamingTheFile_andKeepsTheOldFile(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("catalog.json"), "the good copy\n");

    Result result =
        shell(
            Map.of(),
            "ulimit -f 64 && exec \"$@\"",
            List.of(
                JAVA,
                "-XX:-UsePerfData",
                "-jar",
                "target/ipplan.jar",
                "export",
                "json",
                "-o",
                file.toString()));

    assertThat(result.exit()).isEqualTo(4);
    assertThat(result.err()).isEqualTo("Cannot write " + file + ": File too large\n");
    assertThat(Files.readString(file)).isEqualTo("the good copy\n");
    assertThat(names(dir)).containsExactly("catalog.json");
  }

  @Test
  void exportDatapackage_overAFileSizeLimit_leavesNoPackage_andTheOldOneAsItWas(@TempDir Path dir)
      throws Exception {
    Path absent = dir.resolve("new-package");
    Path old = Files.createDirectory(dir.resolve("old-package"));
    Files.writeString(old.resolve("datapackage.json"), "{}\n");
    Files.writeString(old.resolve("measures.csv"), "old\n");
    String script = "ulimit -f 64 && exec \"$@\"";
    List<String> export =
        List.of(JAVA, "-XX:-UsePerfData", "-jar", "target/ipplan.jar", "export", "datapackage");

    Result intoNew = shell(Map.of(), script, concat(export, "-o", absent.toString()));
    Result intoOld = shell(Map.of(), script, concat(export, "-o", old.toString()));

    assertThat(intoNew.exit()).isEqualTo(4);
    assertThat(intoNew.err()).isEqualTo("Cannot write " + absent + ": File too large\n");
    assertThat(intoOld.exit()).isEqualTo(4);
    assertThat(intoOld.err()).isEqualTo("Cannot write " + old + ": File too large\n");
    assertThat(names(dir)).containsExactly("old-package");
    assertThat(names(old)).containsExactly("datapackage.json", "measures.csv");
    assertThat(Files.readString(old.resolve("datapackage.json"))).isEqualTo("{}\n");
    assertThat(Files.readString(old.resolve("measures.csv"))).isEqualTo("old\n");
  }

  private static List<String> concat(List<String> list, String... more) {
    List<String> all = new ArrayList<>(list);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void cli_version_isTheProjectVersion() throws Exception {
    Result result = java(Map.of(), List.of("-jar", "target/ipplan.jar", "--version"));

    assertThat(result.out())
        .isEqualTo("ipplan " + System.getProperty("ipplan.version", "0.1.0-SNAPSHOT") + "\n");
  }

  @Test
  void library_worksOnTheModulePath_withOnlyItsRuntimeJars(@TempDir Path dir) throws Exception {
    Path sources = Files.createDirectories(dir.resolve("src/consumer"));
    Files.writeString(
        dir.resolve("src/module-info.java"),
        "module consumer { requires io.github.ipplan.yaml; requires io.github.ipplan.core; }\n");
    Files.writeString(sources.resolve("Main.java"), consumerSource());
    String modulePath =
        String.join(File.pathSeparator, runtimeJars().stream().map(Path::toString).toList());
    Path classes = dir.resolve("classes");

    int compiled =
        javac(
            List.of("--module-path", modulePath),
            classes,
            dir.resolve("src/module-info.java"),
            sources.resolve("Main.java"));
    Result result =
        java(
            Map.of(),
            List.of(
                "--module-path",
                modulePath + File.pathSeparator + classes,
                "--add-modules",
                "ALL-MODULE-PATH",
                "-m",
                "consumer/consumer.Main"));

    assertThat(compiled).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo("module consumer: 36 led, first national-2021-2022/measure/11, 2 plans\n");
  }

  /** Compiles the sources into the classes directory with the options given; javac's exit code. */
  private static int javac(List<String> options, Path classes, Path... sources) {
    List<String> arguments = new ArrayList<>(options);
    arguments.add("-d");
    arguments.add(classes.toString());
    for (Path source : sources) {
      arguments.add(source.toString());
    }
    return ToolProvider.getSystemJavaCompiler()
        .run(null, null, null, arguments.toArray(String[]::new));
  }

  /** The run-time jars of ipplan-json besides ipplan-yaml's: the module and Jackson. */
  private static final List<String> JSON_RUNTIME =
      List.of("ipplan-json-", "jackson-databind-", "jackson-core-", "jackson-annotations-");

  private static List<Path> jsonRuntimeJars() {
    List<Path> jars = new ArrayList<>(runtimeJars());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (JSON_RUNTIME.stream().anyMatch(name::startsWith)) {
        assertThat(name).as("packaged artifact on the test class path").endsWith(".jar");
        jars.add(Path.of(entry));
      }
    }
    assertThat(jars).hasSize(RUNTIME.size() + JSON_RUNTIME.size());
    return jars;
  }

  @Test
  void jsonModule_worksOnTheModulePath_withOnlyItsRuntimeJars(@TempDir Path dir) throws Exception {
    Path sources = Files.createDirectories(dir.resolve("src/consumer"));
    Files.writeString(
        dir.resolve("src/module-info.java"),
        "module consumer { requires io.github.ipplan.json; requires io.github.ipplan.yaml; }\n");
    Files.writeString(
        sources.resolve("Main.java"),
        """
        package consumer;

        import com.fasterxml.jackson.databind.ObjectMapper;
        import io.github.ipplan.Agency;
        import io.github.ipplan.PlanCatalog;
        import io.github.ipplan.json.IpplanModule;
        import io.github.ipplan.yaml.BundledPlans;
        import java.io.InputStream;

        public class Main {
          public static void main(String[] args) throws Exception {
            ObjectMapper mapper = new ObjectMapper().registerModule(new IpplanModule());
            PlanCatalog catalog = BundledPlans.load();
            Agency cnipa = catalog.agency("知识产权局").orElseThrow();
            String json = mapper.writeValueAsString(catalog.measuresLedBy(cnipa));
            PlanCatalog again = mapper.readValue(mapper.writeValueAsString(catalog), PlanCatalog.class);
            try (InputStream schema = IpplanModule.schema()) {
              System.out.println(json.substring(0, 38) + " " + mapper.readTree(json).size()
                  + " led; read back equal: " + again.plans().equals(catalog.plans())
                  + "; schema " + mapper.readTree(schema).get("$schema").asText());
            }
          }
        }
        """);
    String modulePath =
        String.join(File.pathSeparator, jsonRuntimeJars().stream().map(Path::toString).toList());
    Path classes = dir.resolve("classes");

    int compiled =
        javac(
            List.of("--module-path", modulePath),
            classes,
            dir.resolve("src/module-info.java"),
            sources.resolve("Main.java"));
    Result result =
        java(
            Map.of(),
            List.of(
                "--module-path",
                modulePath + File.pathSeparator + classes,
                "-m",
                "consumer/consumer.Main"));

    assertThat(compiled).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo(
            "[{\"id\":\"national-2021-2022/measure/11\" 36 led; read back equal: true;"
                + " schema https://json-schema.org/draft/2020-12/schema\n");
  }

  @Test
  void library_worksOnTheClassPath_withOnlyItsRuntimeJars(@TempDir Path dir) throws Exception {
    Path sources = Files.createDirectories(dir.resolve("src/consumer"));
    Files.writeString(sources.resolve("Main.java"), consumerSource());
    String classPath =
        String.join(File.pathSeparator, runtimeJars().stream().map(Path::toString).toList());
    Path classes = dir.resolve("classes");

    int compiled =
        javac(
            List.of("-classpath", classPath, "-Xlint:all", "-Werror"),
            classes,
            sources.resolve("Main.java"));
    Result result =
        java(
            Map.of(),
            List.of("-classpath", classPath + File.pathSeparator + classes, "consumer.Main"));

    assertThat(compiled).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo("unnamed module: 36 led, first national-2021-2022/measure/11, 2 plans\n");
  }

  @Test
  void launcher_makesItsArchiveOnTheFirstRun_andAnswersAsTheJarDoes(@TempDir Path cds)
      throws Exception {
    if (System.getProperty("os.name").startsWith("Windows")) {
      return; // bin/ipplan.cmd is for Windows; this checks the POSIX launcher
    }
    Path launcher;
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
    Result byJar = java(Map.of(), List.of("-jar", "target/ipplan.jar", "leads", "国知局"));
    for (int run = 0; run < 2; run++) {
      ProcessBuilder builder = new ProcessBuilder("sh", launcher.toString(), "leads", "国知局");
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      builder.environment().put("IPPLAN_CDS_DIR", cds.toString());
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as("run %s: %s", run, err).isZero();
      assertThat(err).isEmpty();
      assertThat(out).as("run %s", run).isEqualTo(byJar.out());
      try (var archives = Files.list(cds)) {
        assertThat(archives.map(path -> path.getFileName().toString()))
            .as("run %s", run)
            .singleElement()
            .asString()
            .matches("ipplan-\\d+\\.jsa");
      }
    }
    assertThat(byJar.out()).startsWith("知识产权局 (国家知识产权局) leads 36 tasks.\n");
  }

  private static String consumerSource() {
    return """
        package consumer;

        import io.github.ipplan.Agency;
        import io.github.ipplan.Measure;
        import io.github.ipplan.PlanCatalog;
        import io.github.ipplan.yaml.BundledPlans;
        import java.util.List;

        public class Main {
          public static void main(String[] args) {
            PlanCatalog catalog = BundledPlans.load();
            Agency cnipa = catalog.agency("CNIPA").orElseThrow();
            List<Measure> led = catalog.measuresLedBy(cnipa);
            Module module = Main.class.getModule();
            System.out.println((module.isNamed() ? "module " + module.getName() : "unnamed module")
                + ": " + led.size() + " led, first " + led.get(0).id() + ", " + catalog.plans().size() + " plans");
          }
        }
        """;
  }
}
