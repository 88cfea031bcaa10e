package io.github.ipplan.yaml;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.Agency;
import io.github.ipplan.Assignment;
import io.github.ipplan.Heading;
import io.github.ipplan.HeadingKind;
import io.github.ipplan.Indicator;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.Project;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes plans and registries in the YAML format {@link PlanLoader} reads (see the README's
 * "Loading your own plan"). The output is stable: the same plan gives the same text, keys in the
 * documented order, and loading it gives an equal plan.
 *
 * <pre>{@code
 * String yaml = PlanWriter.write(catalog.plan("national-2021-2022").orElseThrow());
 * }</pre>
 *
 * <p>A measure's bodies and an indicator's source are written by the names the plan prints; issuers
 * and addressees by their usual {@link Agency#name() name}. Text with characters YAML cannot print
 * plainly is written in double quotes with escapes. Text holding a character the loader refuses (a
 * control character other than tab and line feed, a noncharacter such as U+FFFE, or an unpaired
 * surrogate) is refused with {@link IllegalArgumentException}, so that what is written always loads
 * back.
 *
 * <p>This class is thread-safe: any number of threads may write at once.
 */
public final class PlanWriter {
  private PlanWriter() {}

  /**
   * Writes a plan.
   *
   * @param plan the plan
   * @return the YAML text, ending in a line break
   * @throws IllegalArgumentException if the plan has a shape the format cannot hold: an outline
   *     mixing parts and chapters, headings nested below sections, a project outside a section, or
   *     measures in an order other than the outline's (measures outside any heading first, then for
   *     each part or chapter its own measures and then its sections' measures)
   */
  public static String write(Plan plan) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("id", plan.id());
    root.put("title", plan.title());
    plan.documentNumber().ifPresent(number -> root.put("document-number", number));
    root.put("issuer", plan.issuer().name());
    root.put("issued", plan.issued());
    plan.published().ifPresent(date -> root.put("published", date));
    root.put("status", Words.word(plan.status()));
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("from", plan.firstYear());
    period.put("to", plan.lastYear());
    root.put("period", new Flow<>(period));
    plan.source().ifPresent(uri -> root.put("source", uri.toString()));
    if (!plan.addressees().isEmpty()) {
      root.put("addressees", flowNames(plan.addressees()));
    }
    plan.notice()
        .ifPresent(
            notice -> {
              Map<String, Object> entry = new LinkedHashMap<>();
              notice.title().ifPresent(title -> entry.put("title", title));
              notice.publicationLine().ifPresent(line -> entry.put("publication-line", line));
              entry.put("paragraphs", notice.paragraphs());
              notice
                  .attachmentsHeading()
                  .ifPresent(heading -> entry.put("attachments-heading", heading));
              putIfNotEmpty(entry, "attachments", notice.attachments());
              entry.put("signatory", notice.signatory());
              notice.seal().ifPresent(seal -> entry.put("seal", seal));
              root.put("notice", entry);
            });
    plan.documentTitle().ifPresent(title -> root.put("document-title", title));
    putIfNotEmpty(root, "preamble", plan.preamble());
    plan.leadRule().ifPresent(rule -> root.put("lead-rule", rule));
    putIfNotEmpty(root, "notes", plan.notes());
    if (!plan.indicators().isEmpty()) {
      root.put("indicators", plan.indicators().stream().map(PlanWriter::indicator).toList());
    }

    List<Measure> written = new ArrayList<>();
    List<Measure> outside = under(plan, ImmutableList.of());
    if (!outside.isEmpty()) {
      root.put("measures", measures(outside, written));
    }
    List<Map<String, Object>> headings = new ArrayList<>();
    HeadingKind kind = plan.outline().isEmpty() ? HeadingKind.PART : plan.outline().get(0).kind();
    for (Heading top : plan.outline()) {
      checkArgument(
          top.kind() == kind && kind != HeadingKind.SECTION,
          "Plan '%s' cannot be written: its outline mixes %s and %s",
          plan.id(),
          kind,
          top.kind());
      Map<String, Object> heading = heading(top);
      putTable(plan, heading, ImmutableList.of(top));
      List<Measure> direct = under(plan, ImmutableList.of(top));
      if (!direct.isEmpty()) {
        heading.put("measures", measures(direct, written));
      }
      List<Map<String, Object>> sections = new ArrayList<>();
      for (Heading section : top.subheadings()) {
        checkArgument(
            section.kind() == HeadingKind.SECTION && section.subheadings().isEmpty(),
            "Plan '%s' cannot be written: heading %s %s is not a plain section",
            plan.id(),
            section.numeral(),
            section.title());
        Map<String, Object> entry = heading(section);
        ImmutableList<Heading> path = ImmutableList.of(top, section);
        putTable(plan, entry, path);
        List<Measure> inSection = under(plan, path);
        if (!inSection.isEmpty()) {
          entry.put("measures", measures(inSection, written));
        }
        List<Project> projects =
            plan.projects().stream().filter(project -> project.headingPath().equals(path)).toList();
        if (!projects.isEmpty()) {
          entry.put("projects", projects.stream().map(PlanWriter::project).toList());
        }
        sections.add(entry);
      }
      if (!sections.isEmpty()) {
        heading.put("sections", sections);
      }
      headings.add(heading);
    }
    checkArgument(
        written.equals(plan.measures()),
        "Plan '%s' cannot be written: its measures are not in outline order",
        plan.id());
    checkArgument(
        plan.projects().stream().allMatch(project -> project.headingPath().size() == 2),
        "Plan '%s' cannot be written: a project sits outside a section",
        plan.id());
    checkArgument(
        plan.indicatorTable().map(table -> !table.headingPath().isEmpty()).orElse(true),
        "Plan '%s' cannot be written: its indicator table sits outside the outline",
        plan.id());
    if (!headings.isEmpty()) {
      root.put(kind == HeadingKind.CHAPTER ? "chapters" : "parts", headings);
    }
    return dump(root);
  }

  /** Writes a tree of maps, lists, text, numbers, dates and {@link #flow} values as YAML. */
  static String dump(Map<String, Object> root) {
    return yaml().dump(root);
  }

  /** Marks a list or map to be written in flow style, such as {@code [a, b]}. */
  static Object flow(Object value) {
    return new Flow<>(value);
  }

  /**
   * Writes a registry of bodies.
   *
   * @param agencies the bodies, in the order to write them
   * @return the YAML text, ending in a line break
   */
  public static String writeRegistry(Collection<Agency> agencies) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Agency agency : agencies) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", agency.id());
      entry.put("printed", new Flow<>(agency.printedNames()));
      agency.fullName().ifPresent(name -> entry.put("full-name", name));
      entry.put("english", agency.englishName());
      if (agency.englishNameDescriptive()) {
        entry.put("english-descriptive", true);
      }
      agency.abbreviation().ifPresent(abbreviation -> entry.put("abbreviation", abbreviation));
      if (!agency.aliases().isEmpty()) {
        entry.put("aliases", new Flow<>(agency.aliases()));
      }
      entry.put("kind", Words.word(agency.kind()));
      agency.level().ifPresent(level -> entry.put("level", Words.word(level)));
      agency.successorId().ifPresent(successor -> entry.put("successor", successor));
      putIfNotEmpty(entry, "notes", agency.notes());
      entries.add(entry);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("agencies", entries);
    return yaml().dump(root);
  }

  private static List<Measure> under(Plan plan, ImmutableList<Heading> path) {
    return plan.measures().stream().filter(m -> m.headingPath().equals(path)).toList();
  }

  private static List<Map<String, Object>> measures(List<Measure> measures, List<Measure> written) {
    written.addAll(measures);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Measure measure : measures) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("number", measure.number());
      measure.label().ifPresent(label -> entry.put("label", label));
      measure.title().ifPresent(title -> entry.put("title", title));
      entry.put("text", measure.text());
      if (!measure.responsibilities().isEmpty()) {
        entry.put("responsible", new Flow<>(measure.printedNames()));
      }
      if (measure.openEnded()) {
        entry.put("open-ended", true);
      }
      measure
          .assignment()
          .filter(assignment -> assignment != Assignment.JOINT)
          .ifPresent(assignment -> entry.put("assignment", Words.word(assignment)));
      putIfNotEmpty(entry, "notes", measure.notes());
      entries.add(entry);
    }
    return entries;
  }

  private static Map<String, Object> project(Project project) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("number", project.number());
    entry.put("title", project.title());
    project.followsMeasure().ifPresent(number -> entry.put("follows-measure", number));
    entry.put("paragraphs", project.paragraphs());
    putIfNotEmpty(entry, "notes", project.notes());
    return entry;
  }

  private static Map<String, Object> indicator(Indicator indicator) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", indicator.name());
    indicator.cell().ifPresent(cell -> entry.put("cell", cell));
    entry.put("target", indicator.target());
    entry.put("unit", indicator.unit());
    entry.put("year", indicator.targetYear());
    entry.put("kind", Words.word(indicator.kind()));
    entry.put("nature", Words.word(indicator.nature()));
    indicator.sourceName().ifPresent(name -> entry.put("source", name));
    indicator.bound().ifPresent(bound -> entry.put("bound", Words.word(bound)));
    indicator.boundEvidence().ifPresent(evidence -> entry.put("bound-evidence", evidence));
    indicator
        .baseline()
        .ifPresent(
            baseline -> {
              Map<String, Object> value = new LinkedHashMap<>();
              value.put("value", baseline.value());
              value.put("year", baseline.year());
              value.put("evidence", baseline.evidence());
              entry.put("baseline", value);
            });
    putIfNotEmpty(entry, "notes", indicator.notes());
    return entry;
  }

  private static Map<String, Object> heading(Heading heading) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("numeral", heading.numeral());
    heading.label().ifPresent(label -> entry.put("label", label));
    entry.put("title", heading.title());
    putIfNotEmpty(entry, "paragraphs", heading.paragraphs());
    return entry;
  }

  private static void putTable(Plan plan, Map<String, Object> entry, ImmutableList<Heading> path) {
    plan.indicatorTable()
        .filter(table -> table.headingPath().equals(path))
        .ifPresent(
            table -> {
              Map<String, Object> value = new LinkedHashMap<>();
              value.put("title", table.title());
              value.put("columns", new Flow<>(table.columns()));
              entry.put("indicator-table", value);
            });
  }

  private static Flow<List<String>> flowNames(List<Agency> agencies) {
    return new Flow<>(agencies.stream().map(Agency::name).toList());
  }

  private static void putIfNotEmpty(Map<String, Object> entry, String key, List<String> values) {
    if (!values.isEmpty()) {
      entry.put(key, values);
    }
  }

  /** A value to write in flow style, such as {@code [a, b]}. */
  private record Flow<T>(T value) {}

  /**
   * A new dumper for each call: SnakeYAML's dumper keeps state while it writes, so one shared
   * dumper would mix up documents written from several threads at once.
   */
  private static Yaml yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setAllowUnicode(true);
    options.setSplitLines(false);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    return new Yaml(new WriterRepresenter(options), options);
  }

  /**
   * Represents dates as YAML dates, decimals exactly, {@link Flow} values in flow style, and text
   * only where it holds no character the loader refuses (SnakeYAML would write such text as {@code
   * !!binary}, which is not text).
   */
  private static final class WriterRepresenter extends Representer {
    WriterRepresenter(DumperOptions options) {
      super(options);
      Represent plainText = this.representers.get(String.class);
      this.representers.put(
          String.class,
          data -> {
            String text = (String) data;
            int forbidden = Texts.firstForbidden(text);
            if (forbidden >= 0) {
              throw new IllegalArgumentException(
                  String.format(
                      "Text cannot be written: it holds "
                          + "U+%04X, which a plan's text may not hold (a control character, a noncharacter "
                          + "or an unpaired surrogate): %s",
                      text.codePointAt(forbidden), Quote.of(text)));
            }
            return plainText.representData(text);
          });
      this.representers.put(
          LocalDate.class, data -> representScalar(Tag.TIMESTAMP, data.toString()));
      this.representers.put(
          BigDecimal.class,
          data -> {
            String text = ((BigDecimal) data).toPlainString();
            return representScalar(text.contains(".") ? Tag.FLOAT : Tag.INT, text);
          });
      Represent flow =
          data -> {
            Object value = ((Flow<?>) data).value();
            return value instanceof Map<?, ?> map
                ? representMapping(Tag.MAP, map, DumperOptions.FlowStyle.FLOW)
                : representSequence(Tag.SEQ, (Iterable<?>) value, DumperOptions.FlowStyle.FLOW);
          };
      this.representers.put(Flow.class, flow);
    }
  }
}
