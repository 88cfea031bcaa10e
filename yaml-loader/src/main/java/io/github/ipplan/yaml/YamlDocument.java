package io.github.ipplan.yaml;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;

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
      throw new PlanLoadException(source, 0, 0, "$", "the file has " + bytes.length
          + " bytes, more than the limit of " + limits.maxBytes(), "");
    }
    String text = decode(source, bytes);
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit(limits.maxBytes());
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    options.setProcessComments(false);
    DumperOptions dumperOptions = new DumperOptions();
    Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumperOptions),
        dumperOptions, options);
    Node root;
    try {
      root = yaml.compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = "invalid YAML: "
          + (e.getContext() == null ? "" : e.getContext() + ", ")
          + (e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem());
      throw mark == null
          ? new PlanLoadException(source, 0, 0, "$", problem, "")
          : new PlanLoadException(source, mark.getLine() + 1, mark.getColumn() + 1, "$", problem, "");
    } catch (ReaderException e) {
      int[] place = place(text, e.getPosition());
      throw new PlanLoadException(source, place[0], place[1], "$", String.format(
          "the file holds the character U+%04X, which YAML does not allow", e.getCodePoint()), "");
    } catch (YAMLException e) {
      throw new PlanLoadException(source, 0, 0, "$", limitProblem(e.getMessage(), limits), "");
    } catch (StackOverflowError e) {
      throw new PlanLoadException(source, 0, 0, "$", "the file nests too deeply to read", "");
    }
    if (root == null) {
      throw new PlanLoadException(source, 0, 0, "$", "the file holds no YAML document", "");
    }
    return new YamlNode(source, root, limits.maxScalarLength());
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

  private static String decode(String source, byte[] bytes) {
    // The JDK's fast path replaces malformed input with U+FFFD; only then is the strict decoder
    // needed, to tell a real U+FFFD from malformed bytes and to say where they are.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
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
      throw new PlanLoadException(source, line, column, "$",
          "not valid UTF-8 (byte " + offset + " of the file)", "");
    } catch (CharacterCodingException e) {
      throw new PlanLoadException(source, 0, 0, "$", "not valid UTF-8", "");
    }
  }

  /** The 1-based line and column of a code-point index into the text. */
  private static int[] place(String text, int codePointIndex) {
    int index = text.offsetByCodePoints(0,
        Math.max(0, Math.min(codePointIndex, text.codePointCount(0, text.length()))));
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
