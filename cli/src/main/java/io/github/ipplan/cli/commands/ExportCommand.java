package io.github.ipplan.cli.commands;

import io.github.ipplan.Plan;
import io.github.ipplan.cli.console.AtomicFiles;
import io.github.ipplan.cli.console.Counts;
import io.github.ipplan.cli.export.Csv;
import io.github.ipplan.cli.export.DataPackage;
import io.github.ipplan.cli.export.Dot;
import io.github.ipplan.cli.export.GraphMl;
import io.github.ipplan.cli.export.Json;
import io.github.ipplan.internal.Quote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export}: the whole catalog as JSON, a body × task CSV matrix, or the collaboration network
 * as Graphviz DOT or GraphML.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the catalog: json (everything, documented field names), "
          + "csv (body × task matrix: L lead, P participant), dot (collaboration network for Graphviz), "
          + "graphml (the same network for Gephi, networkx, igraph), "
          + "datapackage (a Frictionless Data Package of tidy CSV tables, written into the -o directory)."
    })
final class ExportCommand extends Subcommand {
  /** What to export. */
  enum Kind {
    json,
    csv,
    dot,
    graphml,
    datapackage
  }

  @Parameters(
      paramLabel = "json|csv|dot|graphml|datapackage",
      description = "The format: ${COMPLETION-CANDIDATES}.")
  Kind kind;

  @Option(names = "--plan", paramLabel = "<id>", description = "Only this plan.")
  String plan;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "<file>",
      description =
          "Write to this file (UTF-8) instead of standard output; for datapackage, the directory.")
  Path output;

  @Option(
      names = "--excel",
      description = "datapackage: CSV files with a UTF-8 byte order mark and CRLF line ends.")
  boolean excel;

  @Override
  void execute() {
    List<Plan> plans = plans(plan);
    if (kind == Kind.datapackage) {
      List<String> names = DataPackage.write(catalog(), plans, output, excel);
      root.err.println(
          "Wrote "
              + Counts.of(names.size(), "file")
              + " into "
              + Quote.escape(output.toString())
              + ": "
              + String.join(", ", names)
              + ".");
      return;
    }
    String text =
        switch (kind) {
          case json -> Json.pretty(Json.catalog(catalog(), plans));
          case csv -> Csv.matrix(catalog(), plans);
          case dot -> Dot.network(catalog(), plans);
          case graphml -> GraphMl.network(catalog(), plans);
          case datapackage -> throw new AssertionError(kind);
        };
    if (output == null) {
      out().print(text);
      out().flush();
      return;
    }
    AtomicFiles.writeString(output, text);
    root.err.println(
        "Wrote "
            + Quote.escape(output.toString())
            + " ("
            + kind
            + ", "
            + Counts.of(text.getBytes(StandardCharsets.UTF_8).length, "byte")
            + ").");
  }
}
