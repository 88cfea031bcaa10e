package io.github.ipplan.cli.mcp;

/** A tool called with arguments it cannot answer: the message is the tool error's text. */
final class ToolError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ToolError(String message) {
    super(message);
  }
}
