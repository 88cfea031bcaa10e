package io.github.ipplan.cli.commands;

import io.github.ipplan.Agency;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.console.Failure;
import io.github.ipplan.cli.console.Text;
import io.github.ipplan.cli.export.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ParentCommand;

/**
 * The base of every subcommand: the catalog, standard output, the lookups of bodies and plans by
 * name, and the report of a {@link Failure} on standard error with its exit code.
 */
abstract class Subcommand implements Callable<Integer> {
  @ParentCommand CommandRoot root;

  @Override
  public final Integer call() {
    try {
      execute();
      return 0;
    } catch (Failure failure) {
      if (!failure.getMessage().isEmpty()) {
        root.err.println(failure.getMessage());
      }
      return failure.code().code();
    }
  }

  /** Does the command's work; throws {@link Failure} to end it with another exit code. */
  abstract void execute();

  PlanCatalog catalog() {
    return root.catalog();
  }

  PrintWriter out() {
    return root.out;
  }

  /** Returns the body with this name, or fails naming the nearest names. */
  Agency agency(String name) {
    String wanted = name.strip();
    return catalog()
        .agency(wanted)
        .orElseThrow(
            () -> {
              List<String> nearest = catalog().nearestNames(wanted, 5);
              return Failure.notFound(
                  Text.unknownBody(wanted)
                      + (nearest.isEmpty()
                          ? ""
                          : " Nearest names: " + String.join(", ", nearest) + "."));
            });
  }

  /** Returns the plan with this id, or fails naming the nearest ids and listing the plans. */
  Plan plan(String id) {
    return catalog()
        .plan(id)
        .orElseThrow(
            () -> {
              List<String> nearest = catalog().nearestPlanIds(id, 3);
              return Failure.notFound(
                  "No plan is called '"
                      + id
                      + "'. Plans: "
                      + catalog().plans().stream().map(Plan::id).collect(Collectors.joining(", "))
                      + "."
                      + (nearest.isEmpty() ? "" : " Nearest: " + String.join(", ", nearest) + "."));
            });
  }

  /** Returns the plan with this id, or every plan where the id is {@code null}. */
  List<Plan> plans(String id) {
    return id == null ? catalog().plans() : List.of(plan(id));
  }

  /** Returns the items that belong to the plans the options keep to, in their order. */
  <T> List<T> within(ListOptions options, List<T> items, Function<T, String> planId) {
    List<String> ids = plans(options.plan).stream().map(Plan::id).toList();
    return items.stream().filter(item -> ids.contains(planId.apply(item))).toList();
  }

  /** Prints a value as indented JSON: a domain value, a list of them, or a tree. */
  void printJson(Object value) {
    out().println(Json.pretty(value));
  }
}
