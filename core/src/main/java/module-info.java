/**
 * The ipplan domain: Chinese intellectual-property policy plans as immutable values, and the
 * queries over them. Guava's immutable collections are part of the API, so reading this module
 * reads Guava.
 */
@SuppressWarnings("module") // the modules named below are built after this one
module io.github.ipplan.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.ipplan;
  // Shared rules for ipplan's own modules; not part of the API.
  exports io.github.ipplan.internal to
      io.github.ipplan.yaml,
      io.github.ipplan.json,
      io.github.ipplan.cli;
}
