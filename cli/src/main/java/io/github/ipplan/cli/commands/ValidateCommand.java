package io.github.ipplan.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ipplan.cli.console.Counts;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.cli.console.Failure;
import io.github.ipplan.yaml.PlanLoadException;
import io.github.ipplan.yaml.PlanLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code validate}: checks plan and registry files and reports every error in each. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks plan and registry files (a file with a top-level 'agencies' key is a"
          + " registry) and reports every independent error in each, up to "
          + PlanLoader.MAX_ERRORS_PER_FILE
          + " a file, as file:line:column: problem, at $.path; hint.",
      "Plans are checked against the bundled registry and any --registry files.",
      "Exit code 0 when every file is valid, 4 when some file is invalid or cannot be read."
    })
final class ValidateCommand extends Subcommand {
  @Parameters(paramLabel = "<file>", arity = "1..*", description = "Plan or registry files.")
  List<Path> paths;

  @Mixin FormatOption output;

  @Override
  void execute() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ArrayNode reports = json.arrayNode();
    int invalid = 0;
    int errorCount = 0;
    for (Path path : paths) {
      ObjectNode report = reports.addObject().put("file", path.toString());
      ArrayNode errors = json.arrayNode();
      List<PlanLoadException> problems;
      try {
        problems = PlanLoader.check(root.options(), path);
      } catch (PlanLoadException e) {
        problems = List.of(e); // a --registry file is itself invalid
      } catch (IOException e) {
        invalid++;
        errorCount++;
        report.put("valid", false).put("unreadable", Failure.reason(e));
        report.set("errors", errors);
        if (!output.json()) {
          out().println(Failure.cannotRead(e));
        }
        continue;
      }
      if (!problems.isEmpty()) {
        invalid++;
      }
      errorCount += problems.size();
      report.put("valid", problems.isEmpty());
      for (PlanLoadException problem : problems) {
        errors.add(error(problem));
        if (!output.json()) {
          out().println(problem.getMessage());
        }
      }
      if (problems.size() >= PlanLoader.MAX_ERRORS_PER_FILE) {
        report.put("truncated", true);
        if (!output.json()) {
          out()
              .println(
                  path
                      + ": stopped after "
                      + PlanLoader.MAX_ERRORS_PER_FILE
                      + " errors; there may be more");
        }
      }
      report.set("errors", errors);
      if (problems.isEmpty() && !output.json()) {
        out().println(path + ": valid");
      }
    }
    if (output.json()) {
      ObjectNode node = json.objectNode();
      node.put("valid", invalid == 0);
      node.set("files", reports);
      printJson(node);
    } else if (paths.size() > 1 || invalid > 0) {
      out()
          .println(
              Counts.of(paths.size(), "file")
                  + " checked: "
                  + (paths.size() - invalid)
                  + " valid, "
                  + invalid
                  + " invalid, "
                  + Counts.of(errorCount, "error")
                  + ".");
    }
    if (invalid > 0) {
      throw new Failure(ExitCode.INVALID_FILE, "");
    }
  }

  /** A load error as JSON: file, line, column, problem, path and hint. */
  static ObjectNode error(PlanLoadException problem) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("file", problem.source())
        .put("line", problem.line())
        .put("column", problem.column())
        .put("problem", problem.problem())
        .put("path", problem.path())
        .put("hint", problem.hint());
  }
}
