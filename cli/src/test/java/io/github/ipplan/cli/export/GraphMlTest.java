package io.github.ipplan.cli.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.yaml.BundledPlans;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphMlTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<Element> elements(Document document, String name) {
    NodeList list = document.getElementsByTagNameNS(NS, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      elements.add((Element) list.item(i));
    }
    return elements;
  }

  private static Map<String, String> data(Element element) {
    Map<String, String> data = new HashMap<>();
    NodeList list = element.getElementsByTagNameNS(NS, "data");
    for (int i = 0; i < list.getLength(); i++) {
      Element item = (Element) list.item(i);
      data.put(item.getAttribute("key"), item.getTextContent());
    }
    return data;
  }

  @Test
  void exportGraphml_isAGraphMlDocument_withDeclaredKeysAndEndpoints(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("network.graphml");
    StringWriter out = new StringWriter();
    int code =
        Ipplan.run(
            CATALOG,
            new String[] {"export", "graphml", "-o", file.toString()},
            new PrintWriter(out),
            new PrintWriter(new StringWriter()));
    assertThat(code).isZero();

    byte[] bytes = Files.readAllBytes(file);
    assertThat(new String(bytes, UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    Document document = parse(bytes);
    Element root = document.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(NS);
    assertThat(root.getLocalName()).isEqualTo("graphml");
    List<Element> graphs = elements(document, "graph");
    assertThat(graphs).hasSize(1);
    assertThat(graphs.get(0).getAttribute("edgedefault")).isEqualTo("undirected");

    Map<String, String> keyDomains = new HashMap<>();
    for (Element key : elements(document, "key")) {
      assertThat(key.getParentNode()).isEqualTo(root);
      keyDomains.put(key.getAttribute("id"), key.getAttribute("for"));
    }
    assertThat(keyDomains)
        .containsEntry("name", "node")
        .containsEntry("englishName", "node")
        .containsEntry("kind", "node")
        .containsEntry("tasksLed", "node")
        .containsEntry("tasksJoined", "node")
        .containsEntry("weight", "edge")
        .containsEntry("sourceLeads", "edge")
        .containsEntry("targetLeads", "edge");

    Set<String> nodeIds = new HashSet<>();
    for (Element node : elements(document, "node")) {
      assertThat(nodeIds.add(node.getAttribute("id"))).isTrue();
      data(node).keySet().forEach(key -> assertThat(keyDomains).containsEntry(key, "node"));
    }
    List<Element> edges = elements(document, "edge");
    assertThat(edges).isNotEmpty();
    for (Element edge : edges) {
      assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
      data(edge).keySet().forEach(key -> assertThat(keyDomains).containsEntry(key, "edge"));
    }
    Set<String> named = new HashSet<>();
    CATALOG
        .plans()
        .forEach(p -> p.measures().forEach(m -> m.agencies().forEach(a -> named.add(a.id()))));
    assertThat(nodeIds).isEqualTo(named);
  }

  @Test
  void network_edgeWeights_countTheTasksNamingBoth_andWhoLeadsThem() throws Exception {
    Document document = parse(GraphMl.network(CATALOG, CATALOG.plans()).getBytes(UTF_8));
    Agency cnipa = CATALOG.agency("知识产权局").orElseThrow();
    Agency publicity = CATALOG.agency("中央宣传部").orElseThrow();
    List<Measure> both = new ArrayList<>();
    for (Plan plan : CATALOG.plans()) {
      for (Measure measure : plan.measures()) {
        List<String> printed =
            measure.responsibilities().stream().map(r -> r.agency().id()).toList();
        if (printed.contains(cnipa.id()) && printed.contains(publicity.id())) {
          both.add(measure);
        }
      }
    }
    long cnipaLeads =
        both.stream().filter(m -> m.responsibilities().get(0).agency().equals(cnipa)).count();
    long publicityLeads =
        both.stream().filter(m -> m.responsibilities().get(0).agency().equals(publicity)).count();
    assertThat(both).isNotEmpty();

    List<Map<String, String>> matches = new ArrayList<>();
    for (Element edge : elements(document, "edge")) {
      String source = edge.getAttribute("source");
      String target = edge.getAttribute("target");
      Map<String, String> data = data(edge);
      if (source.equals(cnipa.id()) && target.equals(publicity.id())) {
        matches.add(data);
      } else if (source.equals(publicity.id()) && target.equals(cnipa.id())) {
        Map<String, String> swapped = new HashMap<>(data);
        swapped.put("sourceLeads", data.get("targetLeads"));
        swapped.put("targetLeads", data.get("sourceLeads"));
        matches.add(swapped);
      }
    }
    assertThat(matches)
        .containsExactly(
            Map.of(
                "weight", Integer.toString(both.size()),
                "sourceLeads", Long.toString(cnipaLeads),
                "targetLeads", Long.toString(publicityLeads)));

    long pairs = 0;
    List<Agency> agencies = CATALOG.agencies();
    for (int i = 0; i < agencies.size(); i++) {
      for (int j = i + 1; j < agencies.size(); j++) {
        Agency a = agencies.get(i);
        Agency b = agencies.get(j);
        if (CATALOG.plans().stream()
            .flatMap(p -> p.measures().stream())
            .anyMatch(m -> m.agencies().contains(a) && m.agencies().contains(b))) {
          pairs++;
        }
      }
    }
    assertThat(elements(document, "edge")).hasSize((int) pairs);
  }

  @Test
  void network_ofNoPlans_hasTheKeysButNoNodesOrEdges() throws Exception {
    Document document = parse(GraphMl.network(CATALOG, List.of()).getBytes(UTF_8));
    assertThat(elements(document, "graph")).hasSize(1);
    assertThat(elements(document, "node")).isEmpty();
    assertThat(elements(document, "edge")).isEmpty();
    assertThat(elements(document, "key")).hasSize(8);
  }

  @Test
  void nodes_carryTheTasksEachBodyLeadsAndJoins_alsoWithoutAnEdge() throws Exception {
    Document document = parse(GraphMl.network(CATALOG, CATALOG.plans()).getBytes(UTF_8));

    Map<String, Map<String, String>> nodes = new HashMap<>();
    for (Element node : elements(document, "node")) {
      nodes.put(node.getAttribute("id"), data(node));
    }
    // 知识产权局 is printed first in 36 of the national plan's responsibility clauses.
    assertThat(nodes.get("cnipa")).containsEntry("tasksLed", "36");
    for (Agency agency : CATALOG.agencies()) {
      Map<String, String> node = nodes.get(agency.id());
      if (node != null) {
        assertThat(node)
            .as(agency.id())
            .containsEntry("tasksLed", Integer.toString(CATALOG.measuresLedBy(agency).size()))
            .containsEntry(
                "tasksJoined", Integer.toString(CATALOG.measuresWithParticipant(agency).size()));
      }
    }
  }

  @Test
  void network_isWrittenLineByLine_keysFirst_thenTheNodesInRegistryOrder() {
    String xml =
        GraphMl.network(CATALOG, List.of(CATALOG.plan("national-2021-2022").orElseThrow()));

    // 中央组织部 is the registry's first body; the national plan names it once, first (task 99).
    assertThat(xml)
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
                + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
                + "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
                + "  <key id=\"englishName\" for=\"node\" attr.name=\"englishName\""
                + " attr.type=\"string\"/>\n"
                + "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
                + "  <key id=\"tasksLed\" for=\"node\" attr.name=\"tasksLed\" attr.type=\"int\"/>\n"
                + "  <key id=\"tasksJoined\" for=\"node\" attr.name=\"tasksJoined\""
                + " attr.type=\"int\"/>\n"
                + "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
                + "  <key id=\"sourceLeads\" for=\"edge\" attr.name=\"sourceLeads\""
                + " attr.type=\"int\"/>\n"
                + "  <key id=\"targetLeads\" for=\"edge\" attr.name=\"targetLeads\""
                + " attr.type=\"int\"/>\n"
                + "  <graph id=\"collaborations\" edgedefault=\"undirected\">\n"
                + "    <node id=\"cpc-organization-department\"><data key=\"name\">中央组织部</data>"
                + "<data key=\"englishName\">Organization Department of the CPC Central Committee"
                + "</data><data key=\"kind\">party-organ</data><data key=\"tasksLed\">1</data>"
                + "<data key=\"tasksJoined\">0</data></node>\n")
        .endsWith("</edge>\n  </graph>\n</graphml>\n");
  }

  @Test
  void network_edges_areNumberedFromZero_oneLineEach_withTheirCounts() {
    String xml =
        GraphMl.network(CATALOG, List.of(CATALOG.plan("national-2021-2022").orElseThrow()));

    List<String> edges = xml.lines().filter(line -> line.startsWith("    <edge ")).toList();
    assertThat(edges).isNotEmpty();
    for (int i = 0; i < edges.size(); i++) {
      assertThat(edges.get(i))
          .startsWith("    <edge id=\"e" + i + "\" source=\"")
          .endsWith("</edge>");
    }
    // 99. …（中央组织部、知识产权局负责）
    assertThat(edges)
        .filteredOn(edge -> edge.contains("source=\"cpc-organization-department\""))
        .singleElement()
        .asString()
        .endsWith(
            " source=\"cpc-organization-department\" target=\"cnipa\"><data key=\"weight\">1"
                + "</data><data key=\"sourceLeads\">1</data><data key=\"targetLeads\">0</data>"
                + "</edge>");
  }
}
