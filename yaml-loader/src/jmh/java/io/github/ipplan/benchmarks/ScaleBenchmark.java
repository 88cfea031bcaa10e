package io.github.ipplan.benchmarks;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.LoadOptions;
import io.github.ipplan.yaml.PlanLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Loading synthetic plans of 1k, 10k and 100k tasks over 1k bodies: cost must grow linearly. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ScaleBenchmark {
  /** The number of tasks. */
  @Param({"1000", "10000", "100000"})
  public int tasks;

  private Path plan;
  private LoadOptions options;

  /**
   * Writes the registry and the plan once.
   *
   * @throws IOException if a file cannot be written
   */
  @Setup
  public void write() throws IOException {
    Path directory = Files.createTempDirectory("ipplan-scale");
    options = options(SyntheticPlans.registry(directory));
    plan = SyntheticPlans.plan(directory, tasks);
  }

  static LoadOptions options(Path registry) {
    return LoadOptions.defaults()
        .withRegistry(registry)
        .withMaxBytes(256 * 1024 * 1024)
        .withMaxNodes(Integer.MAX_VALUE);
  }

  /**
   * Loads the registry and the plan.
   *
   * @return the result, which JMH consumes
   * @throws IOException if a file cannot be read
   */
  @Benchmark
  public PlanCatalog load() throws IOException {
    return PlanLoader.load(options, plan);
  }
}
