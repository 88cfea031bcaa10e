package io.github.ipplan.cli.commands;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** The subcommands of {@code ipplan}. */
public final class Commands {
  /**
   * Each subcommand by the name its {@link CommandLine.Command} gives it, in the order help lists
   * them. The names are written out rather than read from the annotations: reading an annotation
   * builds it by reflection, and a run builds only the command it runs. {@code CommandsTest} holds
   * each name to its annotation.
   */
  private static final Map<String, Class<?>> BY_NAME = byNameInOrder();

  private Commands() {}

  private static Map<String, Class<?>> byNameInOrder() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("leads", BodyTasksCommand.Leads.class);
    commands.put("participates", BodyTasksCommand.Participates.class);
    commands.put("involves", BodyTasksCommand.Involves.class);
    commands.put("body", BodyCommand.class);
    commands.put("measure", MeasureCommand.class);
    commands.put("project", ProjectCommand.class);
    commands.put("indicators", IndicatorsCommand.class);
    commands.put("projects", ProjectsCommand.class);
    commands.put("search", SearchCommand.class);
    commands.put("plans", PlansCommand.class);
    commands.put("bodies", BodiesCommand.class);
    commands.put("validate", ValidateCommand.class);
    commands.put("import", ImportCommand.class);
    commands.put("collaborations", CollaborationsCommand.class);
    commands.put("export", ExportCommand.class);
    commands.put("serve", ServeCommand.class);
    commands.put("mcp", McpCommand.class);
    commands.put("text", TextCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  /**
   * Returns the subcommands' classes by the names they are called by, in the order help lists them.
   * Each class is annotated with its {@link CommandLine.Command}, and picocli creates it; each
   * extends the base that reaches {@link CommandRoot} as its parent command.
   *
   * @return each subcommand's class by its name, the {@code help} command last
   */
  public static Map<String, Class<?>> byName() {
    return BY_NAME;
  }
}
