package io.github.ipplan.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.PlanLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite and prints every figure with the baseline it was measured against in the
 * same run: JMH for warm loading, queries and scaling; retained heap per task; and cold start (JVM
 * start to first answer) measured over fresh processes.
 *
 * <pre>
 * mvn -B -q -Pbenchmarks package -DskipTests &amp;&amp; java -jar yaml-loader/target/benchmarks.jar
 * </pre>
 *
 * <p>The cold starts of the command line time {@code cli/target/ipplan.jar} and the launcher of the
 * unpacked distribution beside it, where the build made them; without them the report leaves those
 * rows out.
 *
 * <p>Options: {@code --quick} (fewer iterations), {@code --cold-runs N} (default 15), {@code
 * --cold-only} (only the cold starts, which take about a minute).
 */
public final class BenchmarkReport {
  private BenchmarkReport() {}

  /**
   * Runs the suite.
   *
   * @param args {@code --quick}, {@code --cold-runs N}, {@code --cold-only}
   * @throws Exception if a benchmark or a process fails
   */
  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.asList(args);
    boolean quick = options.contains("--quick");
    int coldRuns =
        options.contains("--cold-runs")
            ? Integer.parseInt(options.get(options.indexOf("--cold-runs") + 1))
            : 15;

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "%nipplan benchmarks: %s, %d cores, %s %s%n%n",
            System.getProperty("os.arch"),
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.vm.name"),
            System.getProperty("java.version")));
    if (options.contains("--cold-only")) {
      report.append("| figure | ipplan | baseline | ratio | target |\n|---|---|---|---|---|\n");
      coldRows(report, coldStart(coldRuns));
      System.out.print(report);
      return;
    }
    Map<String, Double> scores = jmh(quick);

    double load = scores.get("LoadBenchmark.bundledLoad");
    double compose = scores.get("LoadBenchmark.snakeYamlCompose");
    report.append("| figure | ipplan | baseline | ratio | target |\n|---|---|---|---|---|\n");
    row(
        report,
        "warm load of the bundled plans (µs/op) vs SnakeYAML compose",
        load,
        compose,
        "≤ 1.5x");

    for (String name :
        List.of(
            "知识产权局", "国家知识产权局", "China National Intellectual Property Administration", "CNIPA")) {
      row(
          report,
          "agency(\"" + name + "\") (ns/op) vs scan of names",
          scores.get("QueryBenchmark.agencyByName[" + name + "]"),
          scores.get("QueryBenchmark.agencyByNameScan[" + name + "]"),
          "");
    }
    row(
        report,
        "measuresLedBy (ns/op) vs scan of tasks",
        scores.get("QueryBenchmark.measuresLedBy"),
        scores.get("QueryBenchmark.measuresLedByScan"),
        "≤ 100 ns/op");
    row(
        report,
        "measuresInvolving (ns/op) vs scan of tasks",
        scores.get("QueryBenchmark.measuresInvolving"),
        scores.get("QueryBenchmark.measuresInvolvingScan"),
        "");
    row(
        report,
        "measuresContaining(\"展会\") (ns/op) vs plain loop",
        scores.get("QueryBenchmark.search"),
        scores.get("QueryBenchmark.searchScan"),
        "");

    Map<Integer, Long> heap = retainedHeap();
    double perTask1k = microsPerTask(scores, 1000);
    for (int tasks : List.of(1000, 10000, 100000)) {
      double perTask = microsPerTask(scores, tasks);
      report.append(
          String.format(
              "| load of %,d tasks over 1,000 bodies (µs/task) vs 1,000 tasks | %.2f | %.2f | %.2fx | ≤ 1.5x |%n",
              tasks, perTask, perTask1k, perTask / perTask1k));
    }
    for (int tasks : List.of(1000, 10000, 100000)) {
      report.append(
          String.format(
              "| retained heap, %,d tasks (bytes/task, registry included) | %,d | | | |%n",
              tasks, heap.get(tasks) / tasks));
    }
    report.append(
        String.format(
            "| retained heap per added task, 1,000 → 100,000 tasks (bytes) | %,d | | | |%n",
            (heap.get(100000) - heap.get(1000)) / 99_000));

    coldRows(report, coldStart(coldRuns));
    System.out.print(report);
  }

  private static void coldRows(StringBuilder report, Map<String, Double> cold) {
    if (cold.containsKey("cli")) {
      row(
          report,
          "cold: JVM start to first answer of `ipplan.jar leads 知识产权局` (ms) vs SnakeYAML-only JVM",
          cold.get("cli"),
          cold.get("compose"),
          "≤ 1.3x");
    }
    row(
        report,
        "cold: JVM start to BundledPlans.load() done (ms) vs SnakeYAML-only JVM",
        cold.get("load"),
        cold.get("compose"),
        "");
    if (cold.containsKey("launcher") && cold.containsKey("cli")) {
      row(
          report,
          "cold: first answer of `bin/ipplan leads 知识产权局` (launcher, archive made) (ms) vs SnakeYAML-only JVM",
          cold.get("launcher"),
          cold.get("compose"),
          "≤ 1.0x");
      row(
          report,
          "cold: first answer through the launcher (ms) vs `java -jar ipplan.jar`",
          cold.get("launcher"),
          cold.get("cli"),
          "");
    }
  }

  /** The scale benchmark's milliseconds per load, as microseconds per task. */
  private static double microsPerTask(Map<String, Double> scores, int tasks) {
    return scores.get("ScaleBenchmark.load[" + tasks + "]") * 1000 / tasks;
  }

  private static void row(
      StringBuilder report, String figure, double value, double baseline, String target) {
    report.append(
        String.format(
            "| %s | %,.1f | %,.1f | %.2fx | %s |%n",
            figure, value, baseline, value / baseline, target));
  }

  private static Map<String, Double> jmh(boolean quick) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(LoadBenchmark.class.getName())
            .include(QueryBenchmark.class.getName())
            .include(ScaleBenchmark.class.getName())
            .forks(1)
            .warmupIterations(quick ? 2 : 4)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 3 : 6)
            .measurementTime(TimeValue.seconds(1))
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> scores = new HashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String key =
          benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      List<String> params = new ArrayList<>();
      for (String param : result.getParams().getParamsKeys()) {
        params.add(result.getParams().getParam(param));
      }
      scores.put(params.isEmpty() ? key : key + params, result.getPrimaryResult().getScore());
    }
    return scores;
  }

  /** Heap retained by a loaded catalog, measured after full collections, per plan size. */
  private static Map<Integer, Long> retainedHeap() throws IOException {
    Path directory = Files.createTempDirectory("ipplan-heap");
    Path registry = SyntheticPlans.registry(directory);
    Map<Integer, Long> retained = new HashMap<>();
    for (int tasks : List.of(1000, 10000, 100000)) {
      Path plan = SyntheticPlans.plan(directory, tasks);
      long before = usedHeap();
      PlanCatalog catalog = PlanLoader.load(ScaleBenchmark.options(registry), plan);
      long after = usedHeap();
      retained.put(tasks, after - before);
      if (catalog.plans().get(0).measures().size() != tasks) {
        throw new IllegalStateException("loaded the wrong plan");
      }
    }
    return retained;
  }

  private static long usedHeap() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Medians, in ms, of JVM start to first line of output, over fresh processes taken in turn. */
  private static Map<String, Double> coldStart(int runs) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String benchmarks =
        Path.of(BenchmarkReport.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    Map<String, List<String>> commands =
        new HashMap<>(
            Map.of(
                "compose", List.of(java, "-cp", benchmarks, ComposeOnly.class.getName()),
                "load", List.of(java, "-cp", benchmarks, LoadOnly.class.getName())));
    // The command line's jar, cli/target/ipplan.jar, where the build made one.
    Path module = Path.of(benchmarks).toAbsolutePath().getParent().getParent();
    Path cliTarget = module.resolveSibling("cli").resolve("target");
    Path cli = cliTarget.resolve("ipplan.jar");
    if (Files.isRegularFile(cli)) {
      commands.put("cli", List.of(java, "-jar", cli.toString(), "leads", "知识产权局"));
    }
    // The launcher of the distribution, where the build made one and the platform runs sh. Its
    // class-data archive goes to a directory of its own; the warm-up run creates it.
    Optional<Path> launcher = launcher(cliTarget);
    if (launcher.isPresent()) {
      commands.put("launcher", List.of("sh", launcher.get().toString(), "leads", "知识产权局"));
    }
    Map<String, List<Double>> times = new HashMap<>();
    for (int run = -1; run < runs; run++) {
      for (Map.Entry<String, List<String>> command : commands.entrySet()) {
        double millis = firstLine(command.getValue());
        if (run >= 0) {
          times.computeIfAbsent(command.getKey(), key -> new ArrayList<>()).add(millis);
        }
      }
    }
    Map<String, Double> medians = new HashMap<>();
    times.forEach(
        (key, values) -> {
          values.sort(Double::compare);
          medians.put(key, values.get(values.size() / 2));
        });
    return medians;
  }

  /** Finds bin/ipplan in the unpacked distribution under the build directory. */
  private static Optional<Path> launcher(Path target) throws IOException {
    if (System.getProperty("os.name").startsWith("Windows") || !Files.isDirectory(target)) {
      return Optional.empty();
    }
    try (var entries = Files.list(target)) {
      return entries
          .filter(
              path ->
                  path.getFileName().toString().matches("ipplan-.*-dist")
                      && Files.isDirectory(path))
          .map(
              dist ->
                  dist.resolve(dist.getFileName().toString().replaceFirst("-dist$", ""))
                      .resolve("bin/ipplan"))
          .filter(Files::isRegularFile)
          .findFirst();
    }
  }

  /** Where the launcher keeps its class-data archive while the report runs. */
  private static final Path CDS_DIRECTORY = cdsDirectory();

  private static Path cdsDirectory() {
    try {
      return Files.createTempDirectory("ipplan-cds");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double firstLine(List<String> command) throws Exception {
    long start = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("IPPLAN_CDS_DIR", CDS_DIRECTORY.toString());
    Process process = builder.start();
    String line;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
      line = out.readLine();
      double millis = (System.nanoTime() - start) / 1e6;
      out.transferTo(Writer.nullWriter());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || line == null) {
        throw new IllegalStateException("failed: " + command + ": " + line);
      }
      return millis;
    }
  }
}
