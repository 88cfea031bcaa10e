package io.github.ipplan.cli.commands;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.cli.console.Failure;
import io.github.ipplan.cli.serve.CommandRunner;
import io.github.ipplan.yaml.LoadOptions;
import io.github.ipplan.yaml.PlanLoadException;
import io.github.ipplan.yaml.PlanLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * What every subcommand takes from the command it runs under: the catalog, the output streams and
 * the options every command has, {@code --file} and {@code --registry}. The {@code ipplan} command
 * extends it; each subcommand reaches it as its parent command.
 */
public abstract class CommandRoot {
  private final Supplier<PlanCatalog> catalog;
  final PrintWriter out;
  final PrintWriter err;

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

  /**
   * Creates the root of a run.
   *
   * @param catalog supplies the bundled plans, loaded when a command first needs them
   * @param out standard output
   * @param err standard error
   */
  protected CommandRoot(Supplier<PlanCatalog> catalog, PrintWriter out, PrintWriter err) {
    this.catalog = catalog;
    this.out = out;
    this.err = err;
  }

  /**
   * Returns what runs a command line in process, as {@code serve}'s routes do.
   *
   * @return the runner of this command line
   */
  protected abstract CommandRunner commandRunner();

  /**
   * Returns standard output.
   *
   * @return where the commands print their answers
   */
  protected final PrintWriter out() {
    return out;
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
        throw new Failure(ExitCode.INVALID_FILE, e.getMessage());
      } catch (IOException e) {
        throw new Failure(ExitCode.INVALID_FILE, Failure.cannotRead(e));
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
}
