package io.github.ipplan.cli.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ipplan.Agency;
import io.github.ipplan.EnumWords;
import io.github.ipplan.Heading;
import io.github.ipplan.Indicator;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Project;
import io.github.ipplan.Responsibility;
import io.github.ipplan.cli.console.AtomicFiles;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.cli.console.Failure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The catalog as a Frictionless Data Package: a {@code datapackage.json} descriptor with a Table
 * Schema per table, and one tidy CSV file per table ({@code plans}, {@code bodies}, {@code
 * headings}, {@code measures}, {@code responsibilities}, {@code projects}, {@code indicators}).
 */
public final class DataPackage {
  /** The descriptor's file name. */
  static final String DESCRIPTOR = "datapackage.json";

  /** The byte order mark that Excel needs to read a CSV file as UTF-8. */
  static final String BOM = "\uFEFF";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** One column of a table: its name, Table Schema type, optional format and description. */
  record Field(String name, String type, String format, String description) {
    static Field of(String name, String type, String description) {
      return new Field(name, type, null, description);
    }
  }

  /** A foreign key: a column of this table whose values are keys of another table. */
  record ForeignKey(String field, String resource, String referencedField) {}

  /** One table: its resource name, title, columns, primary key, foreign keys and rows. */
  record Table(
      String name,
      String title,
      List<Field> fields,
      List<String> primaryKey,
      List<ForeignKey> foreignKeys,
      List<List<String>> rows) {}

  private DataPackage() {}

  /**
   * Returns the files of the package, by file name, the descriptor first: every CSV file in UTF-8
   * with a header row, rows ended by {@code \n}, or, for Excel, with a byte order mark and rows
   * ended by {@code \r\n}.
   */
  static Map<String, String> files(PlanCatalog catalog, List<Plan> plans, boolean excel) {
    List<Table> tables = tables(catalog, plans);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(DESCRIPTOR, descriptor(tables, excel));
    for (Table table : tables) {
      files.put(table.name() + ".csv", (excel ? BOM : "") + csv(table, excel ? "\r\n" : "\n"));
    }
    return files;
  }

  /**
   * Writes the package's files into a directory, creating it where it does not exist, complete or
   * not at all (see {@link AtomicFiles#writeDirectory}); fails with exit code 2 where no directory
   * is given.
   *
   * @param catalog the catalog
   * @param plans the plans
   * @param directory the directory to write into
   * @param excel whether the CSV files are written for Excel (with a byte-order mark and CRLF)
   * @return the names of the files written, the descriptor first
   */
  public static List<String> write(
      PlanCatalog catalog, List<Plan> plans, Path directory, boolean excel) {
    if (directory == null) {
      throw new Failure(
          ExitCode.USAGE, "export datapackage writes a directory: give it with -o <directory>.");
    }
    Map<String, AtomicFiles.Content> contents = new LinkedHashMap<>();
    files(catalog, plans, excel)
        .forEach((name, text) -> contents.put(name, AtomicFiles.utf8(text)));
    AtomicFiles.writeDirectory(directory, contents);
    return List.copyOf(contents.keySet());
  }

  static List<Table> tables(PlanCatalog catalog, List<Plan> plans) {
    List<List<String>> headingRows = new ArrayList<>();
    for (Plan plan : plans) {
      headings(plan, plan.outline(), List.of(), null, headingRows);
    }
    return List.of(
        plans(plans),
        bodies(catalog),
        new Table(
            "headings",
            "Headings",
            List.of(
                Field.of(
                    "id",
                    "string",
                    "The plan id and the heading's kind and place under each heading above it:"
                        + " part/2/section/1."),
                Field.of("plan_id", "string", "The plan."),
                Field.of("parent_id", "string", "The heading this one sits under, if any."),
                Field.of("depth", "integer", "1 for a part or chapter, 2 for a section."),
                Field.of("position", "integer", "The place under its parent, from 1."),
                Field.of("kind", "string", "part, chapter or section."),
                Field.of("numeral", "string", "The numeral as printed: 一."),
                Field.of("label", "string", "The label as printed: 一、 or （一）."),
                Field.of("title", "string", "The title as printed."),
                Field.of("text", "string", "Paragraphs printed under the heading, one a line.")),
            List.of("id"),
            List.of(
                new ForeignKey("plan_id", "plans", "id"),
                new ForeignKey("parent_id", "headings", "id")),
            headingRows),
        measures(plans),
        responsibilities(plans),
        projects(plans),
        indicators(plans));
  }

