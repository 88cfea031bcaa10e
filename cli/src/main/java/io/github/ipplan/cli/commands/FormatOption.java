package io.github.ipplan.cli.commands;

import picocli.CommandLine.Option;

/** The {@code --format text|json} option of the query commands. */
final class FormatOption {
  /** Output format of the query commands. */
  enum Format {
    text,
    json
  }

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}.")
  Format format;

  /** Returns whether the command writes JSON rather than text. */
  boolean json() {
    return format == Format.json;
  }
}
