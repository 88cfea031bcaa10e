package io.github.ipplan.cli.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.PlanText;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds the server: the tools of {@link Tools} and two resources per plan, {@code
 * ipplan://plans/<id>.txt} (the whole text rendered back) and {@code ipplan://plans/<id>.json} (the
 * plan in the documented JSON form).
 */
final class McpServers {
  /** The name the server gives in its answer to {@code initialize}. */
  static final String NAME = "ipplan";

  static final String INSTRUCTIONS =
      "Chinese intellectual-property policy plans, typed and verbatim: which body leads or takes"
          + " part in which task, measures, flagship projects, quantitative indicators. Call"
          + " 'plans' for the plan ids; any name of a body works (知识产权局, 国家知识产权局, CNIPA)."
          + " Quote the texts as given and cite the ids in brackets.";

  private McpServers() {}

  /** The JSON mapper of the protocol messages. */
  static McpJsonMapper jsonMapper() {
    return new JacksonMcpJsonMapper(new ObjectMapper());
  }

  /**
   * Returns the server over a transport, with its tools; they answer from the catalog once it is
   * loaded. The resources, two per plan, are added by {@link #addResources} once it is.
   */
  static McpSyncServer start(
      McpServerTransportProvider transport,
      McpJsonMapper json,
      CompletableFuture<PlanCatalog> catalog,
      String version) {
    return McpServer.sync(transport)
        .serverInfo(NAME, version)
        .instructions(INSTRUCTIONS)
        .capabilities(
            McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
        .jsonMapper(json)
        .jsonSchemaValidator(new ArgumentsChecked())
        .tools(tools(catalog))
        .build();
  }

  /** Adds the resources of the catalog's plans to the server. */
  static void addResources(McpSyncServer server, PlanCatalog catalog) {
    resources(catalog).forEach(server::addResource);
  }

  /** The tools, each answering from the catalog once it is loaded. */
  static List<SyncToolSpecification> tools(CompletableFuture<PlanCatalog> catalog) {
    List<SyncToolSpecification> tools = new ArrayList<>();
    for (Tools.Tool tool : Tools.ALL) {
      McpSchema.Tool definition =
          McpSchema.Tool.builder(tool.name(), tool.inputSchema())
              .description(tool.description())
              .annotations(new McpSchema.ToolAnnotations(null, true, false, true, false, null))
              .build();
      tools.add(
          SyncToolSpecification.builder()
              .tool(definition)
              .callHandler((exchange, request) -> call(catalog, request))
              .build());
    }
    return tools;
  }

  /**
   * Answers a tool call once the catalog is loaded: the answer, or the tool error with its message;
   * where the catalog cannot be loaded, the error says why.
   */
  static CallToolResult call(
      CompletableFuture<PlanCatalog> catalog, McpSchema.CallToolRequest request) {
    PlanCatalog plans;
    try {
      plans = catalog.join();
    } catch (CompletionException | CancellationException e) {
      return error(notLoaded(e));
    }
    try {
      Answer answer = Tools.call(plans, request.name(), request.arguments());
      return CallToolResult.builder()
          .addTextContent(answer.text())
          .structuredContent(answer.structured())
          .isError(false)
          .build();
    } catch (ToolError e) {
      return error(e.getMessage());
    }
  }

  private static CallToolResult error(String message) {
    return CallToolResult.builder().addTextContent(message).isError(true).build();
  }

  /** The message of a failed load: the plans cannot be loaded, and why. */
  static String notLoaded(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return "The plans cannot be loaded: "
        + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
  }

  /** The URI of a plan's text. */
  static String textUri(Plan plan) {
    return "ipplan://plans/" + plan.id() + ".txt";
  }

  /** The URI of a plan's JSON. */
  static String jsonUri(Plan plan) {
    return "ipplan://plans/" + plan.id() + ".json";
  }

  /** Two resources per plan: its text and its JSON. */
  static List<SyncResourceSpecification> resources(PlanCatalog catalog) {
    List<SyncResourceSpecification> resources = new ArrayList<>();
    for (Plan plan : catalog.plans()) {
      resources.add(
          new SyncResourceSpecification(
              McpSchema.Resource.builder(textUri(plan), plan.id() + ".txt")
                  .title(plan.title())
                  .description(
                      "The whole text of " + plan.title() + ", rendered back from the model.")
                  .mimeType("text/plain")
                  .build(),
              (exchange, request) ->
                  ReadResourceResult.builder(
                          List.of(
                              TextResourceContents.builder(textUri(plan), PlanText.render(plan))
                                  .mimeType("text/plain")
                                  .build()))
                      .build()));
      resources.add(
          new SyncResourceSpecification(
              McpSchema.Resource.builder(jsonUri(plan), plan.id() + ".json")
                  .title(plan.title() + " (JSON)")
                  .description(
                      "The plan "
                          + plan.id()
                          + " in the documented JSON form (ipplan-json): every measure,"
                          + " project and indicator with its id.")
                  .mimeType("application/json")
                  .build(),
              (exchange, request) ->
                  ReadResourceResult.builder(
                          List.of(
                              TextResourceContents.builder(jsonUri(plan), JsonForms.text(plan))
                                  .mimeType("application/json")
                                  .build()))
                      .build()));
    }
    return resources;
  }

  /**
   * The tools check their arguments themselves, with messages that name the argument and what to
   * pass; the server declares no output schemas. Nothing is left for a schema validator.
   */
  private static final class ArgumentsChecked implements JsonSchemaValidator {
    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
      return ValidationResponse.asValid(null);
    }
  }
}
