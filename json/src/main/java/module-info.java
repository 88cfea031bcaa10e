/**
 * ipplan's JSON form for Jackson: a module that writes every domain value as the README's "JSON
 * export" documents it and reads a whole catalog back.
 */
module io.github.ipplan.json {
  requires transitive io.github.ipplan.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.github.ipplan.json;
}
