package io.github.ipplan.cli.mcp;

import io.github.ipplan.Agency;
import io.github.ipplan.Collaboration;
import io.github.ipplan.Collaborations;
import io.github.ipplan.EnumWords;
import io.github.ipplan.Indicator;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Project;
import io.github.ipplan.ProvisionKind;
import io.github.ipplan.SearchHit;
import io.github.ipplan.cli.console.Text;
import io.github.ipplan.cli.export.BodyCounts;
import io.github.ipplan.cli.export.Json;
import io.github.ipplan.cli.export.PlanCounts;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What each tool answers over one catalog: the same questions the command line asks, the same
 * lookups (any name of a body; plan ids) and the same messages where a name or number is unknown.
 */
final class Queries {
  private final PlanCatalog catalog;

  Queries(PlanCatalog catalog) {
    this.catalog = catalog;
  }

  /** Returns the body with this name, or fails naming the nearest names. */
  Agency agency(String name) {
    String wanted = name.strip();
    return catalog
        .agency(wanted)
        .orElseThrow(
            () -> {
              List<String> nearest = catalog.nearestNames(wanted, 5);
              return new ToolError(
                  Text.unknownBody(wanted)
                      + (nearest.isEmpty()
                          ? ""
                          : " Nearest names: " + String.join(", ", nearest) + "."));
            });
  }

  /** Returns the plan with this id, or fails naming the nearest ids and listing the plans. */
  Plan plan(String id) {
    return catalog
        .plan(id)
        .orElseThrow(
            () -> {
              List<String> nearest = catalog.nearestPlanIds(id, 3);
              return new ToolError(
                  "No plan is called '"
                      + id
                      + "'. Plans: "
                      + catalog.plans().stream().map(Plan::id).collect(Collectors.joining(", "))
                      + "."
                      + (nearest.isEmpty() ? "" : " Nearest: " + String.join(", ", nearest) + "."));
            });
  }

  private List<String> planIds(@Nullable String plan) {
    return plan == null
        ? catalog.plans().stream().map(Plan::id).toList()
        : List.of(plan(plan).id());
  }

  private static <T> List<T> within(List<String> ids, List<T> items, Function<T, String> planId) {
    return items.stream().filter(item -> ids.contains(planId.apply(item))).toList();
  }

  private static String in(@Nullable String plan) {
    return plan == null ? "" : " in " + plan;
  }

  Answer plans() {
    Map<String, Object> structured = new LinkedHashMap<>();
    structured.put("plans", JsonForms.tree(Json.plans(catalog.plans())));
    String text =
        Render.lines(
            out -> {
              for (Plan plan : catalog.plans()) {
                out.println(plan.id() + "  " + plan.title());
                out.println(
                    "  "
                        + Text.issued(plan)
                        + "; "
                        + plan.measures().size()
                        + " measures, "
                        + plan.projects().size()
                        + " projects, "
                        + plan.indicators().size()
                        + " indicators");
              }
            });
    return new Answer(structured, text);
  }

  Answer bodies(@Nullable String plan) {
    List<BodyCounts> rows =
        BodyCounts.of(catalog, plan == null ? catalog.plans() : List.of(plan(plan)), plan == null);
    StringBuilder text = new StringBuilder();
    for (BodyCounts row : rows) {
      Agency agency = row.agency();
      text.append(agency.name())
          .append("  [")
          .append(agency.id())
          .append("]  ")
          .append(agency.englishName())
          .append("; leads ")
          .append(row.leads())
          .append(", takes part in ")
          .append(row.participates())
          .append(row.reports() > 0 ? ", reports " + row.reports() + " indicators" : "")
          .append('\n');
    }
    Map<String, Object> structured = new LinkedHashMap<>();
    structured.put("bodies", JsonForms.tree(Json.bodies(rows)));
    return new Answer(structured, rows.size() + " bodies" + in(plan) + ":\n" + text);
  }

  Answer body(String name) {
    Agency agency = agency(name);
    List<PlanCounts> counts = PlanCounts.of(catalog, agency);
    Map<String, Object> structured = JsonForms.object(Json.body(agency, counts));
    StringBuilder text = new StringBuilder();
    text.append(Text.body(agency)).append("  [").append(agency.id()).append("]\n");
    text.append("  printed: ").append(String.join(", ", agency.printedNames())).append('\n');
    text.append("  English: ").append(agency.englishName()).append('\n');
    agency.abbreviation().ifPresent(a -> text.append("  abbreviation: ").append(a).append('\n'));
    if (!agency.aliases().isEmpty()) {
      text.append("  aliases: ").append(String.join(", ", agency.aliases())).append('\n');
    }
    text.append("  kind: ").append(EnumWords.spaced(agency.kind())).append('\n');
    catalog
        .successor(agency)
        .ifPresent(next -> text.append("  replaced by: ").append(Text.body(next)).append('\n'));
    agency.notes().forEach(note -> text.append("  note: ").append(note).append('\n'));
    for (PlanCounts in : counts) {
      text.append("  ")
          .append(in.plan().id())
          .append(": leads ")
          .append(in.leads())
          .append(", takes part in ")
          .append(in.participates())
          .append(in.reports() > 0 ? ", reports " + in.reports() + " indicators" : "")
          .append('\n');
    }
    return new Answer(structured, text.toString());
  }

  /**
   * The three relations of a body to the tasks: {@code leads}, {@code participates}, {@code
   * involves}.
   */
  enum Relation {
    LEADS("leads"),
    PARTICIPATES("takes part in"),
    INVOLVES("is named in");

    final String verb;

    Relation(String verb) {
      this.verb = verb;
    }
  }

