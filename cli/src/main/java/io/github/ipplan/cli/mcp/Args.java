package io.github.ipplan.cli.mcp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A tool call's arguments, checked against the names the tool takes. */
final class Args {
  private final String tool;
  private final Map<String, Object> values;

  /**
   * Checks that every argument is one the tool takes.
   *
   * @throws ToolError naming the first argument it does not take and those it takes
   */
  Args(String tool, @Nullable Map<String, Object> values, List<String> names) {
    this.tool = tool;
    this.values = values == null ? Map.of() : values;
    for (String name : this.values.keySet()) {
      if (!names.contains(name)) {
        throw new ToolError(
            tool
                + " takes no argument '"
                + name
                + "'; it takes "
                + (names.isEmpty() ? "none" : String.join(", ", names))
                + ".");
      }
    }
  }

  /** Returns a text argument, or {@code null} where it is absent or null. */
  @Nullable String text(String name) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw new ToolError("'" + name + "' must be a string, not " + value + ".");
    }
    return text;
  }

  /** Returns a text argument that must be there and not blank; the hint says what to pass. */
  String requiredText(String name, String hint) {
    String text = text(name);
    if (text == null || text.isBlank()) {
      throw new ToolError(tool + " needs '" + name + "': " + hint);
    }
    return text;
  }

  /** Returns a whole number from 1 up: a JSON number, or a string of digits. */
  int number(String name, String hint) {
    Object value = values.get(name);
    if (value == null) {
      throw new ToolError(tool + " needs '" + name + "': " + hint);
    }
    try {
      BigDecimal number =
          value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal((String) value);
      int whole = number.intValueExact();
      if (whole >= 1) {
        return whole;
      }
    } catch (ArithmeticException | NumberFormatException | ClassCastException e) {
      // Reported below.
    }
    throw new ToolError("'" + name + "' must be a whole number from 1 up, not " + value + ".");
  }
}
