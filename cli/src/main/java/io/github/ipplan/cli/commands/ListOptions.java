package io.github.ipplan.cli.commands;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that list tasks: {@code --plan} and {@code --format}. */
final class ListOptions {
  @Option(
      names = "--plan",
      paramLabel = "<id>",
      description = "Only this plan (e.g. national-2021-2022, guangzhou-2021-2025).")
  String plan;

  @Mixin FormatOption output = new FormatOption();
}
