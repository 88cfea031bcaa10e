package io.github.ipplan.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.ipplan.EnumWords;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.json.Fields.Field;
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
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One object of the catalog document being read, with typed access to its fields by their {@link
 * Fields} names, and its {@link JsonPath} for the errors it raises.
 */
final class DocumentObject {
  /** The words of each enum type, as the form writes them: {@link EnumWords#byWord(Class)}. */
  private static final ClassValue<ImmutableMap<String, ?>> WORDS =
      new ClassValue<>() {
        @Override
        protected ImmutableMap<String, ?> computeValue(Class<?> type) {
          return byWord(type.asSubclass(Enum.class));
        }
      };

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ImmutableMap<String, ?> byWord(Class<? extends Enum> type) {
    return EnumWords.byWord((Class) type);
  }

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final JsonNode node;
  private final JsonPath path;

  /** The document's root object. */
  DocumentObject(JsonNode root) {
    this(root, JsonPath.ROOT);
  }

  private DocumentObject(JsonNode node, JsonPath path) {
    this.node = node;
    this.path = path;
    if (!node.isObject()) {
      throw invalid("must be an object, not " + describe(node));
    }
  }

  /** Refuses any name but the given fields', and a null value. */
  DocumentObject only(Field... fields) {
    ImmutableSet<String> known =
        ImmutableSet.copyOf(Arrays.stream(fields).map(Field::key).toList());
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw invalid(
            path.field(name), "is not a field here; the fields are " + String.join(", ", known));
      }
      if (node.get(name).isNull()) {
        throw invalid(path.field(name), "is null; leave an absent value out");
      }
    }
    return this;
  }

  boolean has(Field field) {
    return node.has(field.key());
  }

  /** The path of a field's value in this object. */
  JsonPath at(Field field) {
    return path.field(field.key());
  }

  /** An error at a field's value in this object. */
  CatalogReader.InvalidCatalog invalid(Field field, String message) {
    return invalid(at(field), message);
  }

  /** An error at this object. */
  CatalogReader.InvalidCatalog invalid(String message) {
    return invalid(path, message);
  }

  /** An error at a path: the path, then the problem. */
  static CatalogReader.InvalidCatalog invalid(JsonPath at, String message) {
    return new CatalogReader.InvalidCatalog(at + ": " + message);
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

  private JsonNode required(Field field) {
    JsonNode value = node.get(field.key());
    if (value == null) {
      throw invalid(field, "is required");
    }
    return value;
  }

  <T> Optional<T> optional(Field field, Supplier<T> value) {
    return has(field) ? Optional.of(value.get()) : Optional.empty();
  }

  String text(Field field) {
    return text(required(field), at(field));
  }

  /** A string that is not blank. */
  private static String text(JsonNode value, JsonPath at) {
    String problem =
        !value.isTextual()
            ? "must be a string, not " + describe(value)
            : Limits.blank(value.textValue());
    if (problem != null) {
      throw invalid(at, problem);
    }
    return value.textValue();
  }

  Optional<String> optionalText(Field field) {
    return optional(field, () -> text(field));
  }

  void expect(Field field, String expected) {
    String actual = text(field);
    if (!actual.equals(expected)) {
      throw invalid(at(field), "is " + Quote.of(actual) + " but must be " + Quote.of(expected));
    }
  }

  int integer(Field field) {
    JsonNode value = required(field);
    if (!value.isInt()) {
      throw invalid(field, "must be a whole number, not " + describe(value));
    }
    return value.intValue();
  }

  boolean bool(Field field) {
    JsonNode value = required(field);
    if (!value.isBoolean()) {
      throw invalid(field, "must be true or false, not " + describe(value));
    }
    return value.booleanValue();
  }

  BigDecimal decimal(Field field) {
    JsonNode value = required(field);
    if (!value.isNumber()) {
      throw invalid(field, "must be a number, not " + describe(value));
    }
    BigDecimal decimal = value.decimalValue();
    // As a plan prints it: 1.6e2 is 160, as the loader reads it. The tree holds no decimal too
    // long to write out, so the scale is small.
    return decimal.setScale(Math.max(0, decimal.scale()));
  }

  LocalDate date(Field field) {
    String text = text(field);
    try {
      if (ISO_DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw invalid(field, "must be a date such as 2021-12-27, not " + Quote.of(text));
  }

  /** An http or https address, as the loader reads a plan's source. */
  URI uri(Field field) {
    String text = text(field);
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw invalid(field, "invalid address " + Quote.of(text) + ": " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw invalid(
          field,
          "expected an http or https address but found "
              + Quote.of(text)
              + "; a plan's source is the web page it was published on");
    }
    return uri;
  }

  <E extends Enum<E>> E word(Field field, Class<E> type) {
    Map<String, ?> words = WORDS.get(type);
    String text = text(field);
    E value = type.cast(words.get(text));
    if (value == null) {
      throw invalid(
          field,
          "is "
              + Quote.of(text)
              + "; it must be one of "
              + words.keySet().stream().collect(Collectors.joining(", ")));
    }
    return value;
  }

  <E extends Enum<E>> Optional<E> optionalWord(Field field, Class<E> type) {
    return optional(field, () -> word(field, type));
  }

  ImmutableList<String> texts(Field field) {
    ImmutableList.Builder<String> texts = ImmutableList.builder();
    JsonNode array = node.get(field.key());
    if (array == null) {
      return texts.build();
    }
    if (!array.isArray()) {
      throw invalid(field, "must be a list of strings, not " + describe(array));
    }
    for (int i = 0; i < array.size(); i++) {
      texts.add(text(array.get(i), at(field).index(i)));
    }
    return texts.build();
  }

  DocumentObject object(Field field) {
    return new DocumentObject(required(field), at(field));
  }

  List<DocumentObject> objects(Field field, boolean required) {
    JsonNode array = required ? required(field) : node.get(field.key());
    List<DocumentObject> objects = new ArrayList<>();
    if (array == null) {
      return objects;
    }
    if (!array.isArray()) {
      throw invalid(field, "must be a list, not " + describe(array));
    }
    for (int i = 0; i < array.size(); i++) {
      objects.add(new DocumentObject(array.get(i), at(field).index(i)));
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
}
