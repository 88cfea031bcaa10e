package io.github.ipplan.cli.mcp;

import io.github.ipplan.PlanCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The tools: their names, descriptions and input schemas, and which query answers each. The
 * descriptions are written for an assistant: what to pass, and what comes back.
 */
final class Tools {
  private static final String BODY =
      "Any name of a body (department): as printed in a plan (知识产权局), full (国家知识产权局),"
          + " English (China National Intellectual Property Administration) or abbreviation"
          + " (CNIPA). Full-width letters and traditional characters are understood.";
  private static final String PLAN =
      "A plan id, as the plans tool lists them: national-2021-2022 or guangzhou-2021-2025.";
  private static final String ONLY_PLAN = "Only this plan. " + PLAN + " Leave out for every plan.";
  private static final String ANSWER =
      " The answer quotes the plan's words verbatim under each provision's id (such as"
          + " national-2021-2022/measure/44); cite those ids.";

  /** A tool: its name, description, input schema, required arguments and answer. */
  record Tool(
      String name,
      String description,
      Map<String, Object> inputSchema,
      List<String> required,
      BiFunction<Queries, Args, Answer> answer) {}

  /** Every tool, in the order they are listed. */
  static final List<Tool> ALL =
      List.of(
          tool(
              "plans",
              "Lists every plan: id, title, issuing body, date, status, period, and how many"
                  + " measures (tasks), flagship projects and indicators it has. Call it first to"
                  + " learn the plan ids.",
              props(),
              List.of(),
              (q, a) -> q.plans()),
          tool(
              "bodies",
              "Lists the bodies (government departments and other organisations) with their id,"
                  + " name, English name, kind, and how many tasks each leads and takes part in.",
              props("plan", optional(ONLY_PLAN)),
              List.of(),
              (q, a) -> q.bodies(a.text("plan"))),
          tool(
              "body",
              "Everything known about one body: its names as printed, full, English and"
                  + " abbreviated, kind, level, successor, notes, and its counts per plan.",
              props("body", required(BODY)),
              List.of("body"),
              (q, a) -> q.body(a.requiredText("body", BODY))),
          tasksTool(
              "leads",
              Queries.Relation.LEADS,
              "The tasks (measures) a body leads (牵头): it is named first, or alone, among the"
                  + " bodies responsible, in the plans' order."),
          tasksTool(
              "participates",
              Queries.Relation.PARTICIPATES,
              "The tasks (measures) a body takes part in (参与) without leading, in the plans'"
                  + " order."),
          tasksTool(
              "involves",
              Queries.Relation.INVOLVES,
              "The tasks (measures) that name a body at all, leading or taking part, in the plans'"
                  + " order."),
          tool(
              "measure",
              "One measure (task) of a plan in full: its text, the bodies responsible with their"
                  + " roles, the headings it sits under, and notes.",
              props(
                  "plan", required(PLAN),
                  "number", number("The measure's number in the plan, from 1.")),
              List.of("plan", "number"),
              (q, a) -> q.measure(a.requiredText("plan", PLAN), a.number("number", "from 1."))),
          tool(
              "project",
              "One flagship project (专栏) of a plan in full: title, paragraphs, headings, notes.",
              props(
                  "plan", required(PLAN),
                  "number", number("The project's number in the plan, from 1.")),
              List.of("plan", "number"),
              (q, a) -> q.project(a.requiredText("plan", PLAN), a.number("number", "from 1."))),
          tool(
              "search",
              "Finds the measures, projects and other passages (headings, paragraphs,"
                  + " indicators, notice) whose text contains every term. Full-width and"
                  + " half-width forms, white space, letter case and traditional and simplified"
                  + " characters are alike.",
              props(
                  "query",
                  required(
                      "The terms to find, separated by spaces, in Chinese as the plans print"
                          + " them: 商业秘密, or 展会 保护."),
                  "plan",
                  optional(ONLY_PLAN)),
              List.of("query"),
              (q, a) ->
                  q.search(a.requiredText("query", "the terms to find, e.g. 展会."), a.text("plan"))),
          tool(
              "indicators",
              "The quantitative targets (指标): name, target value with unit and year, kind,"
                  + " whether binding or expected, the body that reports it, and the baseline.",
              props(
                  "source",
                  optional("Only the targets this body reports. " + BODY),
                  "plan",
                  optional(ONLY_PLAN)),
              List.of(),
              (q, a) -> q.indicators(a.text("source"), a.text("plan"))),
          tool(
              "collaborations",
              "Which bodies share tasks and how often, with how many each leads: every pair, or"
                  + " one body's partners.",
              props(
                  "body",
                  optional("Only this body's partners. " + BODY),
                  "plan",
                  optional(ONLY_PLAN)),
              List.of(),
              (q, a) -> q.collaborations(a.text("body"), a.text("plan"))));

  private Tools() {}

  /**
   * Answers a call of a tool over a catalog.
   *
   * @throws ToolError where the tool is unknown or the arguments cannot be answered
   */
  static Answer call(PlanCatalog catalog, String name, @Nullable Map<String, Object> arguments) {
    Tool tool =
        ALL.stream()
            .filter(t -> t.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new ToolError("There is no tool called '" + name + "'."));
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = (Map<String, Object>) tool.inputSchema().get("properties");
    Args args = new Args(name, arguments, List.copyOf(properties.keySet()));
    return tool.answer().apply(new Queries(catalog), args);
  }

  private static Tool tasksTool(String name, Queries.Relation relation, String description) {
    return tool(
        name,
        description,
        props("body", required(BODY), "plan", optional(ONLY_PLAN)),
        List.of("body"),
        (q, a) -> q.tasks(relation, a.requiredText("body", BODY), a.text("plan")));
  }

  private static Tool tool(
      String name,
      String description,
      Map<String, Object> properties,
      List<String> required,
      BiFunction<Queries, Args, Answer> answer) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", required);
    schema.put("additionalProperties", false);
    return new Tool(name, description + ANSWER, Map.copyOf(schema), required, answer);
  }

  private static Map<String, Object> props(Object... nameThenSchema) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (int i = 0; i < nameThenSchema.length; i += 2) {
      properties.put((String) nameThenSchema[i], nameThenSchema[i + 1]);
    }
    return properties;
  }

  private static Map<String, Object> required(String description) {
    return Map.of("type", "string", "minLength", 1, "description", description);
  }

  private static Map<String, Object> optional(String description) {
    return Map.of("type", "string", "description", description);
  }

  private static Map<String, Object> number(String description) {
    return Map.of("type", "integer", "minimum", 1, "description", description);
  }
}
