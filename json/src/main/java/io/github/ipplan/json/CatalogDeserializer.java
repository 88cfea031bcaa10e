package io.github.ipplan.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ipplan.PlanCatalog;
import java.io.IOException;

/**
 * Reads a catalog document into a {@link PlanCatalog}. The document is first read into a tree of
 * its own, whatever the mapper's settings, so that decimals keep the digits they are written with
 * and a field given twice is an error; {@link CatalogReader} then builds the catalog.
 */
final class CatalogDeserializer extends StdDeserializer<PlanCatalog> {
  private static final long serialVersionUID = 1L;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  CatalogDeserializer() {
    super(PlanCatalog.class);
  }

  @Override
  public PlanCatalog deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode root = tree(p, "$");
    try {
      return new CatalogReader().catalog(root);
    } catch (CatalogReader.InvalidCatalog e) {
      throw MismatchedInputException.from(p, PlanCatalog.class, e.getMessage());
    }
  }

  private static JsonNode tree(JsonParser p, String path) throws IOException {
    JsonToken token = p.currentToken();
    if (token == null) {
      throw MismatchedInputException.from(p, PlanCatalog.class, "No catalog: the input is empty");
    }
    switch (token) {
      case START_OBJECT:
        ObjectNode object = JSON.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (object.has(name)) {
            throw MismatchedInputException.from(
                p, PlanCatalog.class, path + ": field '" + name + "' is given twice");
          }
          object.set(name, tree(p, path + "." + name));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = JSON.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(tree(p, path + "[" + array.size() + "]"));
        }
        return array;
      case VALUE_STRING:
        return JSON.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> JSON.numberNode(p.getIntValue());
          case LONG -> JSON.numberNode(p.getLongValue());
          default -> JSON.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return DecimalNode.valueOf(p.getDecimalValue());
      case VALUE_TRUE:
        return JSON.booleanNode(true);
      case VALUE_FALSE:
        return JSON.booleanNode(false);
      case VALUE_NULL:
        return JSON.nullNode();
      default:
        throw MismatchedInputException.from(
            p, PlanCatalog.class, path + ": unexpected " + token + " in a catalog document");
    }
  }
}
