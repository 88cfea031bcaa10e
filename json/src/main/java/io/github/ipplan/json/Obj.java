package io.github.ipplan.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.ipplan.internal.Quote;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object with typed access to its fields. It knows the object it was reached from and its
 * step from there, and writes its path only for an error.
 */
final class Obj {
  /** The words of each enum type, as the form writes them. */
  private static final ClassValue<ImmutableMap<String, ?>> WORDS =
      new ClassValue<>() {
        @Override
        protected ImmutableMap<String, ?> computeValue(Class<?> type) {
          return Arrays.stream(type.getEnumConstants())
              .collect(
                  ImmutableMap.toImmutableMap(
                      value -> JsonForm.word((Enum<?>) value), Function.identity()));
        }
      };

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  final JsonNode node;
  private final @Nullable Obj parent;
  private final String step;

  Obj(JsonNode node, @Nullable Obj parent, String step) {
    this.node = node;
    this.parent = parent;
    this.step = step;
    if (!node.isObject()) {
      throw invalid("must be an object, not " + describe(node));
    }
  }

  /** The path from the document, such as {@code $.plans[0].measures[3]}. */
  String path() {
    return parent == null ? step : parent.path() + step;
  }

  Obj only(String... fields) {
    ImmutableSet<String> known = ImmutableSet.copyOf(fields);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new Place(path() + Limits.step(name))
            .invalid("is not a field here; the fields are " + String.join(", ", fields));
      }
      if (node.get(name).isNull()) {
        throw at(name).invalid("is null; leave an absent value out");
      }
    }
    return this;
  }

  boolean has(String field) {
    return node.has(field);
  }

  Place at(String field) {
    return new Place(path() + "." + field);
  }

  CatalogReader.InvalidCatalog invalid(String message) {
    return new Place(path()).invalid(message);
  }

  /** Runs a build, turning the domain's own refusal into an error at this path. */
  <T> T build(Supplier<T> build) {
    try {
      return build.get();
    } catch (CatalogReader.InvalidCatalog e) {
      throw e;
    } catch (RuntimeException e) {
      throw invalid(String.valueOf(e.getMessage()));
    }
  }

  private JsonNode required(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw at(field).invalid("is required");
    }
    return value;
  }

  <T> Optional<T> optional(String field, Supplier<T> value) {
    return has(field) ? Optional.of(value.get()) : Optional.empty();
  }

  String text(String field) {
    return text(required(field), field, -1);
  }

  /** A string that is not blank: a field's value, or its item at an index (0 or more). */
  private String text(JsonNode value, String field, int index) {
    String problem =
        !value.isTextual()
            ? "must be a string, not " + describe(value)
            : Limits.blank(value.textValue());
    if (problem != null) {
      throw at(index < 0 ? field : field + "[" + index + "]").invalid(problem);
    }
    return value.textValue();
  }

  Optional<String> optionalText(String field) {
    return optional(field, () -> text(field));
  }

  void expect(String field, String expected) {
    String actual = text(field);
    if (!actual.equals(expected)) {
      throw at(field).invalid("is " + Quote.of(actual) + " but must be " + Quote.of(expected));
    }
  }

  int integer(String field) {
    JsonNode value = required(field);
    if (!value.isInt()) {
      throw at(field).invalid("must be a whole number, not " + describe(value));
    }
    return value.intValue();
  }

  boolean bool(String field) {
    JsonNode value = required(field);
    if (!value.isBoolean()) {
      throw at(field).invalid("must be true or false, not " + describe(value));
    }
    return value.booleanValue();
  }

  BigDecimal decimal(String field) {
    JsonNode value = required(field);
    if (!value.isNumber()) {
      throw at(field).invalid("must be a number, not " + describe(value));
    }
    BigDecimal decimal = value.decimalValue();
    // As a plan prints it: 1.6e2 is 160, as the loader reads it. The tree holds no decimal too
    // long to write out, so the scale is small.
    return decimal.setScale(Math.max(0, decimal.scale()));
  }

  LocalDate date(String field) {
    String text = text(field);
    try {
      if (ISO_DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw at(field).invalid("must be a date such as 2021-12-27, not " + Quote.of(text));
  }

  /** An http or https address, as the loader reads a plan's source. */
  URI uri(String field) {
    String text = text(field);
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw at(field).invalid("invalid address " + Quote.of(text) + ": " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw at(field)
          .invalid(
              "expected an http or https address but found "
                  + Quote.of(text)
                  + "; a plan's source is the web page it was published on");
    }
    return uri;
  }

  <E extends Enum<E>> E word(String field, Class<E> type) {
    Map<String, ?> words = WORDS.get(type);
    String text = text(field);
    E value = type.cast(words.get(text));
    if (value == null) {
      throw at(field)
          .invalid(
              "is "
                  + Quote.of(text)
                  + "; it must be one of "
                  + words.keySet().stream().collect(Collectors.joining(", ")));
    }
    return value;
  }

  <E extends Enum<E>> Optional<E> optionalWord(String field, Class<E> type) {
    return optional(field, () -> word(field, type));
  }

  ImmutableList<String> texts(String field) {
    ImmutableList.Builder<String> texts = ImmutableList.builder();
    JsonNode array = node.get(field);
    if (array == null) {
      return texts.build();
    }
    if (!array.isArray()) {
      throw at(field).invalid("must be a list of strings, not " + describe(array));
    }
    for (int i = 0; i < array.size(); i++) {
      texts.add(text(array.get(i), field, i));
    }
    return texts.build();
  }

  Obj object(String field) {
    return new Obj(required(field), this, "." + field);
  }

  List<Obj> objects(String field, boolean required) {
    JsonNode array = required ? required(field) : node.get(field);
    List<Obj> objects = new ArrayList<>();
    if (array == null) {
      return objects;
    }
    if (!array.isArray()) {
      throw at(field).invalid("must be a list, not " + describe(array));
    }
    for (int i = 0; i < array.size(); i++) {
      objects.add(new Obj(array.get(i), this, "." + field + "[" + i + "]"));
    }
    return objects;
  }

  private static String describe(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case STRING -> "the string " + shown(value);
      case NULL -> "null";
      default -> shown(value);
    };
  }

  /** A value as JSON, or quoted and cut where it is long. */
  private static String shown(JsonNode value) {
    String text = value.asText();
    return text.length() <= Quote.SHOWN ? value.toString() : Quote.of(text);
  }

  /** The path of a value, for an error message. */
  record Place(String path) {
    CatalogReader.InvalidCatalog invalid(String message) {
      return new CatalogReader.InvalidCatalog(path + ": " + message);
    }
  }
}
