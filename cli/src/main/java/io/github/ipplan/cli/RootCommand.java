package io.github.ipplan.cli;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.commands.CommandRoot;
import io.github.ipplan.cli.commands.Commands;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.cli.serve.CommandRunner;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
    exitCodeListHeading = "%nExit codes:%n")
final class RootCommand extends CommandRoot implements Callable<Integer> {
  @Spec private CommandSpec spec;

  private RootCommand(Supplier<PlanCatalog> catalog, PrintWriter out, PrintWriter err) {
    super(catalog, out, err);
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
    Map<String, String> exitCodes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      exitCodes.put(Integer.toString(code.code()), code.description());
    }
    commandLine.getCommandSpec().usageMessage().exitCodeList(exitCodes);
    // picocli builds a command's model by reflection; a run needs only the command it runs, and
    // building one instead of all of them is most of a cold start's cost in picocli.
    // A request for the version alone needs none of them: building them all loaded the JSON and
    // HTTP classes their options name.
    Map<String, Class<?>> commands = Commands.byName();
    Class<?> only = args.length > 0 ? commands.get(args[0]) : null;
    boolean version = args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]));
    for (Map.Entry<String, Class<?>> command : commands.entrySet()) {
      if (!version
          && (only == null
              || command.getValue() == only
              || only == CommandLine.HelpCommand.class)) {
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

  @Override
  protected CommandRunner commandRunner() {
    return Ipplan::run;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(out());
    return ExitCode.SUCCESS.code();
  }
}
