package io.github.ipplan.cli.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.yaml.BundledPlans;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the data package as the Frictionless Data Package and Table Schema specifications require
 * it, and its tables against the catalog and the national plan's source text.
 */
class DataPackageTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final Map<String, String> FILES =
      DataPackage.files(CATALOG, CATALOG.plans(), false);
  private static final JsonNode DESCRIPTOR = descriptor(FILES);

  /** Table Schema's field types (v1). */
  private static final Set<String> TYPES =
      Set.of(
          "string",
          "number",
          "integer",
          "boolean",
          "object",
          "array",
          "date",
          "time",
          "datetime",
          "year",
          "yearmonth",
          "duration",
          "geopoint",
          "geojson",
          "any");

  /**
   * Data Package names: lower-case alphanumeric characters with {@code .}, {@code _}, {@code -}.
   */
  private static final Pattern NAME = Pattern.compile("^[a-z0-9._-]+$");

  private static final List<String> TABLES =
      List.of(
          "plans", "bodies", "headings", "measures", "responsibilities", "projects", "indicators");

  @Test
  void descriptor_isATabularDataPackage_withTheRequiredProperties() {
    assertThat(FILES.keySet().iterator().next()).isEqualTo("datapackage.json");
    assertThat(DESCRIPTOR.path("profile").asText()).isEqualTo("tabular-data-package");
    assertThat(DESCRIPTOR.path("name").asText()).matches(NAME);
    assertThat(DESCRIPTOR.path("resources").isArray()).isTrue();
    List<String> names = new ArrayList<>();
    for (JsonNode resource : DESCRIPTOR.path("resources")) {
      String name = resource.path("name").asText();
      names.add(name);
      assertThat(name).matches(NAME);
      assertThat(resource.path("profile").asText()).isEqualTo("tabular-data-resource");
      String path = resource.path("path").asText();
      assertThat(path).isEqualTo(name + ".csv").doesNotStartWith("/").doesNotContain("..");
      assertThat(FILES).containsKey(path);
      assertThat(resource.path("encoding").asText()).isEqualTo("utf-8");
      assertThat(resource.path("schema").path("fields").isArray()).isTrue();
      assertThat(resource.path("schema").path("fields")).isNotEmpty();
    }
    assertThat(names).containsExactlyElementsOf(TABLES);
    assertThat(FILES.keySet()).hasSize(1 + TABLES.size());
  }

  @Test
  void everyField_hasAUniqueLowerCaseName_andATypeFromTableSchema() {
    for (JsonNode resource : DESCRIPTOR.path("resources")) {
      Set<String> seen = new HashSet<>();
      for (JsonNode field : resource.path("schema").path("fields")) {
        String name = field.path("name").asText();
        assertThat(name).matches("^[a-z][a-z0-9_]*$");
        assertThat(seen.add(name)).as("%s.%s is unique", resource.path("name"), name).isTrue();
        assertThat(field.path("type").asText()).isIn(TYPES);
      }
    }
  }

  @Test
  void everyCsvFile_parsesWithTheDeclaredHeader_andItsCellsHaveTheDeclaredTypes() {
    for (JsonNode resource : DESCRIPTOR.path("resources")) {
      List<String> fields = fieldNames(resource);
      try (CSVParser parser = parse(FILES.get(resource.path("path").asText()))) {
        assertThat(parser.getHeaderNames()).containsExactlyElementsOf(fields);
        for (CSVRecord record : parser.getRecords()) {
          assertThat(record.size()).isEqualTo(fields.size());
          for (JsonNode field : resource.path("schema").path("fields")) {
            String value = record.get(field.path("name").asText());
            if (!value.isEmpty()) {
              checkType(field, value);
            }
          }
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void everyPrimaryKey_namesFields_andIsPresentAndUniqueOverItsTable() {
    for (JsonNode resource : DESCRIPTOR.path("resources")) {
      List<String> key = strings(resource.path("schema").path("primaryKey"));
      assertThat(key).isNotEmpty();
      assertThat(fieldNames(resource)).containsAll(key);
      List<Map<String, String>> rows = rows(resource.path("name").asText());
      Set<List<String>> values = new HashSet<>();
      for (Map<String, String> row : rows) {
        List<String> value = key.stream().map(row::get).toList();
        assertThat(value).doesNotContain("");
        assertThat(values.add(value))
            .as("%s key %s is unique", resource.path("name"), value)
            .isTrue();
      }
    }
  }

  @Test
  void everyForeignKey_refersToTheKeyOfATable_andEveryValueIsPresentThere() {
    int checked = 0;
    for (JsonNode resource : DESCRIPTOR.path("resources")) {
      String name = resource.path("name").asText();
      for (JsonNode foreignKey : resource.path("schema").path("foreignKeys")) {
        String field = foreignKey.path("fields").asText();
        String referenced = foreignKey.path("reference").path("resource").asText();
        String target = referenced.isEmpty() ? name : referenced;
        String referencedField = foreignKey.path("reference").path("fields").asText();
        assertThat(fieldNames(resource)).contains(field);
        assertThat(TABLES).contains(target);
        assertThat(referenced).isNotEqualTo(name);
        JsonNode targetResource = resource(target);
        assertThat(strings(targetResource.path("schema").path("primaryKey")))
            .containsExactly(referencedField);
        Set<String> keys =
            rows(target).stream().map(row -> row.get(referencedField)).collect(Collectors.toSet());
        for (Map<String, String> row : rows(name)) {
          String value = row.get(field);
          if (!value.isEmpty()) {
            assertThat(keys).as("%s.%s = %s", name, field, value).contains(value);
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void tables_countWhatThePlansHold() {
    assertThat(rows("plans"))
        .extracting(row -> row.get("id"))
        .containsExactly("national-2021-2022", "guangzhou-2021-2025");
    assertThat(
            rows("measures").stream()
                .filter(row -> row.get("plan_id").equals("national-2021-2022")))
        .hasSize(115);
    assertThat(
            rows("measures").stream()
                .filter(row -> row.get("plan_id").equals("guangzhou-2021-2025")))
        .hasSize(48);
    assertThat(rows("indicators")).hasSize(13);
    assertThat(rows("projects")).hasSize(7);
    // The README's count: 40 bodies of the national plan, 3 successors of them (金融监管总局 and the
    // renamed joint conference's office and member units), 4 more the later notices address
    // (税务总局, 国家国际发展合作署, 国家药监局, 国家自然科学基金委) and 4 of the Guangzhou plan.
    assertThat(rows("bodies")).hasSize(40 + 3 + 4 + 4).hasSize(CATALOG.agencies().size());
    assertThat(rows("plans"))
        .extracting(row -> row.get("measure_count"))
        .containsExactly("115", "48");
  }

  @Test
  void everyMeasure_sitsUnderAHeading() {
    assertThat(rows("measures")).allSatisfy(row -> assertThat(row.get("heading_id")).isNotEmpty());
    assertThat(rows("projects")).allSatisfy(row -> assertThat(row.get("heading_id")).isNotEmpty());
  }

  @Test
  void responsibilities_haveOneRowPerBodyThatTheSourceTextPrints() {
    Map<Integer, List<String>> printed = NationalSourceBodies.load();
    assertThat(printed).hasSize(115);
    Map<Integer, List<Map<String, String>>> rows = new LinkedHashMap<>();
    for (Map<String, String> row : rows("responsibilities")) {
      String measure = row.get("measure_id");
      if (measure.startsWith("national-2021-2022/measure/")) {
        int number = Integer.parseInt(measure.substring(measure.lastIndexOf('/') + 1));
        rows.computeIfAbsent(number, n -> new ArrayList<>()).add(row);
      }
    }
    int total = printed.values().stream().mapToInt(List::size).sum();
    assertThat(rows.values().stream().mapToInt(List::size).sum()).isEqualTo(total);
    for (Map.Entry<Integer, List<String>> task : printed.entrySet()) {
      List<Map<String, String>> taskRows = rows.getOrDefault(task.getKey(), List.of());
      assertThat(taskRows)
          .as("task %d", task.getKey())
          .extracting(row -> row.get("printed_name"))
          .containsExactlyElementsOf(task.getValue());
      for (int i = 0; i < taskRows.size(); i++) {
        assertThat(taskRows.get(i).get("position")).isEqualTo(String.valueOf(i + 1));
        assertThat(taskRows.get(i).get("role")).isEqualTo(i == 0 ? "lead" : "participant");
      }
    }
    int catalogTotal =
        CATALOG.plans().stream()
            .flatMap(plan -> plan.measures().stream())
            .mapToInt(measure -> measure.responsibilities().size())
            .sum();
    assertThat(rows("responsibilities")).hasSize(catalogTotal);
  }

  @Test
  void responsibilities_ofTheFirstTask_areItsThreeBodiesInPrintedOrder() {
    assertThat(
            rows("responsibilities").stream()
                .filter(row -> row.get("measure_id").equals("national-2021-2022/measure/1"))
                .map(
                    row ->
                        List.of(
                            row.get("body_id"),
                            row.get("printed_name"),
                            row.get("role"),
                            row.get("position"))))
        .containsExactly(
            List.of("samr", "市场监管总局", "lead", "1"),
            List.of("mara", "农业农村部", "participant", "2"),
            List.of("cnipa", "知识产权局", "participant", "3"));
    assertThat(
            rows("responsibilities").stream()
                .filter(row -> row.get("measure_id").equals("national-2021-2022/measure/2"))
                .map(row -> row.get("body_id")))
        .containsExactly("cpc-publicity-department");
  }

  @Test
  void indicators_carryBoundKindNatureSourceAndBaseline() {
    Map<String, String> first =
        rows("indicators").stream()
            .filter(row -> row.get("id").equals("guangzhou-2021-2025/indicator/1"))
            .findFirst()
            .orElseThrow();
    assertThat(first)
        .containsEntry("name", "每万人口高价值发明专利拥有量")
        .containsEntry("target", "30")
        .containsEntry("unit", "件")
        .containsEntry("target_year", "2025")
        .containsEntry("kind", "level")
        .containsEntry("nature", "expected")
        .containsEntry("bound", "reach");
    assertThat(first.get("bound_evidence")).contains("达30件");
    assertThat(rows("indicators")).anySatisfy(row -> assertThat(row.get("baseline")).isNotEmpty());
    assertThat(rows("indicators")).anySatisfy(row -> assertThat(row.get("source_id")).isNotEmpty());
    assertThat(rows("indicators"))
        .allSatisfy(
            row ->
                assertThat(row.get("baseline").isEmpty())
                    .isEqualTo(row.get("baseline_year").isEmpty()));
  }

  @Test
  void byDefault_filesAreUtf8WithoutBom_withLfLineEnds() {
    for (String table : TABLES) {
      String csv = FILES.get(table + ".csv");
      assertThat(csv).doesNotStartWith(DataPackage.BOM).doesNotContain("\r").endsWith("\n");
    }
  }

  @Test
  void forExcel_filesStartWithABom_andEndRowsWithCrlf_andHoldTheSameRecords() throws IOException {
    Map<String, String> excel = DataPackage.files(CATALOG, CATALOG.plans(), true);
    JsonNode descriptor = descriptor(excel);
    for (JsonNode resource : descriptor.path("resources")) {
      assertThat(resource.path("dialect").path("lineTerminator").asText()).isEqualTo("\r\n");
    }
    for (String table : TABLES) {
      String csv = excel.get(table + ".csv");
      assertThat(csv).startsWith(DataPackage.BOM).endsWith("\r\n");
      String header = csv.substring(1, csv.indexOf('\n') + 1);
      assertThat(header).endsWith("\r\n").doesNotContain(DataPackage.BOM);
      try (CSVParser lf = parse(FILES.get(table + ".csv"));
          CSVParser crlf = parse(csv.substring(1))) {
        assertThat(crlf.getHeaderNames()).isEqualTo(lf.getHeaderNames());
        assertThat(crlf.getRecords().stream().map(CSVRecord::toList).toList())
            .isEqualTo(lf.getRecords().stream().map(CSVRecord::toList).toList());
      }
    }
  }

  @Test
  void onlyOnePlan_keepsTheForeignKeysWhole() {
    Plan guangzhou = CATALOG.plan("guangzhou-2021-2025").orElseThrow();
    Map<String, String> files = DataPackage.files(CATALOG, List.of(guangzhou), false);
    assertThat(records(files, "measures")).hasSize(48);
    assertThat(records(files, "plans")).hasSize(1);
    assertThat(records(files, "bodies")).hasSize(CATALOG.agencies().size());
  }

  @Test
  void command_writesTheFilesIntoTheDirectory(@TempDir Path directory) throws IOException {
    Path target = directory.resolve("out");
    StringWriter err = new StringWriter();
    int code =
        Ipplan.run(
            CATALOG,
            new String[] {"export", "datapackage", "-o", target.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));

    assertThat(code).as(err.toString()).isZero();
    for (Map.Entry<String, String> file : FILES.entrySet()) {
      byte[] bytes = Files.readAllBytes(target.resolve(file.getKey()));
      assertThat(new String(bytes, UTF_8)).isEqualTo(file.getValue());
      assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
    }
    try (var listing = Files.list(target)) {
      assertThat(listing).hasSize(FILES.size());
    }
  }

  @Test
  void command_withExcel_writesABom(@TempDir Path directory) throws IOException {
    int code =
        Ipplan.run(
            CATALOG,
            new String[] {"export", "datapackage", "--excel", "-o", directory.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));

    assertThat(code).isZero();
    byte[] bytes = Files.readAllBytes(directory.resolve("measures.csv"));
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
  }

  @Test
  void command_withoutADirectory_isAUsageError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Ipplan.run(
            CATALOG,
            new String[] {"export", "datapackage"},
            new PrintWriter(out),
            new PrintWriter(err));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("-o <directory>");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void command_intoAFile_failsSayingWhy(@TempDir Path directory) throws IOException {
    Path file = Files.writeString(directory.resolve("taken"), "x");
    StringWriter err = new StringWriter();
    int code =
        Ipplan.run(
            CATALOG,
            new String[] {"export", "datapackage", "-o", file.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));

    assertThat(code).isEqualTo(ExitCode.INVALID_FILE.code());
    assertThat(err.toString()).isEqualTo("Cannot write " + file + ": it is not a directory\n");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  private static void checkType(JsonNode field, String value) {
    String type = field.path("type").asText();
    String what = field.path("name").asText() + " = " + value;
    switch (type) {
      case "integer" -> assertThat(value).as(what).matches("-?\\d+");
      case "number" -> assertThat(new BigDecimal(value).toPlainString()).as(what).isEqualTo(value);
      case "date" -> assertThat(LocalDate.parse(value).toString()).as(what).isEqualTo(value);
      case "year" -> assertThat(value).as(what).matches("\\d{4}");
      case "string" -> {
        if (field.path("format").asText().equals("uri")) {
          assertThat(URI.create(value).isAbsolute()).as(what).isTrue();
        }
      }
      default -> throw new AssertionError("Unexpected type " + type + " for " + what);
    }
  }

  private static JsonNode descriptor(Map<String, String> files) {
    try {
      return new ObjectMapper().readTree(files.get("datapackage.json"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode resource(String name) {
    for (JsonNode resource : DESCRIPTOR.path("resources")) {
      if (resource.path("name").asText().equals(name)) {
        return resource;
      }
    }
    throw new AssertionError("No resource " + name);
  }

  private static List<String> fieldNames(JsonNode resource) {
    List<String> names = new ArrayList<>();
    resource.path("schema").path("fields").forEach(field -> names.add(field.path("name").asText()));
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(node -> strings.add(node.asText()));
    return strings;
  }

  private static CSVParser parse(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .build()
        .parse(new java.io.StringReader(csv));
  }

  private static List<CSVRecord> records(Map<String, String> files, String table) {
    try (CSVParser parser = parse(files.get(table + ".csv"))) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Map<String, String>> rows(String table) {
    return records(FILES, table).stream().map(CSVRecord::toMap).toList();
  }

  /**
   * The national plan's source text, parsed independently of the YAML transcription: for each
   * numbered task, the bodies its closing clause prints, in order.
   */
  static final class NationalSourceBodies {
    private static final Path SOURCE =
        Path.of("../yaml-loader/src/test/resources/sources/national-annual-plan-2021-2022.txt");
    private static final Pattern TASK = Pattern.compile("(\\d+)\\s*[.．]\\s*(.*)", Pattern.DOTALL);
    private static final Pattern CLAUSE =
        Pattern.compile("(.*)（([^（）]+?)(按职责分工负责|负责)）", Pattern.DOTALL);

    static Map<Integer, List<String>> load() {
      String text;
      try {
        text = Files.readString(SOURCE, UTF_8);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      List<String> paragraphs = new ArrayList<>();
      for (String paragraph : text.split("\n\\s*\n")) {
        if (!paragraph.isBlank()) {
          paragraphs.add(paragraph.strip());
        }
      }
      int start = paragraphs.indexOf("知识产权强国建设纲要和“十四五”规划实施年度推进计划") + 2;
      Map<Integer, List<String>> bodies = new LinkedHashMap<>();
      for (int i = start; i < paragraphs.size(); i++) {
        String paragraph = paragraphs.get(i);
        if (paragraph.contains("牵头部门")) {
          break;
        }
        Matcher task = TASK.matcher(paragraph);
        if (!task.matches()) {
          continue;
        }
        String body = task.group(2);
        while (!CLAUSE.matcher(body).matches()) {
          body = body + paragraphs.get(++i);
        }
        Matcher clause = CLAUSE.matcher(body);
        clause.matches();
        bodies.put(Integer.parseInt(task.group(1)), List.of(clause.group(2).split("、")));
      }
      return bodies;
    }
  }
}
