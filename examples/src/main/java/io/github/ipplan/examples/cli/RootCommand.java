package io.github.ipplan.examples.cli;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.LoadOptions;
import io.github.ipplan.yaml.PlanLoadException;
import io.github.ipplan.yaml.PlanLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code ipplan} command itself: holds what every subcommand needs (the catalog and the output
 * streams) and, run without a subcommand, prints the usage.
 */
@Command(
    name = "ipplan",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Queries Chinese intellectual-property plans: who leads which task, targets, projects.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success (also when nothing matches); validate: every file is valid",
      "1:unexpected failure",
      "2:usage error",
      "3:unknown body, plan, measure or project",
      "4:a plan or registry file is invalid or cannot be read (validate: some file is),"
          + " or an output file cannot be written",
      "5:import: the plan file was written but does not load yet"
    })
final class RootCommand implements Callable<Integer> {
  /** The subcommands, by name, in the order help lists them. */
  private static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    for (Class<?> command :
        List.of(
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
            TextCommand.class,
            CommandLine.HelpCommand.class)) {
      commands.put(command.getAnnotation(Command.class).name(), command);
    }
    return commands;
  }

  final Supplier<PlanCatalog> catalog;
  final PrintWriter out;

  @Option(
      names = "--file",
      paramLabel = "<plan.yaml>",
      scope = ScopeType.INHERIT,
      description = "Also load this plan file, after the bundled plans (repeatable).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--registry",
      paramLabel = "<registry.yaml>",
      scope = ScopeType.INHERIT,
      description =
          "Also read the bodies of this registry file, after the bundled ones (repeatable).")
  List<Path> registries = new ArrayList<>();

  private PlanCatalog loaded;
  final PrintWriter err;
  @Spec private CommandSpec spec;

  private RootCommand(Supplier<PlanCatalog> catalog, PrintWriter out, PrintWriter err) {
    this.catalog = catalog;
    this.out = out;
    this.err = err;
  }

  /**
   * Returns the command line ready to execute the given arguments.
   *
   * @param catalog supplies the plans to query
   * @param args the arguments it will execute
   * @param out standard output
   * @param err standard error
   * @return the command line
   */
  static CommandLine commandLine(
      Supplier<PlanCatalog> catalog, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new RootCommand(catalog, out, err));
    // Arguments are taken literally. picocli would otherwise replace '@file' by the file's
    // contents: 'leads @/dev/zero' never returned and '@/etc/hostname' echoed the file.
    commandLine.setExpandAtFiles(false);
    // picocli builds a command's model by reflection; a run needs only the command it runs, and
    // building one instead of all of them is most of a cold start's cost in picocli.
    Class<?> only = args.length > 0 ? COMMANDS.get(args[0]) : null;
    for (Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
      if (only == null || command.getValue() == only || only == CommandLine.HelpCommand.class) {
        commandLine.addSubcommand(command.getKey(), command.getValue());
      }
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      sub.getCommandSpec().versionProvider(new Version());
    }
    return commandLine;
  }

  /**
   * Returns the catalog the commands query: the bundled plans, and the user's files where {@code
   * --file} or {@code --registry} name some, loaded through {@link PlanLoader} with its default
   * limits.
   */
  PlanCatalog catalog() {
    if (files.isEmpty() && registries.isEmpty()) {
      return catalog.get();
    }
    if (loaded == null) {
      try {
        loaded = PlanLoader.load(options(), files);
      } catch (PlanLoadException e) {
        throw new Failure(Cli.INVALID_FILE, e.getMessage());
      } catch (IOException e) {
        throw new Failure(Cli.INVALID_FILE, Failure.cannotRead(e));
      }
    }
    return loaded;
  }

  /** Returns the options to load the user's files with: the bundled plans and registries first. */
  LoadOptions options() {
    LoadOptions options = LoadOptions.defaults().withBundledPlans(true);
    for (Path registry : registries) {
      options = options.withRegistry(registry);
    }
    return options;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(out);
    return 0;
  }
}