  private static Table plans(List<Plan> plans) {
    List<List<String>> rows = new ArrayList<>();
    for (Plan plan : plans) {
      rows.add(
          row(
              plan.id(),
              plan.title(),
              plan.issuer().id(),
              plan.documentNumber(),
              plan.issued(),
              plan.published(),
              EnumWords.word(plan.status()),
              plan.firstYear(),
              plan.lastYear(),
              plan.source(),
              plan.measures().size(),
              plan.leadRule()));
    }
    return new Table(
        "plans",
        "Plans",
        List.of(
            Field.of("id", "string", "The plan's id: national-2021-2022."),
            Field.of("title", "string", "The title as printed."),
            Field.of("issuer_id", "string", "The body that issued the plan."),
            Field.of("document_number", "string", "The document number (文号), if any."),
            Field.of("issued", "date", "The date the plan was issued."),
            Field.of("published", "date", "The date the plan was published, if known."),
            Field.of("status", "string", "in-force or draft-for-comment."),
            Field.of("first_year", "year", "The first year the plan covers."),
            Field.of("last_year", "year", "The last year the plan covers."),
            new Field("source", "string", "uri", "Where the plan is published."),
            Field.of("measure_count", "integer", "How many numbered tasks the plan has."),
            Field.of("lead_rule", "string", "The plan's sentence on which body leads a task.")),
        List.of("id"),
        List.of(new ForeignKey("issuer_id", "bodies", "id")),
        rows);
  }

  private static Table bodies(PlanCatalog catalog) {
    List<List<String>> rows = new ArrayList<>();
    for (Agency agency : catalog.agencies()) {
      rows.add(
          row(
              agency.id(),
              agency.name(),
              agency.fullName(),
              agency.englishName(),
              agency.abbreviation(),
              String.join("、", agency.printedNames()),
              EnumWords.word(agency.kind()),
              agency.level().map(EnumWords::word),
              agency.successorId()));
    }
    return new Table(
        "bodies",
        "Bodies",
        List.of(
            Field.of("id", "string", "The body's stable id: cnipa."),
            Field.of("name", "string", "The name the plans print first: 知识产权局."),
            Field.of("full_name", "string", "The full name, if it differs."),
            Field.of("english_name", "string", "The English name."),
            Field.of("abbreviation", "string", "The English abbreviation, if any."),
            Field.of("printed_names", "string", "Every name the plans print, separated by 、."),
            Field.of("kind", "string", "The kind of body."),
            Field.of("level", "string", "central or municipal; empty for a non-government body."),
            Field.of("successor_id", "string", "The body that replaced it, if any.")),
        List.of("id"),
        List.of(new ForeignKey("successor_id", "bodies", "id")),
        rows);
  }

  private static void headings(
      Plan plan,
      List<Heading> headings,
      List<Heading> path,
      String parentId,
      List<List<String>> rows) {
    for (int i = 0; i < headings.size(); i++) {
      Heading heading = headings.get(i);
      List<Heading> here = new ArrayList<>(path);
      here.add(heading);
      String id = headingId(plan, here);
      rows.add(
          row(
              id,
              plan.id(),
              parentId,
              here.size(),
              i + 1,
              EnumWords.word(heading.kind()),
              heading.numeral(),
              heading.printedLabel(),
              heading.title(),
              String.join("\n", heading.paragraphs())));
      headings(plan, heading.subheadings(), here, id, rows);
    }
  }

  private static String headingId(Plan plan, List<Heading> path) {
    return plan.headingId(path).orElse(null);
  }

