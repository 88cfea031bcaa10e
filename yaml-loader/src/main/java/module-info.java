/**
 * Loads ipplan plans from YAML: the bundled transcriptions and users' own files, safely and
 * strictly; writes them back.
 */
module io.github.ipplan.yaml {
  requires transitive io.github.ipplan.core;
  requires org.yaml.snakeyaml;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.ipplan.yaml;
}
