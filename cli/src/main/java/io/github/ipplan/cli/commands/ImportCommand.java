package io.github.ipplan.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ipplan.cli.console.AtomicFiles;
import io.github.ipplan.cli.console.Counts;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.cli.console.Failure;
import io.github.ipplan.cli.export.Json;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.yaml.ImportResult;
import io.github.ipplan.yaml.PlanImporter;
import io.github.ipplan.yaml.PlanLoadException;
import io.github.ipplan.yaml.PlanLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code import}: drafts a plan file from a plain-text copy of a published plan. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a plain-text copy of a published plan (UTF-8) and writes a draft plan file in the"
          + " YAML format, with a note on every anomaly it finds (each ending in its source"
          + " line), then reports the notes, the bodies no registry knows (with the nearest"
          + " names), the metadata read or left for you, and whether the file loads.",
      "Shapes: national-annual (parts 一、, sections （一）, numbered tasks ending in a clause"
          + " such as （…负责）); five-year (chapters, sections, titled measures, 项目N projects,"
          + " an indicator table with one cell per line).",
      "Names are resolved through the bundled registry and any --registry files.",
      "Metadata the copy lacks or prints wrongly can be given with --title, --issuer, --issued,"
          + " --published and --document-number; each is written in place of the copy's and noted"
          + " in the file as supplied by the user.",
      "Exit code 0 when the written file loads as it is; 5 when it was written but does not"
          + " load yet (a body no registry knows, or metadata the text does not print); 4 when"
          + " the text or a registry cannot be read or is invalid, or the -o file cannot be"
          + " written (it is then left as it was); 2 for a usage error."
    })
final class ImportCommand extends Subcommand {
  /** The name errors are located in when the plan file goes to standard output. */
  static final String STANDARD_OUTPUT = "<standard output>";

  @Parameters(
      index = "0",
      paramLabel = "<shape>",
      converter = ShapeConverter.class,
      description = "national-annual or five-year.")
  PlanImporter.Shape shape;

  @Parameters(index = "1", paramLabel = "<text-file>", description = "The plain-text copy.")
  Path text;