  private static Table measures(List<Plan> plans) {
    List<List<String>> rows = new ArrayList<>();
    for (Plan plan : plans) {
      for (Measure measure : plan.measures()) {
        rows.add(
            row(
                measure.id(),
                plan.id(),
                measure.number(),
                headingId(plan, measure.headingPath()),
                measure.label(),
                measure.title(),
                measure.text(),
                measure.assignment().map(EnumWords::word),
                measure.lead().map(Agency::id),
                measure.responsibilities().size()));
      }
    }
    return new Table(
        "measures",
        "Measures (numbered tasks)",
        List.of(
            Field.of("id", "string", "The plan id, 'measure' and the number."),
            Field.of("plan_id", "string", "The plan."),
            Field.of("number", "integer", "The task's number in its plan."),
            Field.of("heading_id", "string", "The innermost heading the task sits under."),
            Field.of("label", "string", "The label as printed, if the plan prints one."),
            Field.of("title", "string", "The short title, if the plan prints one."),
            Field.of("text", "string", "The task's text, verbatim."),
            Field.of("assignment", "string", "joint (负责) or by-duty (按职责分工负责)."),
            Field.of("lead_id", "string", "The leading body: the first printed."),
            Field.of("body_count", "integer", "How many bodies the task names.")),
        List.of("id"),
        List.of(
            new ForeignKey("plan_id", "plans", "id"),
            new ForeignKey("heading_id", "headings", "id"),
            new ForeignKey("lead_id", "bodies", "id")),
        rows);
  }

  private static Table responsibilities(List<Plan> plans) {
    List<List<String>> rows = new ArrayList<>();
    for (Plan plan : plans) {
      for (Measure measure : plan.measures()) {
        for (Responsibility responsibility : measure.responsibilities()) {
          rows.add(
              row(
                  measure.id(),
                  responsibility.agency().id(),
                  responsibility.printedName(),
                  EnumWords.word(responsibility.role()),
                  responsibility.position()));
        }
      }
    }
    return new Table(
        "responsibilities",
        "Responsibilities: one row per body per task",
        List.of(
            Field.of("measure_id", "string", "The task."),
            Field.of("body_id", "string", "The body."),
            Field.of("printed_name", "string", "The body's name as the task prints it."),
            Field.of("role", "string", "lead (printed first) or participant."),
            Field.of("position", "integer", "The place in the printed list, from 1.")),
        List.of("measure_id", "position"),
        List.of(
            new ForeignKey("measure_id", "measures", "id"),
            new ForeignKey("body_id", "bodies", "id")),
        rows);
  }

  private static Table projects(List<Plan> plans) {
    List<List<String>> rows = new ArrayList<>();
    for (Plan plan : plans) {
      for (Project project : plan.projects()) {
        rows.add(
            row(
                project.id(),
                plan.id(),
                project.number(),
                project.title(),
                headingId(plan, project.headingPath()),
                project.followsMeasure().map(n -> plan.id() + "/measure/" + n),
                String.join("\n", project.paragraphs())));
      }
    }
    return new Table(
        "projects",
        "Flagship projects",
        List.of(
            Field.of("id", "string", "The plan id, 'project' and the number."),
            Field.of("plan_id", "string", "The plan."),
            Field.of("number", "integer", "The project's number: 1 for 项目1."),
            Field.of("title", "string", "The title as printed."),
            Field.of("heading_id", "string", "The innermost heading the project sits under."),
            Field.of("follows_measure_id", "string", "The task printed just before it."),
            Field.of("text", "string", "The project's paragraphs, verbatim, one a line.")),
        List.of("id"),
        List.of(
            new ForeignKey("plan_id", "plans", "id"),
            new ForeignKey("heading_id", "headings", "id"),
            new ForeignKey("follows_measure_id", "measures", "id")),
        rows);
  }