  Answer tasks(Relation relation, String name, @Nullable String plan) {
    Agency agency = agency(name);
    List<Measure> all =
        switch (relation) {
          case LEADS -> catalog.measuresLedBy(agency);
          case PARTICIPATES -> catalog.measuresWithParticipant(agency);
          case INVOLVES -> catalog.measuresInvolving(agency);
        };
    List<Measure> tasks = within(planIds(plan), all, Measure::planId);
    Map<String, Object> structured = new LinkedHashMap<>();
    structured.put("body", agency.id());
    structured.put("tasks", JsonForms.tree(tasks));
    String text =
        Render.lines(
            out -> {
              out.println(
                  Text.body(agency)
                      + " "
                      + relation.verb
                      + " "
                      + tasks.size()
                      + (tasks.size() == 1 ? " task" : " tasks")
                      + in(plan)
                      + ": "
                      + tasks.stream().map(Measure::id).collect(Collectors.joining(", ")));
              for (Measure task : tasks) {
                out.println();
                Render.measure(out, task);
              }
            });
    return new Answer(structured, text);
  }

  Answer measure(String planId, int number) {
    Plan plan = plan(planId);
    Measure measure =
        plan.measure(number).orElseThrow(() -> new ToolError(Text.noMeasure(plan, number)));
    String text =
        Render.lines(
            out -> {
              Render.measure(out, measure);
              Text.placement(out, measure);
            });
    return new Answer(JsonForms.object(measure), text);
  }

  Answer project(String planId, int number) {
    Plan plan = plan(planId);
    Project project =
        plan.project(number).orElseThrow(() -> new ToolError(Text.noProject(plan, number)));
    String text =
        Render.lines(
            out -> {
              Render.project(out, project);
              Text.placement(out, project);
            });
    return new Answer(JsonForms.object(project), text);
  }

  Answer search(String query, @Nullable String plan) {
    List<String> ids = planIds(plan);
    List<SearchHit> hits;
    try {
      hits = within(ids, catalog.search(query), SearchHit::planId);
    } catch (IllegalArgumentException e) {
      throw new ToolError("search needs a term to look for, e.g. 展会, not '" + query + "'.");
    }
    Map<String, Measure> measuresById = new HashMap<>();
    Map<String, Project> projectsById = new HashMap<>();
    for (Plan each : catalog.plans()) {
      each.measures().forEach(measure -> measuresById.put(measure.id(), measure));
      each.projects().forEach(project -> projectsById.put(project.id(), project));
    }
    List<Measure> measures =
        hits.stream()
            .filter(hit -> hit.kind() == ProvisionKind.MEASURE)
            .map(hit -> measuresById.get(hit.id()))
            .toList();
    List<Project> projects =
        hits.stream()
            .filter(hit -> hit.kind() == ProvisionKind.PROJECT)
            .map(hit -> projectsById.get(hit.id()))
            .toList();
    List<SearchHit> others =
        hits.stream()
            .filter(
                hit -> hit.kind() != ProvisionKind.MEASURE && hit.kind() != ProvisionKind.PROJECT)
            .toList();
    Map<String, Object> structured = new LinkedHashMap<>();
    structured.put("measures", JsonForms.tree(measures));
    structured.put("projects", JsonForms.tree(projects));
    structured.put("hits", JsonForms.tree(hits));
    String text =
        Render.lines(
            out -> {
              out.println(
                  "'"
                      + query
                      + "' is in "
                      + measures.size()
                      + " measures, "
                      + projects.size()
                      + " projects and "
                      + others.size()
                      + " other passages"
                      + in(plan)
                      + ".");
              measures.forEach(
                  measure -> {
                    out.println();
                    Render.measure(out, measure);
                  });
              projects.forEach(
                  project -> {
                    out.println();
                    Render.project(out, project);
                  });
              others.forEach(
                  hit -> {
                    out.println();
                    Render.hit(out, hit);
                  });
            });
    return new Answer(structured, text);
  }

  Answer indicators(@Nullable String source, @Nullable String plan) {
    List<Indicator> all =
        source == null ? catalog.indicators() : catalog.indicatorsFromSource(agency(source));
    List<Indicator> indicators = within(planIds(plan), all, Indicator::planId);
    Map<String, Object> structured = new LinkedHashMap<>();
    structured.put("indicators", JsonForms.tree(indicators));
    String text =
        indicators.size()
            + " indicators"
            + (source == null ? "" : " reported by " + agency(source).name())
            + in(plan)
            + (indicators.isEmpty() ? "." : ":\n")
            + indicators.stream()
                .map(i -> Render.indicator(i) + "\n")
                .collect(Collectors.joining());
    return new Answer(structured, text);
  }

  Answer collaborations(@Nullable String name, @Nullable String plan) {
    List<String> ids = planIds(plan);
    Agency body = name == null ? null : agency(name);
    Collaborations shared = catalog.collaborations(p -> ids.contains(p.id()));
    List<Collaboration> rows = body == null ? shared.pairs() : shared.partners(body);
    Map<String, Object> structured = new LinkedHashMap<>();
    structured.put("collaborations", JsonForms.tree(Json.collaborations(rows)));
    String text =
        rows.size()
            + " pairs of bodies share tasks"
            + (body == null ? "" : " with " + body.name())
            + in(plan)
            + (rows.isEmpty() ? "." : ":\n")
            + rows.stream()
                .map(
                    c ->
                        c.body().name()
                            + " ["
                            + c.body().id()
                            + "] + "
                            + c.partner().name()
                            + " ["
                            + c.partner().id()
                            + "]: "
                            + Text.shared(c)
                            + "\n")
                .collect(Collectors.joining());
    return new Answer(structured, text);
  }
}
