package io.github.ipplan.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ipplan.Agency;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.AgencyLevel;
import io.github.ipplan.Assignment;
import io.github.ipplan.Baseline;
import io.github.ipplan.Heading;
import io.github.ipplan.HeadingKind;
import io.github.ipplan.Indicator;
import io.github.ipplan.IndicatorKind;
import io.github.ipplan.IndicatorNature;
import io.github.ipplan.IndicatorTable;
import io.github.ipplan.Measure;
import io.github.ipplan.Notice;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.PlanStatus;
import io.github.ipplan.Project;
import io.github.ipplan.Role;
import io.github.ipplan.TargetBound;
import io.github.ipplan.internal.Quote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link PlanCatalog} from a catalog document's tree, the inverse of {@link JsonForm}:
 * bodies first, so that plans can refer to them by id, then each plan. Every error names the path
 * of the value at fault, such as {@code $.plans[0].measures[3].responsibilities[0].body}.
 */
final class CatalogReader {
  /** A catalog document that cannot be read; the message names the path at fault. */
  static final class InvalidCatalog extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidCatalog(String message) {
      super(message);
    }
  }

  private final Map<String, Agency> bodies = new HashMap<>();

  PlanCatalog catalog(JsonNode root) {
    Obj document = new Obj(root, null, "$").only("bodies", "plans");
    List<Agency> registry = new ArrayList<>();
    for (Obj body : document.objects("bodies", true)) {
      Agency agency = agency(body);
      if (bodies.putIfAbsent(agency.id(), agency) != null) {
        throw body.at("id").invalid("body " + Quote.of(agency.id()) + " is given twice");
      }
      registry.add(agency);
    }
    List<Plan> plans = new ArrayList<>();
    for (Obj plan : document.objects("plans", true)) {
      plans.add(plan(plan));
    }
    return document.build(() -> PlanCatalog.of(registry, plans));
  }

  private Agency agency(Obj node) {
    node.only(
        "id",
        "name",
        "printedNames",
        "fullName",
        "englishName",
        "englishNameDescriptive",
        "abbreviation",
        "aliases",
        "kind",
        "level",
        "publicBody",
        "successor",
        "notes");
    Agency agency =
        node.build(
            () ->
                Agency.builder()
                    .id(node.text("id"))
                    .printedNames(node.texts("printedNames"))
                    .fullName(node.optionalText("fullName"))
                    .englishName(node.text("englishName"))
                    .englishNameDescriptive(node.bool("englishNameDescriptive"))
                    .abbreviation(node.optionalText("abbreviation"))
                    .aliases(node.texts("aliases"))
                    .kind(node.word("kind", AgencyKind.class))
                    .level(node.optionalWord("level", AgencyLevel.class))
                    .successorId(node.optionalText("successor"))
                    .notes(node.texts("notes"))
                    .build());
    node.expect("name", agency.name());
    if (node.bool("publicBody") != agency.isPublicBody()) {
      throw node.at("publicBody").invalid("must be " + agency.isPublicBody() + " for this body");
    }
    return agency;
  }

  private Agency body(Obj node, String field) {
    String id = node.text(field);
    Agency agency = bodies.get(id);
    if (agency == null) {
      throw node.at(field).invalid("no body has the id " + Quote.of(id));
    }
    return agency;
  }

  private Plan plan(Obj node) {
    node.only(
        "id",
        "title",
        "documentNumber",
        "issuer",
        "issued",
        "published",
        "status",
        "period",
        "source",
        "addressees",
        "notice",
        "documentTitle",
        "preamble",
        "leadRule",
        "notes",
        "outline",
        "measures",
        "projects",
        "indicatorTable",
        "indicators");
    String id = node.text("id");
    Obj period = node.object("period").only("from", "to");
    List<Agency> addressees = new ArrayList<>();
    List<String> addresseeIds = node.texts("addressees");
    for (int i = 0; i < addresseeIds.size(); i++) {
      Agency addressee = bodies.get(addresseeIds.get(i));
      if (addressee == null) {
        throw node.at("addressees[" + i + "]")
            .invalid("no body has the id " + Quote.of(addresseeIds.get(i)));
      }
      addressees.add(addressee);
    }
    List<Heading> outline = node.objects("outline", false).stream().map(this::heading).toList();
    Plan.Builder plan =
        node.build(
            () -> {
              Plan.Builder builder = Plan.builder();
              builder
                  .id(id)
                  .title(node.text("title"))
                  .documentNumber(node.optionalText("documentNumber"))
                  .issuer(body(node, "issuer"))
                  .issued(node.date("issued"))
                  .published(node.optional("published", () -> node.date("published")))
                  .status(node.word("status", PlanStatus.class))
                  .firstYear(period.integer("from"))
                  .lastYear(period.integer("to"))
                  .source(node.optional("source", () -> node.uri("source")))
                  .notice(node.optional("notice", () -> notice(node.object("notice"))))
                  .documentTitle(node.optionalText("documentTitle"))
                  .preamble(node.texts("preamble"))
                  .leadRule(node.optionalText("leadRule"))
                  .notes(node.texts("notes"))
                  .addressees(addressees)
                  .outline(outline);
              return builder;
            });
    for (Obj measure : node.objects("measures", false)) {
      plan.addMeasures(measure(measure, id, outline));
    }
    for (Obj project : node.objects("projects", false)) {
      plan.addProjects(project(project, id, outline));
    }
    node.optional("indicatorTable", () -> indicatorTable(node.object("indicatorTable"), outline))
        .ifPresent(plan::indicatorTable);
    for (Obj indicator : node.objects("indicators", false)) {
      plan.addIndicators(indicator(indicator, id));
    }
    return node.build(plan::build);
  }

  private Notice notice(Obj node) {
    node.only(
        "title",
        "publicationLine",
        "paragraphs",
        "attachmentsHeading",
        "attachments",
        "signatory",
        "seal");
    return node.build(
        () ->
            Notice.builder()
                .title(node.optionalText("title"))
                .publicationLine(node.optionalText("publicationLine"))
                .paragraphs(node.texts("paragraphs"))
                .attachmentsHeading(node.optionalText("attachmentsHeading"))
                .attachments(node.texts("attachments"))
                .signatory(node.text("signatory"))
                .seal(node.optionalText("seal"))
                .build());
  }

  private Heading heading(Obj node) {
    node.only("kind", "numeral", "label", "title", "paragraphs", "sections");
    List<Heading> sections = node.objects("sections", false).stream().map(this::heading).toList();
    Heading usual =
        node.build(
            () ->
                Heading.builder()
                    .kind(node.word("kind", HeadingKind.class))
                    .numeral(node.text("numeral"))
                    .title(node.text("title"))
                    .paragraphs(node.texts("paragraphs"))
                    .subheadings(sections)
                    .build());
    String label = node.text("label");
    // The form writes the printed label; the value holds it only where it is not the usual one.
    return label.equals(usual.printedLabel())
        ? usual
        : node.build(() -> Heading.builder().from(usual).label(label).build());
  }

  private Measure measure(Obj node, String planId, List<Heading> outline) {
    node.only(
        "id",
        "plan",
        "number",
        "label",
        "headings",
        "title",
        "text",
        "responsibilities",
        "openEnded",
        "assignment",
        "notes");
    node.expect("plan", planId);
    List<Agency> agencies = new ArrayList<>();
    List<String> printedNames = new ArrayList<>();
    List<Obj> responsibilities = node.objects("responsibilities", false);
    for (int i = 0; i < responsibilities.size(); i++) {
      Obj responsibility = responsibilities.get(i).only("body", "printedName", "role", "position");
      if (responsibility.integer("position") != i + 1) {
        throw responsibility
            .at("position")
            .invalid("must be " + (i + 1) + ", its place in the list");
      }
      Role role = i == 0 ? Role.LEAD : Role.PARTICIPANT;
      if (responsibility.word("role", Role.class) != role) {
        throw responsibility.at("role").invalid("must be '" + JsonForm.word(role) + "'");
      }
      agencies.add(body(responsibility, "body"));
      printedNames.add(responsibility.text("printedName"));
    }
    if (node.has("openEnded") && !node.bool("openEnded")) {
      throw node.at("openEnded").invalid("is either true or left out");
    }
    Measure measure =
        node.build(
            () -> {
              Measure.Builder builder =
                  Measure.builder()
                      .planId(planId)
                      .number(node.integer("number"))
                      .label(node.optionalText("label"))
                      .headingPath(headingPath(node, outline))
                      .title(node.optionalText("title"))
                      .text(node.text("text"))
                      .openEnded(node.has("openEnded"))
                      .assignment(node.optionalWord("assignment", Assignment.class))
                      .notes(node.texts("notes"));
              if (!agencies.isEmpty()) {
                builder.responsible(agencies, printedNames);
              }
              return builder.build();
            });
    node.expect("id", measure.id());
    return measure;
  }

  private Project project(Obj node, String planId, List<Heading> outline) {
    node.only("id", "plan", "number", "title", "headings", "followsMeasure", "paragraphs", "notes");
    node.expect("plan", planId);
    Project project =
        node.build(
            () ->
                Project.builder()
                    .planId(planId)
                    .number(node.integer("number"))
                    .title(node.text("title"))
                    .headingPath(headingPath(node, outline))
                    .followsMeasure(
                        node.optional("followsMeasure", () -> node.integer("followsMeasure")))
                    .paragraphs(node.texts("paragraphs"))
                    .notes(node.texts("notes"))
                    .build());
    node.expect("id", project.id());
    return project;
  }

  private IndicatorTable indicatorTable(Obj node, List<Heading> outline) {
    node.only("title", "columns", "headings");
    return node.build(
        () ->
            IndicatorTable.builder()
                .title(node.text("title"))
                .columns(node.texts("columns"))
                .headingPath(headingPath(node, outline))
                .build());
  }

  private Indicator indicator(Obj node, String planId) {
    node.only(
        "id",
        "plan",
        "row",
        "name",
        "cell",
        "target",
        "unit",
        "targetYear",
        "kind",
        "nature",
        "source",
        "sourceName",
        "bound",
        "boundEvidence",
        "baseline",
        "notes");
    node.expect("plan", planId);
    Optional<Agency> source = node.optional("source", () -> body(node, "source"));
    Indicator usual =
        node.build(
            () ->
                Indicator.builder()
                    .planId(planId)
                    .row(node.integer("row"))
                    .name(node.text("name"))
                    .target(node.decimal("target"))
                    .unit(node.text("unit"))
                    .targetYear(node.integer("targetYear"))
                    .kind(node.word("kind", IndicatorKind.class))
                    .nature(node.word("nature", IndicatorNature.class))
                    .source(source)
                    .sourceName(node.optionalText("sourceName"))
                    .bound(node.optionalWord("bound", TargetBound.class))
                    .boundEvidence(node.optionalText("boundEvidence"))
                    .baseline(node.optional("baseline", () -> baseline(node.object("baseline"))))
                    .notes(node.texts("notes"))
                    .build());
    String cell = node.text("cell");
    // The form writes the printed cell; the value holds it only where it is not the usual one.
    Indicator indicator =
        cell.equals(usual.printedCell())
            ? usual
            : node.build(() -> Indicator.builder().from(usual).cell(cell).build());
    node.expect("id", indicator.id());
    return indicator;
  }

  private static Baseline baseline(Obj node) {
    node.only("value", "year", "evidence");
    return node.build(
        () ->
            Baseline.builder()
                .value(node.decimal("value"))
                .year(node.integer("year"))
                .evidence(node.text("evidence"))
                .build());
  }

  /** The headings a node's {@code headings} names, found in the plan's outline level by level. */
  private static List<Heading> headingPath(Obj node, List<Heading> outline) {
    List<String> names = node.texts("headings");
    List<Heading> path = new ArrayList<>();
    List<Heading> level = outline;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Heading found =
          level.stream()
              .filter(heading -> JsonForm.headingReference(heading).equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      node.at("headings[" + path.size() + "]")
                          .invalid(
                              "no heading "
                                  + Quote.of(name)
                                  + " at this level of the plan's outline"));
      path.add(found);
      level = found.subheadings();
    }
    return path;
  }
}
