package io.github.ipplan.yaml;

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
import org.yaml.snakeyaml.representer.Representer;

/**
 * Turns the bytes of one YAML file into its node tree, safely: strict UTF-8, one document,
 * SnakeYAML's composer only (no object construction), with explicit limits on size, aliases and
 * nesting.
 */
final class YamlDocument {
  /** The largest file accepted, in bytes. */
  static final int MAX_BYTES = 4 * 1024 * 1024;
  /** The most aliases a document may use. */
  static final int MAX_ALIASES = 50;
  /** The deepest nesting of mappings and lists accepted. */
  static final int MAX_DEPTH = 32;

  private YamlDocument() {}

  /** Composes the single document of a file, or fails with a located {@link PlanLoadException}. */
  static YamlNode compose(String source, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new PlanLoadException(source, 0, 0, "$",
          "file is " + bytes.length + " bytes, more than the limit of " + MAX_BYTES, "");
    }
    String text = decode(source, bytes);
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(false);
    options.setProcessComments(false);
    DumperOptions dumperOptions = new DumperOptions();
    Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumperOptions),
        dumperOptions, options);
    Node root;
    try {
      root = yaml.compose(new java.io.StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = "invalid YAML: "
          + (e.getContext() == null ? "" : e.getContext() + ", ")
          + (e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem());
      throw mark == null
          ? new PlanLoadException(source, 0, 0, "$", problem, "")
          : new PlanLoadException(source, mark.getLine() + 1, mark.getColumn() + 1, "$", problem, "");
    } catch (YAMLException e) {
      throw new PlanLoadException(source, 0, 0, "$", "invalid YAML: " + firstLine(e.getMessage()), "");
    }
    if (root == null) {
      throw new PlanLoadException(source, 0, 0, "$", "the file holds no YAML document", "");
    }
    return new YamlNode(source, root, "$");
  }

  private static String decode(String source, byte[] bytes) {
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

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
