package io.github.ipplan.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The cold-start baseline: a JVM that only composes the bundled YAML files with SnakeYAML and
 * prints how many top-level keys they hold. Time it as a whole process against {@link
 * CompiledLoadOnly}.
 */
public final class ComposeBundledOnly {
  private ComposeBundledOnly() {}

  /**
   * Composes the bundled files.
   *
   * @param args none
   */
  public static void main(String[] args) {
    int keys = 0;
    for (String resource : CompiledLoadBenchmark.YAML) {
      Node node =
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .compose(new StringReader(new String(CompiledLoadBenchmark.read(resource), UTF_8)));
      keys += ((MappingNode) node).getValue().size();
    }
    System.out.println(keys + " keys");
  }
}
