package io.github.ipplan.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ipplan.Agency;
import io.github.ipplan.Indicator;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.PlanText;
import io.github.ipplan.Provision;
import io.github.ipplan.Project;
import io.github.ipplan.Role;
import io.github.ipplan.yaml.BundledPlans;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The ipplan command line: asks the bundled plans which tasks a body leads, takes part in or is
 * involved in, shows bodies, measures, projects and indicators, searches the texts, counts
 * collaborations and exports the catalog as JSON, CSV or Graphviz DOT.
 *
 * <p>Exit codes: 0 success (also when nothing matches), 1 unexpected failure, 2 usage error,
 * 3 unknown body, plan, measure or project. Output is UTF-8 whatever the platform's encoding.
 */
@Command(name = "ipplan", mixinStandardHelpOptions = true, versionProvider = Ipplan.Version.class,
    description = "Queries Chinese intellectual-property plans: who leads which task, targets, projects.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success (also when nothing matches)", "1:unexpected failure",
        "2:usage error", "3:unknown body, plan, measure or project"})
public final class Ipplan implements Callable<Integer> {
  /** Exit code for an unknown body, plan, measure or project. */
  static final int NOT_FOUND = 3;

  /** The subcommands, by name, in the order help lists them. */
  private static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    for (Class<?> command : List.of(Leads.class, Participates.class, Involves.class, Body.class,
        MeasureCommand.class, ProjectCommand.class, Indicators.class, Projects.class, Search.class,
        Collaborations.class, Export.class, TextCommand.class, CommandLine.HelpCommand.class)) {
      commands.put(command.getAnnotation(Command.class).name(), command);
    }
    return commands;
  }

  private final Supplier<PlanCatalog> catalog;
  @Spec
  private CommandSpec spec;
  private PrintWriter out;
  private PrintWriter err;

  Ipplan(Supplier<PlanCatalog> catalog) {
    this.catalog = catalog;
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = Console.outWriter();
    PrintWriter err = Console.errWriter();
    // Load the plans on a second thread while picocli builds its model and parses the
    // arguments: a cold start pays for the longer of the two, not for both.
    FutureTask<PlanCatalog> loading = new FutureTask<>(BundledPlans::load);
    Thread loader = new Thread(loading, "ipplan-load");
    loader.setDaemon(true);
    loader.start();
    System.exit(run(() -> {
      try {
        return loading.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while loading the plans", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("Cannot load the bundled plans", e.getCause());
      }
    }, Arguments.recover(args), out, err));
  }

  /**
   * Runs the command line over a catalog, writing to the given streams.
   *
   * @param catalog the plans to query
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  static int run(PlanCatalog catalog, String[] args, PrintWriter out, PrintWriter err) {
    return run(() -> catalog, args, out, err);
  }

  /**
   * Runs the command line over a catalog that is loaded when a command first needs it.
   *
   * @param catalog supplies the plans to query
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  static int run(Supplier<PlanCatalog> catalog, String[] args, PrintWriter out, PrintWriter err) {
    Ipplan root = new Ipplan(catalog);
    root.out = out;
    root.err = err;
    CommandLine commandLine = new CommandLine(root);
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
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(out);
    return 0;
  }

  /** Reports a version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Ipplan.class.getPackage().getImplementationVersion();
      return new String[] {"ipplan " + (version == null ? "(development build)" : version)};
    }
  }

  /** Output format of the query commands. */
  enum Format {
    text,
    json
  }

  /** The --format option of the query commands. */
  static final class Output {
    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
        description = "Output format: ${COMPLETION-CANDIDATES}; default ${DEFAULT-VALUE}.")
    Format format;
  }

  /** Options shared by the commands that list tasks: --plan and --format. */
  static final class Scope {
    @Option(names = "--plan", paramLabel = "<id>",
        description = "Only this plan (e.g. national-2021-2022, guangzhou-2021-2025).")
    String plan;

    @Mixin
    Output output = new Output();
  }

  /** A failure that ends the command with an exit code and a message on standard error. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int code;

    Failure(int code, String message) {
      super(message);
      this.code = code;
    }
  }

  /** The base of every subcommand: the catalog, the streams, and name resolution. */
  abstract static class Base implements Callable<Integer> {
    @ParentCommand
    Ipplan root;

    @Override
    public final Integer call() {
      try {
        execute();
        return 0;
      } catch (Failure failure) {
        root.err.println(failure.getMessage());
        return failure.code;
      }
    }

    abstract void execute();

    PlanCatalog catalog() {
      return root.catalog.get();
    }

    PrintWriter out() {
      return root.out;
    }

    Agency agency(String name) {
      String wanted = name.strip();
      return catalog().agency(wanted).orElseThrow(() -> {
        List<String> nearest = catalog().nearestNames(wanted, 5);
        return new Failure(NOT_FOUND, "No body is called '" + wanted + "'."
            + (nearest.isEmpty() ? "" : " Nearest names: " + String.join(", ", nearest) + "."));
      });
    }

    Plan plan(String id) {
      return catalog().plan(id).orElseThrow(() -> new Failure(NOT_FOUND, "No plan is called '"
          + id + "'. Plans: " + catalog().plans().stream().map(Plan::id)
              .collect(Collectors.joining(", ")) + "."));
    }

    List<Plan> plans(Scope scope) {
      return scope.plan == null ? catalog().plans() : List.of(plan(scope.plan));
    }

    <T> List<T> within(Scope scope, List<T> items, Function<T, String> planId) {
      List<String> ids = plans(scope).stream().map(Plan::id).toList();
      return items.stream().filter(item -> ids.contains(planId.apply(item))).toList();
    }

    void printJson(JsonNode node) {
      out().println(Json.pretty(node));
    }
  }

  /** The commands that list the tasks of a body. */
  abstract static class TasksOfBody extends Base {
    @Parameters(paramLabel = "<body>", arity = "1..*",
        description = "Any name of the body: printed (知识产权局), full (国家知识产权局), English or abbreviation (CNIPA).")
    List<String> name;

    @Mixin
    Scope scope;

    abstract List<Measure> tasks(Agency agency);

    abstract String verb();

    @Override
    void execute() {
      Agency agency = agency(String.join(" ", name));
      List<Measure> tasks = within(scope, tasks(agency), Measure::planId);
      if (scope.output.format == Format.json) {
        printJson(Json.measures(tasks));
        return;
      }
      out().println(agency.name() + " (" + agency.fullName().orElse(agency.englishName()) + ") "
          + verb() + " " + tasks.size() + " tasks.");
      for (Measure task : tasks) {
        out().println();
        Text.measure(out(), task);
      }
    }
  }

  @Command(name = "leads", mixinStandardHelpOptions = true,
      description = "Tasks the body leads (牵头部门): it is named first, or alone.")
  static final class Leads extends TasksOfBody {
    @Override
    List<Measure> tasks(Agency agency) {
      return catalog().measuresLedBy(agency);
    }

    @Override
    String verb() {
      return "leads";
    }
  }

  @Command(name = "participates", mixinStandardHelpOptions = true,
      description = "Tasks the body takes part in (参与部门) without leading.")
  static final class Participates extends TasksOfBody {
    @Override
    List<Measure> tasks(Agency agency) {
      return catalog().measuresWithParticipant(agency);
    }

    @Override
    String verb() {
      return "takes part in";
    }
  }

  @Command(name = "involves", mixinStandardHelpOptions = true,
      description = "Tasks that name the body at all, leading or taking part.")
  static final class Involves extends TasksOfBody {
    @Override
    List<Measure> tasks(Agency agency) {
      return catalog().measuresInvolving(agency);
    }

    @Override
    String verb() {
      return "is named in";
    }
  }

  @Command(name = "body", mixinStandardHelpOptions = true,
      description = "Everything known about a body: names, kind, tasks led and joined per plan, successor.")
  static final class Body extends Base {
    @Parameters(paramLabel = "<name>", arity = "1..*", description = "Any name of the body.")
    List<String> name;

    @Mixin
    Output output;

    @Override
    void execute() {
      Agency agency = agency(String.join(" ", name));
      Optional<Agency> successor = catalog().successor(agency);
      if (output.format == Format.json) {
        printJson(Json.body(catalog(), agency));
        return;
      }
      out().println(agency.name() + "  [" + agency.id() + "]");
      out().println("  printed:      " + String.join(", ", agency.printedNames()));
      out().println("  full name:    " + agency.fullName().orElse("(none)"));
      out().println("  English:      " + agency.englishName()
          + (agency.englishNameDescriptive() ? " (descriptive translation)" : ""));
      out().println("  abbreviation: " + agency.abbreviation().orElse("(none)"));
      out().println("  kind:         " + Words.spaced(agency.kind()) + (agency.isPublicBody() ? "" : " (not a public body)"));
      out().println("  level:        " + agency.level().map(Words::spaced).orElse("(none)"));
      successor.ifPresent(next -> out().println("  replaced by:  " + next.name() + " (" + next.fullName().orElse(next.englishName()) + ")"));
      agency.notes().forEach(note -> out().println("  note:         " + note));
      for (Plan plan : catalog().plans()) {
        long led = catalog().measuresLedBy(agency).stream().filter(m -> m.planId().equals(plan.id())).count();
        long joined = catalog().measuresWithParticipant(agency).stream().filter(m -> m.planId().equals(plan.id())).count();
        long reported = catalog().indicatorsFromSource(agency).stream().filter(i -> i.planId().equals(plan.id())).count();
        out().println("  " + plan.id() + ": leads " + led + ", takes part in " + joined
            + (reported > 0 ? ", reports " + reported + " indicators" : ""));
      }
    }
  }

  @Command(name = "measure", mixinStandardHelpOptions = true,
      description = "One measure (task) of a plan, in full.")
  static final class MeasureCommand extends Base {
    @Parameters(index = "0", paramLabel = "<plan>", description = "The plan id.")
    String planId;

    @Parameters(index = "1", paramLabel = "<number>", description = "The measure's number.")
    int number;

    @Mixin
    Output output;

    @Override
    void execute() {
      Plan plan = plan(planId);
      Measure measure = plan.measure(number).orElseThrow(() -> new Failure(NOT_FOUND,
          "Plan " + plan.id() + " has no measure " + number + "; it has " + plan.measures().size() + "."));
      if (output.format == Format.json) {
        printJson(Json.measure(measure));
        return;
      }
      Text.measure(out(), measure);
      out().println("headings: " + measure.headingPath().stream()
          .map(h -> h.numeral() + " " + h.title()).collect(Collectors.joining(" / ")));
      measure.notes().forEach(note -> out().println("note: " + note));
    }
  }

  @Command(name = "project", mixinStandardHelpOptions = true,
      description = "One flagship project of a plan, in full.")
  static final class ProjectCommand extends Base {
    @Parameters(index = "0", paramLabel = "<plan>", description = "The plan id.")
    String planId;

    @Parameters(index = "1", paramLabel = "<number>", description = "The project's number.")
    int number;

    @Mixin
    Output output;

    @Override
    void execute() {
      Plan plan = plan(planId);
      Project project = plan.project(number).orElseThrow(() -> new Failure(NOT_FOUND,
          "Plan " + plan.id() + " has no project " + number + "; it has " + plan.projects().size() + "."));
      if (output.format == Format.json) {
        printJson(Json.project(project));
        return;
      }
      Text.project(out(), project);
      project.notes().forEach(note -> out().println("note: " + note));
    }
  }

  @Command(name = "indicators", mixinStandardHelpOptions = true,
      description = "Quantitative targets, with unit, kind and the body that reports them.")
  static final class Indicators extends Base {
    @Option(names = "--source", paramLabel = "<body>", description = "Only the targets this body reports.")
    String source;

    @Mixin
    Scope scope;

    @Override
    void execute() {
      List<Indicator> indicators = source == null
          ? catalog().indicators()
          : catalog().indicatorsFromSource(agency(source));
      indicators = within(scope, indicators, Indicator::planId);
      if (scope.output.format == Format.json) {
        printJson(Json.indicators(indicators));
        return;
      }
      indicators.forEach(indicator -> out().println(Text.indicator(indicator)));
    }
  }

  @Command(name = "projects", mixinStandardHelpOptions = true,
      description = "Flagship projects, with where each sits.")
  static final class Projects extends Base {
    @Parameters(paramLabel = "<plan>", arity = "0..1", description = "Only this plan.")
    String planId;

    @Mixin
    Output output;

    @Override
    void execute() {
      List<Project> projects = planId == null ? catalog().projects() : plan(planId).projects();
      if (output.format == Format.json) {
        printJson(Json.projects(projects));
        return;
      }
      for (Project project : projects) {
        out().println(project.id() + "  项目" + project.number() + " " + project.title()
            + "  (" + project.headingPath().stream().map(h -> h.numeral() + " " + h.title())
                .collect(Collectors.joining(" / "))
            + project.followsMeasure().map(n -> ", after measure " + n).orElse("") + ")");
      }
    }
  }

  @Command(name = "search", mixinStandardHelpOptions = true,
      description = "Measures and projects whose text contains the given text, exactly.")
  static final class Search extends Base {
    @Parameters(paramLabel = "<text>", arity = "1..*", description = "The text to find, e.g. 展会.")
    List<String> words;

    @Mixin
    Scope scope;

    @Override
    void execute() {
      String text = String.join(" ", words);
      List<Measure> measures = within(scope, catalog().measuresContaining(text), Measure::planId);
      List<Project> projects = within(scope, catalog().projectsContaining(text), Project::planId);
      if (scope.output.format == Format.json) {
        printJson(Json.search(measures, projects));
        return;
      }
      out().println("'" + text + "' is in " + measures.size() + " measures and " + projects.size() + " projects.");
      for (Measure measure : measures) {
        out().println();
        Text.measure(out(), measure);
      }
      for (Project project : projects) {
        out().println();
        Text.project(out(), project);
      }
    }
  }

  @Command(name = "collaborations", mixinStandardHelpOptions = true,
      description = "Which bodies share tasks and how often, with who leads; all pairs, or one body's partners.")
  static final class Collaborations extends Base {
    @Parameters(paramLabel = "<body>", arity = "0..*", description = "Only this body's partners.")
    List<String> name;

    @Mixin
    Scope scope;

    @Override
    void execute() {
      List<Measure> tasks = plans(scope).stream().flatMap(p -> p.measures().stream()).toList();
      boolean one = name != null && !name.isEmpty();
      List<CollaborationCounts.Collaboration> rows = one
          ? CollaborationCounts.of(tasks, agency(String.join(" ", name)))
          : CollaborationCounts.network(catalog(), tasks);
      if (scope.output.format == Format.json) {
        printJson(Json.collaborations(rows));
        return;
      }
      if (one && !rows.isEmpty()) {
        out().println(rows.get(0).body().name() + " shares tasks with " + rows.size() + " bodies:");
      }
      for (CollaborationCounts.Collaboration c : rows) {
        out().println((one ? "  " + c.partner().name() : c.body().name() + " + " + c.partner().name())
            + ": " + c.shared() + " shared; " + c.body().name() + " leads " + c.ledByBody()
            + ", " + c.partner().name() + " leads " + c.ledByPartner());
      }
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = {"Exports the catalog: json (everything, documented field names), "
          + "csv (body × task matrix: L lead, P participant), dot (collaboration network for Graphviz)."})
  static final class Export extends Base {
    /** What to export. */
    enum Kind {
      json,
      csv,
      dot
    }

    @Parameters(paramLabel = "json|csv|dot", description = "The format: ${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Option(names = "--plan", paramLabel = "<id>", description = "Only this plan.")
    String plan;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", description = "Write to this file (UTF-8) instead of standard output.")
    Path output;

    @Override
    void execute() {
      Scope scope = new Scope();
      scope.plan = plan;
      List<Plan> plans = plans(scope);
      String text = switch (kind) {
        case json -> Json.pretty(Json.catalog(catalog(), plans));
        case csv -> Export.csv(catalog(), plans);
        case dot -> Export.dot(catalog(), plans);
      };
      if (output == null) {
        out().print(text);
        out().flush();
        return;
      }
      try {
        Files.writeString(output, text, UTF_8);
      } catch (IOException e) {
        throw new Failure(1, "Cannot write " + output + ": " + e.getMessage());
      }
    }

    static String csv(PlanCatalog catalog, List<Plan> plans) {
      List<Measure> tasks = plans.stream().flatMap(p -> p.measures().stream())
          .filter(m -> !m.responsibilities().isEmpty()).toList();
      StringBuilder csv = new StringBuilder("body_id,body");
      tasks.forEach(task -> csv.append(',').append(task.id()));
      csv.append("\r\n");
      for (Agency agency : catalog.agencies()) {
        csv.append(Text.csvField(agency.id())).append(',').append(Text.csvField(agency.name()));
        for (Measure task : tasks) {
          csv.append(',').append(task.responsibilities().stream()
              .filter(r -> r.agency().equals(agency))
              .map(r -> r.role() == Role.LEAD ? "L" : "P").findFirst().orElse(""));
        }
        csv.append("\r\n");
      }
      return csv.toString();
    }

    static String dot(PlanCatalog catalog, List<Plan> plans) {
      List<Measure> tasks = plans.stream().flatMap(p -> p.measures().stream()).toList();
      List<CollaborationCounts.Collaboration> pairs = CollaborationCounts.network(catalog, tasks);
      StringBuilder dot = new StringBuilder("graph collaborations {\n  node [shape=box];\n");
      List<Agency> nodes = new ArrayList<>();
      pairs.forEach(p -> {
        if (!nodes.contains(p.body())) {
          nodes.add(p.body());
        }
        if (!nodes.contains(p.partner())) {
          nodes.add(p.partner());
        }
      });
      nodes.sort((a, b) -> Integer.compare(catalog.agencies().indexOf(a), catalog.agencies().indexOf(b)));
      for (Agency agency : nodes) {
        dot.append("  ").append(Text.dotId(agency.id())).append(" [label=")
            .append(Text.dotId(agency.name())).append("];\n");
      }
      for (CollaborationCounts.Collaboration p : pairs) {
        dot.append("  ").append(Text.dotId(p.body().id())).append(" -- ").append(Text.dotId(p.partner().id()))
            .append(" [weight=").append(p.shared()).append(", label=\"").append(p.shared()).append("\"];\n");
      }
      return dot.append("}\n").toString();
    }
  }

  @Command(name = "text", mixinStandardHelpOptions = true,
      description = "The whole document rendered back from the model: notice, headings, measures with their "
          + "responsibility clauses, projects, the indicator table.")
  static final class TextCommand extends Base {
    @Parameters(paramLabel = "<plan>", description = "The plan id.")
    String planId;

    @Option(names = "--ids", description = "Prefix each element with its stable identifier.")
    boolean ids;

    @Override
    void execute() {
      Plan plan = plan(planId);
      if (!ids) {
        out().print(PlanText.render(plan));
        return;
      }
      for (Provision provision : PlanText.provisions(plan)) {
        out().println("[" + provision.id() + "]");
        out().println(provision.text());
      }
    }
  }

  /** Recovers arguments the JVM could not decode. */
  static final class Arguments {
    private Arguments() {}

    /**
     * Java 17 decodes arguments with the locale's charset; under {@code LC_ALL=C} a Chinese
     * argument arrives as replacement characters. On Linux the raw bytes are still in
     * {@code /proc/self/cmdline}: when an argument was mangled, decode them as UTF-8 instead.
     */
    static String[] recover(String[] args) {
      if (Arrays.stream(args).noneMatch(arg -> arg.indexOf('\uFFFD') >= 0)) {
        return args;
      }
      try {
        String[] all = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), UTF_8).split("\0");
        return all.length >= args.length
            ? Arrays.copyOfRange(all, all.length - args.length, all.length)
            : args;
      } catch (IOException | RuntimeException e) {
        return args;
      }
    }
  }
}
