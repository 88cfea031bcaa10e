package io.github.ipplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks every command's --format json output against the output schema shipped in the jar. */
class JsonOutputSchemaTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final List<String> COMMANDS =
      List.of(
          "leads 知识产权局",
          "participates CNIPA",
          "involves 知识产权局",
          "body 银保监会",
          "body 国知局",
          "measure national-2021-2022 20",
          "project guangzhou-2021-2025 5",
          "indicators",
          "projects",
          "search 意見 保护",
          "collaborations 知识产权局",
          "collaborations",
          "export json",
          "plans",
          "bodies",
          "bodies --plan guangzhou-2021-2025",
          "validate ../examples/samples/sample-agencies.yaml",
          "validate ../examples/samples/national-2024-sample.yaml no-such-file.yaml");

  @Test
  void everyCommandsOutput_matchesItsSchema() throws Exception {
    for (String command : COMMANDS) {
      check(command);
    }
  }

  @Test
  void theSchema_refusesWhatNoCommandWrites() throws Exception {
    assertThat(errors("plans", MAPPER.readTree("[{\"id\": 1}]"))).isNotEmpty();
    assertThat(
            errors(
                "body",
                MAPPER.readTree(
                    "{\"id\": \"x\", \"name\": \"x\", \"printedNames\": [], "
                        + "\"englishName\": \"x\", \"englishNameDescriptive\": false, \"kind\": \"court\", "
                        + "\"publicBody\": true, \"plans\": [], \"extra\": 1}")))
        .isNotEmpty();
  }

  private static java.util.Set<com.networknt.schema.ValidationMessage> errors(
      String command, JsonNode output) throws Exception {
    ObjectNode schema;
    try (InputStream in = Ipplan.class.getResourceAsStream("output.schema.json")) {
      assertThat(in).as("output.schema.json in the jar").isNotNull();
      schema = (ObjectNode) MAPPER.readTree(in);
    }
    schema.put("$ref", "#/$defs/" + command);
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(schema)
        .validate(output);
  }

  private static void check(String command) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
    if (!args.get(0).equals("export")) {
      args.addAll(List.of("--format", "json"));
    }
    StringWriter out = new StringWriter();
    int code =
        Ipplan.run(
            CATALOG,
            args.toArray(String[]::new),
            new PrintWriter(out),
            new PrintWriter(new StringWriter()));
    assertThat(code).as(command).isIn(0, 4);
    JsonNode output = MAPPER.readTree(out.toString());

    assertThat(errors(args.get(0), output)).as(command).isEmpty();
  }
}