  @Option(
      names = "--id",
      required = true,
      paramLabel = "<plan-id>",
      description = "The id to give the plan: lower-case words joined by hyphens.")
  String id;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "<plan.yaml>",
      description =
          "Where to write the plan file. Without it the file goes to standard output and the"
              + " report to standard error.")
  Path output;

  @Option(
      names = "--title",
      paramLabel = "<title>",
      description = "The plan's title, written in place of what the copy prints.")
  String title;

  @Option(
      names = "--issuer",
      paramLabel = "<body>",
      description =
          "The issuing body's name, resolved through the registries like a signatory and written"
              + " in place of the copy's signatory.")
  String issuer;

  @Option(
      names = "--issued",
      paramLabel = "<yyyy-MM-dd>",
      converter = DateConverter.class,
      description = "The date of issue, such as 2024-05-10.")
  LocalDate issued;

  @Option(
      names = "--published",
      paramLabel = "<yyyy-MM-dd>",
      converter = DateConverter.class,
      description = "The date of publication (发布时间).")
  LocalDate published;

  @Option(
      names = "--document-number",
      paramLabel = "<number>",
      description = "The document number (文号), such as 国知联办〔2024〕6号.")
  String documentNumber;

  @Mixin FormatOption format;

  /** The metadata given on the command line; each is noted in the file as supplied by the user. */
  private PlanImporter.Metadata given() {
    PlanImporter.Metadata given = PlanImporter.Metadata.none();
    if (title != null) {
      given = given.withTitle(title);
    }
    if (issuer != null) {
      given = given.withIssuer(issuer);
    }
    if (issued != null) {
      given = given.withIssued(issued);
    }
    if (published != null) {
      given = given.withPublished(published);
    }
    if (documentNumber != null) {
      given = given.withDocumentNumber(documentNumber);
    }
    return given;
  }

  @Override
  void execute() {
    ImportResult result;
    try {
      result = PlanImporter.importFile(text, shape, id, root.options(), given());
    } catch (IllegalArgumentException e) {
      throw new Failure(ExitCode.USAGE, e.getMessage());
    } catch (PlanLoadException e) {
      throw new Failure(ExitCode.INVALID_FILE, e.getMessage());
    } catch (IOException e) {
      throw new Failure(ExitCode.INVALID_FILE, Failure.cannotRead(e));
    }
    List<PlanLoadException> errors = result.errors();
    if (output != null) {
      try {
        AtomicFiles.writeString(output, result.yaml());
        // Checked again as written, so that messages name the file the user will edit.
        errors = PlanLoader.check(root.options(), output);
      } catch (PlanLoadException e) {
        throw new Failure(ExitCode.INVALID_FILE, e.getMessage());
      } catch (IOException e) {
        throw new Failure(ExitCode.INVALID_FILE, Failure.cannotRead(e));
      }
    } else {
      out().print(result.yaml());
    }
    boolean bundledId = catalog().plan(id).isPresent();
    String report =
        format.json() ? json(result, errors, bundledId) : text(result, errors, bundledId);
    if (output != null) {
      out().print(report);
    } else {
      root.err.print(report);
    }
    if (!errors.isEmpty()) {
      throw new Failure(ExitCode.IMPORT_INCOMPLETE, "");
    }
  }

  /**
   * The report as text. Everything it prints from the text, the registries or the command line is
   * escaped as {@code validate} escapes it ({@link Quote#escape}): a right-to-left override or a
   * zero-width space in a name shows as its escape, not as itself.
   */
  private String text(ImportResult result, List<PlanLoadException> errors, boolean bundledId) {
    StringBuilder report = new StringBuilder();
    report
        .append(
            output != null
                ? "Wrote " + Quote.escape(output.toString())
                : "Wrote the plan file to standard output")
        .append(" (plan ")
        .append(id)
        .append(") from ")
        .append(Quote.escape(text.toString()))
        .append(".\n");
    report.append("Metadata:\n");
    for (ImportResult.Finding finding : result.metadata()) {
      report
          .append("  ")
          .append(Quote.escape(finding.path().substring(2)))
          .append(": ")
          .append(Quote.escape(finding.message()))
          .append(finding.line() > 0 ? " (line " + finding.line() + ")" : "")
          .append('\n');
    }
    if (!result.notes().isEmpty()) {
      report.append(Counts.of(result.notes().size(), "note")).append(", written into the file:\n");
      for (ImportResult.Finding note : result.notes()) {
        report.append("  ").append(Quote.escape(note.toString())).append('\n');
      }
    }
    if (!result.unknownBodies().isEmpty()) {
      report
          .append(Counts.of(result.unknownBodies().size(), "name"))
          .append(" no registry knows, written as printed:\n");
      for (ImportResult.UnknownBody body : result.unknownBodies()) {
        report
            .append("  line ")
            .append(body.line())
            .append(", ")
            .append(Quote.escape(body.path()))
            .append(": ")
            .append(Quote.escape(body.name()))
            .append(
                body.nearest().isEmpty()
                    ? ""
                    : "; nearest: " + Quote.escape(String.join(", ", body.nearest())))
            .append('\n');
      }
      report.append(
          "  Add the bodies to a registry file and pass it with --registry, or correct the"
              + " names (README: \"The registry format\").\n");
    }
    if (bundledId) {
      report
          .append("A bundled plan has the id ")
          .append(id)
          .append(": choose another to load the file beside the bundled plans with --file.\n");
    }
    String file = output != null ? "The file" : "The plan file on standard output";
    if (errors.isEmpty()) {
      report.append(file).append(" loads as it is.\n");
    } else {
      report
          .append(file)
          .append(" does not load yet (")
          .append(Counts.of(errors.size(), "error"))
          .append("):\n");
      for (PlanLoadException error : errors) {
        report.append("  ").append(located(error)).append('\n');
      }
    }
    return report.toString();
  }

  private String json(ImportResult result, List<PlanLoadException> errors, boolean bundledId) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode node = json.objectNode();
    node.put("plan", id);
    node.put("text", text.toString());
    if (output != null) {
      node.put("file", output.toString());
    }
    node.put("loads", errors.isEmpty());
    node.put("bundledId", bundledId);
    node.set("metadata", findings(result.metadata()));
    node.set("notes", findings(result.notes()));
    ArrayNode unknown = node.putArray("unknownBodies");
    for (ImportResult.UnknownBody body : result.unknownBodies()) {
      ObjectNode entry =
          unknown
              .addObject()
              .put("name", body.name())
              .put("line", body.line())
              .put("path", body.path());
      body.nearest().forEach(entry.putArray("nearest")::add);
    }
    ArrayNode problems = node.putArray("errors");
    for (PlanLoadException error : errors) {
      ObjectNode problem = ValidateCommand.error(error);
      if (output == null) {
        problem.put("file", STANDARD_OUTPUT);
      }
      problems.add(problem);
    }
    return Json.pretty(node);
  }

  /**
   * The error's message, located in the file the plan was written to: without {@code -o} the plan
   * goes to standard output, so the message names {@value #STANDARD_OUTPUT}, not the file name the
   * importer checks the text under.
   */
  private String located(PlanLoadException error) {
    String message = error.getMessage();
    return output == null && message.startsWith(error.source())
        ? STANDARD_OUTPUT + message.substring(error.source().length())
        : message;
  }

  private static ArrayNode findings(List<ImportResult.Finding> findings) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (ImportResult.Finding finding : findings) {
      array
          .addObject()
          .put("line", finding.line())
          .put("path", finding.path())
          .put("message", finding.message());
    }
    return array;
  }

  /** Reads an ISO date, {@code 2024-05-10}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a date written yyyy-MM-dd, such as 2024-05-10");
      }
    }
  }

  /** Reads {@code national-annual} and {@code five-year}. */
  static final class ShapeConverter implements ITypeConverter<PlanImporter.Shape> {
    @Override
    public PlanImporter.Shape convert(String value) {
      return switch (value) {
        case "national-annual" -> PlanImporter.Shape.NATIONAL_ANNUAL;
        case "five-year" -> PlanImporter.Shape.FIVE_YEAR;
        default ->
            throw new TypeConversionException(
                "'" + value + "' is not a shape: national-annual or five-year");
      };
    }
  }
}
