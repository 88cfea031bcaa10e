package io.github.ipplan.cli.export;

import io.github.ipplan.Agency;
import io.github.ipplan.Collaboration;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The collaboration network as a Graphviz DOT graph: bodies as nodes, shared tasks as edges. */
public final class Dot {
  private Dot() {}

  /**
   * Returns the undirected graph of the bodies that share tasks in the plans: one node per such
   * body, in registry order, labelled with its name; one edge per pair, weighted and labelled with
   * the number of tasks they share, most shared first.
   *
   * @param catalog the catalog
   * @param plans the plans
   * @return the document
   */
  public static String network(PlanCatalog catalog, List<Plan> plans) {
    List<Collaboration> pairs = catalog.collaborations(plans::contains).pairs();
    StringBuilder dot = new StringBuilder("graph collaborations {\n  node [shape=box];\n");
    List<Agency> nodes = new ArrayList<>();
    pairs.forEach(
        p -> {
          if (!nodes.contains(p.body())) {
            nodes.add(p.body());
          }
          if (!nodes.contains(p.partner())) {
            nodes.add(p.partner());
          }
        });
    nodes.sort(Comparator.comparingInt(catalog.agencies()::indexOf));
    for (Agency agency : nodes) {
      dot.append("  ")
          .append(id(agency.id()))
          .append(" [label=")
          .append(id(agency.name()))
          .append("];\n");
    }
    for (Collaboration p : pairs) {
      dot.append("  ")
          .append(id(p.body().id()))
          .append(" -- ")
          .append(id(p.partner().id()))
          .append(" [weight=")
          .append(p.shared())
          .append(", label=\"")
          .append(p.shared())
          .append("\"];\n");
    }
    return dot.append("}\n").toString();
  }

  /** A DOT identifier: the value as a double-quoted string, with quotes and backslashes escaped. */
  static String id(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