  private static Table indicators(List<Plan> plans) {
    List<List<String>> rows = new ArrayList<>();
    for (Plan plan : plans) {
      for (Indicator indicator : plan.indicators()) {
        rows.add(
            row(
                indicator.id(),
                plan.id(),
                indicator.row(),
                indicator.name(),
                indicator.printedCell(),
                indicator.target(),
                indicator.unit(),
                indicator.targetYear(),
                EnumWords.word(indicator.kind()),
                EnumWords.word(indicator.nature()),
                indicator.bound().map(EnumWords::word),
                indicator.boundEvidence(),
                indicator.source().map(Agency::id),
                indicator.sourceName(),
                indicator.baseline().map(b -> b.value()),
                indicator.baseline().map(b -> b.year()),
                indicator.baseline().map(b -> b.evidence())));
      }
    }
    return new Table(
        "indicators",
        "Indicators (quantitative targets)",
        List.of(
            Field.of("id", "string", "The plan id, 'indicator' and the row."),
            Field.of("plan_id", "string", "The plan."),
            Field.of("row", "integer", "The row in the plan's indicator table, from 1."),
            Field.of("name", "string", "The indicator's name."),
            Field.of("printed_cell", "string", "The name cell as printed."),
            Field.of("target", "number", "The target value, exact, in the unit."),
            Field.of("unit", "string", "The unit."),
            Field.of("target_year", "year", "The year the target is for."),
            Field.of("kind", "string", "What the target measures: level, annual growth rate…"),
            Field.of("nature", "string", "expected (预期性) or binding (约束性)."),
            Field.of("bound", "string", "reach, at-least or more-than, if the plan says."),
            Field.of("bound_evidence", "string", "The plan's words that state the bound."),
            Field.of("source_id", "string", "The body that supplies the data, if named."),
            Field.of("source_name", "string", "That body's name as printed."),
            Field.of("baseline", "number", "The starting value, if the plan states one."),
            Field.of("baseline_year", "year", "The year of the starting value."),
            Field.of("baseline_evidence", "string", "The plan's sentence that states it.")),
        List.of("id"),
        List.of(
            new ForeignKey("plan_id", "plans", "id"), new ForeignKey("source_id", "bodies", "id")),
        rows);
  }

  /** A row of cells: absent values empty, numbers written exactly, everything else as text. */
  private static List<String> row(Object... cells) {
    return Arrays.stream(cells).map(DataPackage::cell).toList();
  }

  private static String cell(Object value) {
    Object present = value instanceof Optional<?> optional ? optional.orElse(null) : value;
    if (present == null) {
      return "";
    }
    return present instanceof BigDecimal decimal ? decimal.toPlainString() : present.toString();
  }

  static String csv(Table table, String lineEnd) {
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator(lineEnd).build();
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter printer = format.print(csv)) {
      printer.printRecord(table.fields().stream().map(Field::name).toList());
      for (List<String> row : table.rows()) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write CSV to memory", e);
    }
    return csv.toString();
  }

  static String descriptor(List<Table> tables, boolean excel) {
    ObjectNode root = JSON.objectNode();
    root.put("profile", "tabular-data-package");
    root.put("name", "ipplan");
    root.put("title", "Chinese intellectual-property policy plans, task by task");
    root.put(
        "description",
        "The plans' numbered tasks, the bodies responsible for each (one row per body per task,"
            + " the first printed leads), flagship projects and quantitative indicators.");
    ArrayNode resources = root.putArray("resources");
    for (Table table : tables) {
      ObjectNode resource = resources.addObject();
      resource.put("name", table.name());
      resource.put("title", table.title());
      resource.put("path", table.name() + ".csv");
      resource.put("profile", "tabular-data-resource");
      resource.put("format", "csv");
      resource.put("mediatype", "text/csv");
      resource.put("encoding", "utf-8");
      ObjectNode dialect = resource.putObject("dialect");
      dialect.put("delimiter", ",");
      dialect.put("lineTerminator", excel ? "\r\n" : "\n");
      dialect.put("quoteChar", "\"");
      dialect.put("doubleQuote", true);
      dialect.put("header", true);
      ObjectNode schema = resource.putObject("schema");
      ArrayNode fields = schema.putArray("fields");
      for (Field field : table.fields()) {
        ObjectNode node = fields.addObject();
        node.put("name", field.name());
        node.put("type", field.type());
        if (field.format() != null) {
          node.put("format", field.format());
        }
        node.put("description", field.description());
        if (table.primaryKey().contains(field.name())) {
          node.putObject("constraints").put("required", true);
        }
      }
      ArrayNode primaryKey = schema.putArray("primaryKey");
      table.primaryKey().forEach(primaryKey::add);
      ArrayNode foreignKeys = schema.putArray("foreignKeys");
      for (ForeignKey key : table.foreignKeys()) {
        ObjectNode node = foreignKeys.addObject();
        node.put("fields", key.field());
        ObjectNode reference = node.putObject("reference");
        reference.put("resource", key.resource().equals(table.name()) ? "" : key.resource());
        reference.put("fields", key.referencedField());
      }
      schema.putArray("missingValues").add("");
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the data package descriptor", e);
    }
  }
}
