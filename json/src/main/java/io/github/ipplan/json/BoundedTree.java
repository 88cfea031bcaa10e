package io.github.ipplan.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.internal.Quote;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a catalog document's tokens into a tree of its own, whatever the mapper's settings, and
 * checks each token against the {@link Limits} as it comes: the document's length, the count of
 * values, the nesting, the length of each string, key and number, and the characters of each text.
 * Decimals keep the digits they are written with; a field given twice is an error. Nothing is built
 * past a limit, and the path of the value at fault is written only for the error.
 */
final class BoundedTree {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final JsonParser p;
  private int values;

  private BoundedTree(JsonParser p) {
    this.p = p;
  }

  /** Reads the value at the parser's current token, the whole document. */
  static JsonNode read(JsonParser p) throws IOException {
    if (p.currentToken() == null) {
      throw MismatchedInputException.from(p, PlanCatalog.class, "No catalog: the input is empty");
    }
    return new BoundedTree(p).value(1);
  }

  private JsonNode value(int depth) throws IOException {
    JsonToken token = p.currentToken();
    count();
    switch (token) {
      case START_OBJECT:
        nest(depth);
        ObjectNode object = JSON.objectNode();
        while (next() == JsonToken.FIELD_NAME) {
          count();
          String name = p.currentName();
          check(name, "key");
          if (object.has(name)) {
            throw refuse("field " + Quote.of(name) + " is given twice");
          }
          next();
          object.set(name, value(depth + 1));
        }
        return object;
      case START_ARRAY:
        nest(depth);
        ArrayNode array = JSON.arrayNode();
        while (next() != JsonToken.END_ARRAY) {
          array.add(value(depth + 1));
        }
        return array;
      case VALUE_STRING:
        String text = p.getText();
        check(text, "value");
        return JSON.textNode(text);
      case VALUE_NUMBER_INT:
        length(p.getTextLength(), "value");
        return switch (p.getNumberType()) {
          case INT -> JSON.numberNode(p.getIntValue());
          case LONG -> JSON.numberNode(p.getLongValue());
          default -> JSON.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return DecimalNode.valueOf(decimal());
      case VALUE_TRUE:
        return JSON.booleanNode(true);
      case VALUE_FALSE:
        return JSON.booleanNode(false);
      case VALUE_NULL:
        return JSON.nullNode();
      default:
        throw refuse("unexpected " + token + " in a catalog document");
    }
  }

  /** Reads a number with a fraction or an exponent: finite, and not too long to write out. */
  private BigDecimal decimal() throws IOException {
    if (p.isNaN()) {
      throw refuse("expected a decimal number but found " + Quote.of(p.getText()));
    }
    length(p.getTextLength(), "value");
    BigDecimal value;
    try {
      value = p.getDecimalValue();
    } catch (NumberFormatException e) {
      throw refuse("expected a decimal number but found " + Quote.of(p.getText()));
    }
    long plain = Limits.plainLength(value);
    if (plain > Limits.MAX_VALUE_LENGTH) {
      throw refuse(
          "the number "
              + Quote.of(p.getText())
              + " has "
              + plain
              + " characters written out in full, more than the limit of "
              + Limits.MAX_VALUE_LENGTH);
    }
    return value;
  }

  private JsonToken next() throws IOException {
    JsonToken token = p.nextToken();
    JsonLocation at = p.currentLocation();
    long bytes = at.getByteOffset();
    long length = Math.max(bytes, at.getCharOffset());
    if (length > Limits.MAX_DOCUMENT_LENGTH) {
      throw refuse(
          "the document has more than "
              + Limits.MAX_DOCUMENT_LENGTH
              + (bytes >= 0 ? " bytes" : " characters"));
    }
    if (token == null) {
      throw refuse("the document ends before its objects and lists are closed");
    }
    return token;
  }

  private void count() throws IOException {
    if (++values > Limits.MAX_VALUES) {
      throw refuse(
          "the document has more than "
              + Limits.MAX_VALUES
              + " values (objects, lists, keys, strings, numbers, booleans and nulls)");
    }
  }

  private void nest(int depth) throws IOException {
    if (depth > Limits.MAX_DEPTH) {
      throw refuse("the document nests objects and lists more than " + Limits.MAX_DEPTH + " deep");
    }
  }

  /** Checks a key's or a string's length and characters. */
  private void check(String text, String what) throws IOException {
    length(text.length(), what);
    String forbidden = Limits.forbidden(text);
    if (forbidden != null) {
      throw refuse(forbidden);
    }
  }

  private void length(int length, String what) throws IOException {
    if (length > Limits.MAX_VALUE_LENGTH) {
      throw refuse(
          "a "
              + what
              + " has "
              + length
              + " characters, more than the limit of "
              + Limits.MAX_VALUE_LENGTH);
    }
  }

  private MismatchedInputException refuse(String problem) {
    return MismatchedInputException.from(
        p, PlanCatalog.class, JsonPath.of(p.getParsingContext()) + ": " + problem);
  }
}
