/**
 * The ipplan domain: Chinese intellectual-property policy plans as immutable values, and the
 * queries over them. Guava's immutable collections are part of the API, so reading this module
 * reads Guava.
 */
module io.github.ipplan.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.ipplan;
}
