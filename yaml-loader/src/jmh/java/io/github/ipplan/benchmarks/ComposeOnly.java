package io.github.ipplan.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** The cold-start floor: a JVM that composes the bundled files with SnakeYAML and exits. */
public final class ComposeOnly {
  private ComposeOnly() {}

  /**
   * Composes the bundled files and prints how many top-level keys they hold.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    int keys = 0;
    for (String resource : Bundled.RESOURCES) {
      Node node =
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .compose(new StringReader(new String(Bundled.read(resource), UTF_8)));
      keys += ((MappingNode) node).getValue().size();
    }
    System.out.println(keys + " keys");
  }
}
