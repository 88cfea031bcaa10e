package io.github.ipplan.cli.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.json.IpplanModule;
import java.util.Map;

/**
 * The JSON of the answers as maps and lists: domain values as {@link IpplanModule} writes them (the
 * documented ipplan-json form), and the command line's summaries ({@link
 * io.github.ipplan.cli.export.Json}) as {@code ipplan ... --json} prints them.
 */
final class JsonForms {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new IpplanModule());
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private JsonForms() {}

  /** Returns a domain value, a list of them or a tree as JSON maps, lists and scalars. */
  static Object tree(Object value) {
    return MAPPER.convertValue(value, Object.class);
  }

  /** Returns a domain value that is a JSON object (a measure, a plan) as a map. */
  static Map<String, Object> object(Object value) {
    return MAPPER.convertValue(value, OBJECT);
  }

  /** Returns a value as compact JSON text. */
  static String text(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A domain value or JSON tree cannot fail to serialize", e);
    }
  }
}
