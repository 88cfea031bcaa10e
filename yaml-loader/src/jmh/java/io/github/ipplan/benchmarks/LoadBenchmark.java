package io.github.ipplan.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loading the bundled plans against the floor: SnakeYAML composing the same files, read from the
 * class path the same way, into its node tree.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoadBenchmark {
  /**
   * ipplan: read, compose, check and build the whole catalog.
   *
   * @return the result, which JMH consumes
   */
  @Benchmark
  public PlanCatalog bundledLoad() {
    return BundledPlans.load();
  }

  /**
   * The floor: plain SnakeYAML composing the same three files.
   *
   * @return the result, which JMH consumes
   */
  @Benchmark
  public List<Node> snakeYamlCompose() {
    List<Node> documents = new ArrayList<>();
    for (String resource : Bundled.RESOURCES) {
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
      documents.add(yaml.compose(new StringReader(new String(Bundled.read(resource), UTF_8))));
    }
    return documents;
  }
}
