package io.github.ipplan.yaml;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns the bytes of one YAML file into its node tree, safely: strict UTF-8, one document,
 * SnakeYAML's composer only (no object is ever constructed from YAML), within the limits of a
 * {@link LoadOptions}.
 */
final class YamlDocument {
  private YamlDocument() {}

  /** Composes the single document of a file, or fails with a located {@link PlanLoadException}. */
  static YamlNode compose(String source, byte[] bytes, LoadOptions limits) {
    if (bytes.length > limits.maxBytes()) {
      throw new PlanLoadException(
          source,
          0,
          0,
          "$",
          "the file has " + bytes.length + " bytes, more than the limit of " + limits.maxBytes(),
          "");
    }
    String text = decode(source, bytes);
    checkLineLengths(source, text, limits);
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit(limits.maxBytes());
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    options.setProcessComments(false);
    CountingParser parser =
        new CountingParser(
            new ParserImpl(new StreamReader(new StringReader(text)), options), limits);
    Node root;
    try {
      root = new Composer(parser, new Resolver(), options).getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem =
          "invalid YAML: "
              + (e.getContext() == null ? "" : e.getContext() + ", ")
              + (e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem());
      throw mark == null
          ? new PlanLoadException(source, 0, 0, "$", problem, "")
          : new PlanLoadException(
              source, mark.getLine() + 1, mark.getColumn() + 1, "$", problem, "");
    } catch (ReaderException e) {
      int[] place = place(text, e.getPosition());
      throw new PlanLoadException(
          source,
          place[0],
          place[1],
          "$",
          String.format(
              "the file holds the character U+%04X, which YAML does not allow", e.getCodePoint()),
          "");
    } catch (LimitException e) {
      throw new PlanLoadException(
          source, e.mark.getLine() + 1, e.mark.getColumn() + 1, "$", e.getMessage(), e.hint);
    } catch (YAMLException e) {
      throw new PlanLoadException(source, 0, 0, "$", limitProblem(e.getMessage(), limits), "");
    } catch (StackOverflowError e) {
      throw new PlanLoadException(source, 0, 0, "$", "the file nests too deeply to read", "");
    }
    if (root == null) {
      throw new PlanLoadException(source, 0, 0, "$", "the file holds no YAML document", "");
    }
    long expanded;
    try {
      expanded = expandedLength(root, new IdentityHashMap<>());
    } catch (LimitException e) {
      throw new PlanLoadException(
          source, e.mark.getLine() + 1, e.mark.getColumn() + 1, "$", e.getMessage(), e.hint);
    }
    long allowed = 2L * text.length();
    if (expanded > allowed) {
      throw new PlanLoadException(
          source,
          0,
          0,
          "$",
          "its aliases expand the file to "
              + (expanded == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : expanded)
              + " characters, more than twice its own "
              + text.length(),
          "aliases may at most double a file's text");
    }
    return new YamlNode(source, root, limits.maxScalarLength());
  }

  /**
   * Refuses a line longer than the longest value allows, before the scanner, whose time grows with
   * the square of a line's length, reads it.
   */
  private static void checkLineLengths(String source, String text, LoadOptions limits) {
    int most = limits.maxLineLength();
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (end - start > most) {
        throw new PlanLoadException(
            source,
            line,
            most + 1,
            "$",
            "line "
                + line
                + " has "
                + (end - start)
                + " characters, more than the limit of "
                + most,
            "the limit is the longest value ("
                + limits.maxScalarLength()
                + " characters) and "
                + LoadOptions.LINE_ALLOWANCE
                + " more");
      }
      line++;
      start = end + 1;
    }
  }

  /**
   * The characters a document holds once its aliases are expanded: its scalars' lengths added up,
   * each alias counting its whole target again. Each node is measured once.
   */
  private static long expandedLength(Node node, Map<Node, Long> measured) {
    Long known = measured.get(node);
    if (known != null) {
      if (known < 0) {
        throw new LimitException(
            "an alias stands inside the value it names, which would make " + "the value endless",
            "",
            node.getStartMark());
      }
      return known;
    }
    measured.put(node, -1L); // being measured
    long length = 0;
    if (node instanceof ScalarNode scalar) {
      length = scalar.getValue().length();
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        length = saturatedAdd(length, expandedLength(item, measured));
      }
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        length = saturatedAdd(length, expandedLength(tuple.getKeyNode(), measured));
        length = saturatedAdd(length, expandedLength(tuple.getValueNode(), measured));
      }
    }
    measured.put(node, length);
    return length;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  /** A limit reached while composing, with where. */
  private static final class LimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Mark mark;
    private final String hint;

    LimitException(String problem, String hint, Mark mark) {
      super(problem, null, false, false);
      this.mark = mark;
      this.hint = hint;
    }
  }

  /**
   * Passes the parser's events on to the composer, counting nodes and aliases (of scalars as well
   * as of mappings and lists), and stops at once when a count passes its limit.
   */
  private static final class CountingParser implements Parser {
    private final Parser parser;
    private final LoadOptions limits;
    private int nodes;
    private int aliases;

    CountingParser(Parser parser, LoadOptions limits) {
      this.parser = parser;
      this.limits = limits;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
      Event event = parser.getEvent();
      if (event instanceof AliasEvent) {
        if (++aliases > limits.maxAliases()) {
          throw new LimitException(
              "the file uses more than " + limits.maxAliases() + " aliases",
              "every alias counts, of text as well as of mappings and lists",
              event.getStartMark());
        }
      } else if (event instanceof NodeEvent) {
        if (++nodes > limits.maxNodes()) {
          throw new LimitException(
              "the file has more than "
                  + limits.maxNodes()
                  + " values (mappings, lists, keys and texts)",
              "",
              event.getStartMark());
        }
      }
      return event;
    }
  }

  /** SnakeYAML reports its limits without a place; say which limit, in this project's words. */
  private static String limitProblem(String message, LoadOptions limits) {
    String text = message == null ? "" : message;
    if (text.startsWith("Number of aliases")) {
      return "the file uses more than " + limits.maxAliases() + " aliases";
    }
    if (text.startsWith("Nesting Depth exceeded")) {
      return "the file nests mappings and lists more than " + limits.maxDepth() + " deep";
    }
    if (text.startsWith("The incoming YAML document exceeds the limit")) {
      return "the file has more than " + limits.maxBytes() + " characters";
    }
    return "invalid YAML: " + firstLine(text);
  }

  static String decode(String source, byte[] bytes) {
    // The JDK's fast path replaces malformed input with U+FFFD; only then is the strict decoder
    // needed, to tell a real U+FFFD from malformed bytes and to say where they are.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    try {
      String text = decoder.decode(input).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (MalformedInputException e) {
      int offset = input.position();
      int lineStart = 0;
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
      int column = before.codePointCount(0, before.length()) + 1;
      throw new PlanLoadException(
          source, line, column, "$", "not valid UTF-8 (byte " + offset + " of the file)", "");
    } catch (CharacterCodingException e) {
      throw new PlanLoadException(source, 0, 0, "$", "not valid UTF-8", "");
    }
  }

  /** The 1-based line and column of a code-point index into the text. */
  private static int[] place(String text, int codePointIndex) {
    int index =
        text.offsetByCodePoints(
            0, Math.max(0, Math.min(codePointIndex, text.codePointCount(0, text.length()))));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, text.codePointCount(lineStart, index) + 1};
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
