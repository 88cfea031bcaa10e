package io.github.ipplan.cli.export;

import io.github.ipplan.Agency;
import io.github.ipplan.Collaboration;
import io.github.ipplan.Collaborations;
import io.github.ipplan.EnumWords;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The collaboration network as GraphML (http://graphml.graphdrawing.org/), for Gephi, networkx,
 * igraph and yEd: one node per body named in the plans' tasks, one undirected edge per pair of
 * bodies named in the same tasks.
 *
 * <p>Node data: {@code name}, {@code englishName}, {@code kind} (as in the JSON form), {@code
 * tasksLed} and {@code tasksJoined} (the tasks of the plans the body leads, and joins without
 * leading; a body that leads alone has no edge but its count); the node's id is the body's id. Edge
 * data: {@code weight} (the tasks the two bodies share), {@code sourceLeads} and {@code
 * targetLeads} (how many of those the edge's source, or its target, leads).
 */
public final class GraphMl {
  static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
  private static final String SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private GraphMl() {}

  /**
   * Returns the network of the plans' tasks as a GraphML document: the bodies named in some task,
   * in registry order, and one edge per pair, most shared tasks first.
   *
   * @param catalog the catalog
   * @param plans the plans
   * @return the document
   */
  public static String network(PlanCatalog catalog, List<Plan> plans) {
    Collaborations network = catalog.collaborations(plans::contains);
    List<Agency> nodes = network.bodies();
    List<Collaboration> edges = network.pairs();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.setDefaultNamespace(NAMESPACE);
      xml.writeStartElement(NAMESPACE, "graphml");
      xml.writeDefaultNamespace(NAMESPACE);
      xml.writeNamespace("xsi", XSI);
      xml.writeAttribute(XSI, "schemaLocation", NAMESPACE + " " + SCHEMA);
      key(xml, "name", "node", "string");
      key(xml, "englishName", "node", "string");
      key(xml, "kind", "node", "string");
      key(xml, "tasksLed", "node", "int");
      key(xml, "tasksJoined", "node", "int");
      key(xml, "weight", "edge", "int");
      key(xml, "sourceLeads", "edge", "int");
      key(xml, "targetLeads", "edge", "int");
      xml.writeCharacters("\n  ");
      xml.writeStartElement(NAMESPACE, "graph");
      xml.writeAttribute("id", "collaborations");
      xml.writeAttribute("edgedefault", "undirected");
      for (Agency agency : nodes) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(NAMESPACE, "node");
        xml.writeAttribute("id", agency.id());
        data(xml, "name", agency.name());
        data(xml, "englishName", agency.englishName());
        data(xml, "kind", EnumWords.word(agency.kind()));
        data(xml, "tasksLed", Integer.toString(network.tasksLed(agency)));
        data(xml, "tasksJoined", Integer.toString(network.tasksJoined(agency)));
        xml.writeEndElement();
      }
      int number = 0;
      for (Collaboration edge : edges) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(NAMESPACE, "edge");
        xml.writeAttribute("id", "e" + number++);
        xml.writeAttribute("source", edge.body().id());
        xml.writeAttribute("target", edge.partner().id());
        data(xml, "weight", Integer.toString(edge.shared()));
        data(xml, "sourceLeads", Integer.toString(edge.ledByBody()));
        data(xml, "targetLeads", Integer.toString(edge.ledByPartner()));
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Writing XML to a string cannot fail", e);
    }
    return text.toString();
  }

  private static void key(XMLStreamWriter xml, String name, String domain, String type)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeEmptyElement(NAMESPACE, "key");
    xml.writeAttribute("id", name);
    xml.writeAttribute("for", domain);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter xml, String key, String value)
      throws XMLStreamException {
    xml.writeStartElement(NAMESPACE, "data");
    xml.writeAttribute("key", key);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }
}
