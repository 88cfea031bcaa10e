package io.github.ipplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The tests' mapper with the module registered, and the shipped schema to check output with. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new IpplanModule());
  private static final ObjectNode SCHEMA = readSchema();
  private static final Map<String, JsonSchema> SCHEMAS = new HashMap<>();

  private Json() {}

  private static ObjectNode readSchema() {
    try (InputStream in = IpplanModule.schema()) {
      return (ObjectNode) new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a value compactly. */
  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the schema's complaints about a JSON text as the definition named in $defs. */
  static synchronized Set<ValidationMessage> errors(String definition, String json) {
    JsonSchema schema =
        SCHEMAS.computeIfAbsent(
            definition,
            name -> {
              ObjectNode copy = SCHEMA.deepCopy();
              copy.put("$ref", "#/$defs/" + name);
              return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(copy);
            });
    try {
      JsonNode node = new ObjectMapper().readTree(json);
      return schema.validate(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a value and checks the JSON against its definition in the shipped schema. */
  static String writeValid(String definition, Object value) {
    String json = write(value);
    assertThat(errors(definition, json)).as("schema errors in %s", json).isEmpty();
    return json;
  }
}
