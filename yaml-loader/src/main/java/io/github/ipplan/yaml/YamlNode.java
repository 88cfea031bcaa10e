package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A node of a composed YAML document together with where it is: its source name and its path from
 * the root. Values are read by their resolved tag, never by guessing, and every failure is a
 * located {@link PlanLoadException}.
 */
final class YamlNode {
  /** A decimal number without leading zeros, which YAML 1.1 would read as octal. */
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final String source;
  private final Node node;
  private final int maxScalarLength;

  /** The node this one was reached from, or null for the root. */
  private final YamlNode parent;

  /** The key under the parent mapping, or null for a list item or the root. */
  private final String key;

  /** The index in the parent list, for a list item. */
  private final int index;

  /** The root of a document, whose scalars may hold at most {@code maxScalarLength} characters. */
  YamlNode(String source, Node node, int maxScalarLength) {
    this(source, node, maxScalarLength, null, null, -1);
  }

  private YamlNode(
      String source, Node node, int maxScalarLength, YamlNode parent, String key, int index) {
    this.source = source;
    this.node = node;
    this.maxScalarLength = maxScalarLength;
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  private YamlNode child(Node child, String key, int index) {
    return new YamlNode(source, child, maxScalarLength, this, key, index);
  }

  /** Returns the path from the root, such as {@code $.parts[2].measures[0]}; built on demand. */
  String path() {
    if (parent == null) {
      return "$";
    }
    return parent.path() + (key != null ? "." + key : "[" + index + "]");
  }

  /** Returns the SnakeYAML node. */
  Node node() {
    return node;
  }

  /** Returns where this node starts, as {@code source:line:column}. */
  String location() {
    Mark mark = node.getStartMark();
    return source + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }

  PlanLoadException error(String problem) {
    return error(problem, "");
  }

  PlanLoadException error(String problem, String hint) {
    Mark mark = node.getStartMark();
    return new PlanLoadException(
        source, mark.getLine() + 1, mark.getColumn() + 1, path(), problem, hint);
  }

  /** Reads a mapping of the given shape, failing at its first fault. */
  Mapping mapping(PlanKeys.Shape shape) {
    return mapping(shape.required(), shape.optional());
  }

  /** Reads a mapping of the given shape, giving each fault of its keys to {@code report}. */
  Mapping mapping(PlanKeys.Shape shape, Consumer<PlanLoadException> report) {
    return mapping(shape.required(), shape.optional(), report);
  }

  /** Reads a mapping that may hold only the given keys, and must hold the required ones. */
  Mapping mapping(ImmutableSet<String> required, ImmutableSet<String> optional) {
    return mapping(
        required,
        optional,
        problem -> {
          throw problem;
        });
  }

  /**
   * Reads a mapping that may hold only the given keys, and must hold the required ones, and gives
   * each fault of its keys to {@code report}: every key that is not text, overlong, unknown or
   * given twice, in the order of the keys, then every missing required key. The mapping holds the
   * other entries; {@link Mapping#get} of a required key that is missing throws {@link
   * Problems.Recorded}, its error having been reported. A value that is not a mapping fails at
   * once.
   */
  Mapping mapping(
      ImmutableSet<String> required,
      ImmutableSet<String> optional,
      Consumer<PlanLoadException> report) {
    if (!(node instanceof MappingNode) || !node.getTag().equals(Tag.MAP)) {
      throw error("expected a mapping but found " + describe());
    }
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode)
          || !tuple.getKeyNode().getTag().equals(Tag.STR)) {
        YamlNode key =
            new YamlNode(source, tuple.getKeyNode(), maxScalarLength, parent, this.key, index);
        report.accept(key.error("expected a key but found " + key.describe()));
        continue;
      }
      String name = ((ScalarNode) tuple.getKeyNode()).getValue();
      if (name.length() > maxScalarLength) {
        report.accept(
            keyError(
                tuple,
                "a key has "
                    + name.length()
                    + " characters, more than the limit of "
                    + maxScalarLength,
                ""));
      } else if (!required.contains(name) && !optional.contains(name)) {
        ImmutableSet<String> keys =
            ImmutableSet.<String>builder().addAll(required).addAll(optional).build();
        report.accept(
            keyError(
                tuple,
                "unknown key " + Quote.of(name),
                "expected one of " + String.join(", ", keys)));
      } else if (entries.containsKey(name)) {
        report.accept(
            keyError(
                tuple,
                "duplicate key " + Quote.of(name),
                "first given at line " + (entries.get(name).node.getStartMark().getLine() + 1)));
      } else {
        entries.put(name, child(tuple.getValueNode(), name, -1));
      }
    }
    ImmutableSet.Builder<String> missing = ImmutableSet.builder();
    for (String name : required) {
      if (!entries.containsKey(name)) {
        missing.add(name);
        report.accept(error("missing key " + Quote.of(name)));
      }
    }
    return new Mapping(entries, missing.build());
  }

  /** An error at a mapping's key, reported at the mapping's path. */
  private PlanLoadException keyError(NodeTuple tuple, String problem, String hint) {
    return new YamlNode(source, tuple.getKeyNode(), maxScalarLength, parent, key, index)
        .error(problem, hint);
  }

  /** Reads a sequence. */
  ImmutableList<YamlNode> list() {
    if (!(node instanceof SequenceNode) || !node.getTag().equals(Tag.SEQ)) {
      throw error("expected a list but found " + describe());
    }
    ImmutableList.Builder<YamlNode> items = ImmutableList.builder();
    int position = 0;
    for (Node item : ((SequenceNode) node).getValue()) {
      items.add(child(item, null, position++));
    }
    return items.build();
  }

  /**
   * Reads a non-blank string; a value YAML would resolve as a number, date or boolean fails, and so
   * does text holding a character no plan text may hold, however it is written (raw, or as an
   * escape in double quotes).
   */
  String text() {
    String value = scalar(Tag.STR, "text");
    int forbidden = Texts.firstForbidden(value);
    if (forbidden >= 0) {
      char c = value.charAt(forbidden);
      throw error(
          Character.isSurrogate(c)
                  && !(Character.isHighSurrogate(c)
                      && forbidden + 1 < value.length()
                      && Character.isLowSurrogate(value.charAt(forbidden + 1)))
              ? String.format(
                  "the text holds an unpaired surrogate U+%04X, which is not a character", (int) c)
              : String.format(
                  "the text holds U+%04X, a control character or noncharacter, which a "
                      + "plan's text may not hold",
                  value.codePointAt(forbidden)),
          "at character " + (value.codePointCount(0, forbidden) + 1) + " of the text");
    }
    if (Texts.isBlank(value)) {
      throw error(
          value.isEmpty()
              ? "expected text but found an empty value"
              : "expected text but found only white space or invisible characters");
    }
    return value;
  }

  /** Reads a list of non-blank strings. */
  ImmutableList<String> texts() {
    ImmutableList<YamlNode> items = list();
    ImmutableList.Builder<String> texts = ImmutableList.builderWithExpectedSize(items.size());
    for (YamlNode item : items) {
      texts.add(item.text());
    }
    return texts.build();
  }

  /** Reads a decimal integer; other YAML 1.1 integer forms (0x1F, 1_000, 1:30) fail. */
  int integer() {
    String value = scalar(Tag.INT, "a whole number");
    if (!INTEGER.matcher(value).matches()) {
      throw error(
          "expected a decimal whole number but found " + Quote.of(value),
          "write decimal digits without leading zeros");
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw error("whole number out of range: " + Quote.of(value));
    }
  }

  /** Reads an exact decimal number, such as {@code 30} or {@code 6.5}. */
  BigDecimal decimal() {
    Tag tag = node.getTag();
    String value = scalar(tag.equals(Tag.FLOAT) ? Tag.FLOAT : Tag.INT, "a number");
    if (!DECIMAL.matcher(value).matches()) {
      throw error(
          "expected a decimal number but found " + Quote.of(value),
          "write decimal digits without leading zeros, with an optional fraction such as 6.5");
    }
    return new BigDecimal(value);
  }

  /** Reads {@code true} or {@code false}; YAML 1.1's other booleans (yes, on) fail. */
  boolean bool() {
    String value = scalar(Tag.BOOL, "true or false");
    if (!value.equals("true") && !value.equals("false")) {
      throw error("expected true or false but found " + Quote.of(value));
    }
    return value.equals("true");
  }

  /** Reads a calendar date written {@code yyyy-mm-dd}. */
  LocalDate date() {
    String value =
        node.getTag().equals(Tag.STR) ? scalar(Tag.STR, "a date") : scalar(Tag.TIMESTAMP, "a date");
    if (!ISO_DATE.matcher(value).matches()) {
      throw error("expected a date written yyyy-mm-dd but found " + Quote.of(value));
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw error("invalid date " + Quote.of(value));
    }
  }

  /** Reads one of the given words, such as {@code by-duty}, and returns its value. */
  <T> T oneOf(ImmutableMap<String, T> values) {
    String value = scalar(Tag.STR, "one of " + String.join(", ", values.keySet()));
    T result = values.get(value);
    if (result == null) {
      throw error(
          "unknown value " + Quote.of(value),
          "expected one of " + String.join(", ", values.keySet()));
    }
    return result;
  }

  private String scalar(Tag expected, String what) {
    if (!(node instanceof ScalarNode) || !node.getTag().equals(expected)) {
      throw error("expected " + what + " but found " + describe());
    }
    String value = ((ScalarNode) node).getValue();
    if (value.length() > maxScalarLength) {
      throw error(
          "a value has "
              + value.length()
              + " characters, more than the limit of "
              + maxScalarLength);
    }
    return value;
  }

  private String describe() {
    Tag tag = node.getTag();
    if (node instanceof MappingNode && tag.equals(Tag.MAP)) {
      return "a mapping";
    }
    if (node instanceof SequenceNode && tag.equals(Tag.SEQ)) {
      return "a list";
    }
    if (node instanceof ScalarNode) {
      String value = ((ScalarNode) node).getValue();
      if (tag.equals(Tag.STR)) {
        return "text " + Quote.of(value);
      }
      if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
        return "the number " + Quote.of(value);
      }
      if (tag.equals(Tag.BOOL)) {
        return "the boolean " + Quote.of(value);
      }
      if (tag.equals(Tag.NULL)) {
        return "no value";
      }
      if (tag.equals(Tag.TIMESTAMP)) {
        return "the date " + Quote.of(value);
      }
    }
    return "a value tagged " + Quote.of(tag.getValue());
  }

  /** The entries of a checked mapping, by key. */
  static final class Mapping {
    private final Map<String, YamlNode> entries;

    /** The required keys the mapping lacks, each already reported. */
    private final ImmutableSet<String> missing;

    Mapping(Map<String, YamlNode> entries, ImmutableSet<String> missing) {
      this.entries = entries;
      this.missing = missing;
    }

    /**
     * Returns the value of a key the mapping was checked to hold.
     *
     * @throws Problems.Recorded if the key is a required key the mapping lacks, already reported
     */
    YamlNode get(String key) {
      YamlNode value = entries.get(key);
      if (value == null) {
        if (missing.contains(key)) {
          throw new Problems.Recorded();
        }
        throw new IllegalStateException("Key not checked as required: " + key);
      }
      return value;
    }

    Optional<YamlNode> optional(String key) {
      return Optional.ofNullable(entries.get(key));
    }

    /** The text under an optional key. */
    Optional<String> text(String key) {
      YamlNode value = entries.get(key);
      return value == null ? Optional.empty() : Optional.of(value.text());
    }

    /** The list of texts under an optional key; empty where the key is absent. */
    ImmutableList<String> texts(String key) {
      YamlNode value = entries.get(key);
      return value == null ? ImmutableList.of() : value.texts();
    }

    /** The date under an optional key. */
    Optional<LocalDate> date(String key) {
      YamlNode value = entries.get(key);
      return value == null ? Optional.empty() : Optional.of(value.date());
    }

    /** One of the given words under an optional key. */
    <T> Optional<T> oneOf(String key, ImmutableMap<String, T> values) {
      YamlNode value = entries.get(key);
      return value == null ? Optional.empty() : Optional.of(value.oneOf(values));
    }
  }
}
