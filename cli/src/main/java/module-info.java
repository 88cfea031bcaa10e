/**
 * The {@code ipplan} command line: queries, exports and serves the plans, checks plan files and
 * drafts them from published text. Run it as {@code java -jar ipplan.jar}; its only exported
 * package holds the entry class.
 */
module io.github.ipplan.cli {
  requires transitive io.github.ipplan.core;
  requires io.github.ipplan.yaml;
  requires io.github.ipplan.json;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.csv;
  requires org.eclipse.jetty.http;
  requires org.eclipse.jetty.io;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.util;
  requires info.picocli;
  requires java.xml;
  requires static org.jspecify;

  // The Model Context Protocol SDK (ipplan mcp) and Reactor are read from the class path: the
  // SDK's jars give no valid module name (see cli/pom.xml).

  exports io.github.ipplan.cli;

  // picocli creates the commands and sets their options by reflection.
  opens io.github.ipplan.cli to
      info.picocli;
  opens io.github.ipplan.cli.commands to
      info.picocli;
}
