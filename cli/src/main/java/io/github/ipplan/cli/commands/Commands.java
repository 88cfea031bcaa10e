package io.github.ipplan.cli.commands;

import java.util.List;
import picocli.CommandLine;

/** The subcommands of {@code ipplan}. */
public final class Commands {
  private Commands() {}

  /**
   * Returns the subcommands' classes, each annotated with its {@link CommandLine.Command}, in the
   * order help lists them; picocli creates them. Each extends the base that reaches {@link
   * CommandRoot} as its parent command.
   *
   * @return the subcommands, the {@code help} command last
   */
  public static List<Class<?>> all() {
    return List.of(
        BodyTasksCommand.Leads.class,
        BodyTasksCommand.Participates.class,
        BodyTasksCommand.Involves.class,
        BodyCommand.class,
        MeasureCommand.class,
        ProjectCommand.class,
        IndicatorsCommand.class,
        ProjectsCommand.class,
        SearchCommand.class,
        PlansCommand.class,
        BodiesCommand.class,
        ValidateCommand.class,
        ImportCommand.class,
        CollaborationsCommand.class,
        ExportCommand.class,
        ServeCommand.class,
        McpCommand.class,
        TextCommand.class,
        CommandLine.HelpCommand.class);
  }
}
