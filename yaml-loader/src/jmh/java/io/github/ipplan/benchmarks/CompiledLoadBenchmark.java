package io.github.ipplan.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Warm {@link BundledPlans#load()}, which reads the catalog compiled at build time, against
 * SnakeYAML composing the bundled YAML files it was compiled from (no construction, no checks): the
 * compiled catalog's target is at most half the time of the compose.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompiledLoadBenchmark {
  static final List<String> YAML =
      List.of(
          "/io/github/ipplan/yaml/agencies.yaml",
          "/io/github/ipplan/yaml/national-2021-2022.yaml",
          "/io/github/ipplan/yaml/guangzhou-2021-2025.yaml");

  /**
   * Loads the bundled catalog from its compiled form.
   *
   * @return the catalog
   */
  @Benchmark
  public PlanCatalog compiledLoad() {
    return BundledPlans.load();
  }

  /**
   * Composes the bundled YAML files into node trees.
   *
   * @return the documents
   */
  @Benchmark
  public List<Node> snakeYamlCompose() {
    List<Node> documents = new ArrayList<>();
    for (String resource : YAML) {
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
      documents.add(yaml.compose(new StringReader(new String(read(resource), UTF_8))));
    }
    return documents;
  }

  static byte[] read(String resource) {
    try (InputStream in = CompiledLoadBenchmark.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
