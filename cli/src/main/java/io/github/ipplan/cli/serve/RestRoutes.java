package io.github.ipplan.cli.serve;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The REST server's routes, each with the command line it answers as; {@code GET /} lists them. */
final class RestRoutes {
  private RestRoutes() {}

  /** Every route, with the command line it answers as, in the order {@code /} lists them. */
  static final Map<String, String> ROUTES = routeTable();

  private static Map<String, String> routeTable() {
    Map<String, String> routes = new LinkedHashMap<>();
    routes.put("/", "this list");
    routes.put("/plans", "plans --format json");
    routes.put("/plans/{id}", "export json --plan {id}: the plan in full");
    routes.put("/plans/{id}/measures/{n}", "measure {id} {n} --format json");
    routes.put("/plans/{id}/projects/{n}", "project {id} {n} --format json");
    routes.put("/bodies?plan=", "bodies [--plan] --format json");
    routes.put("/bodies/{name}", "body {name} --format json");
    routes.put("/bodies/{name}/leads?plan=", "leads {name} [--plan] --format json");
    routes.put("/bodies/{name}/participates?plan=", "participates {name} [--plan] --format json");
    routes.put("/bodies/{name}/involves?plan=", "involves {name} [--plan] --format json");
    routes.put("/indicators?plan=&source=", "indicators [--plan] [--source] --format json");
    routes.put("/projects?plan=", "projects [--plan] --format json");
    routes.put("/collaborations?plan=", "collaborations [--plan] --format json");
    routes.put("/collaborations/{name}?plan=", "collaborations {name} [--plan] --format json");
    routes.put("/search?q=&plan=", "search {q} [--plan] --format json");
    return Collections.unmodifiableMap(routes);
  }

  /** The answer to {@code /}: every route and the command line it answers as. */
  static ObjectNode list() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    ObjectNode routes = node.putObject("routes");
    ROUTES.forEach(routes::put);
    return node;
  }
}
