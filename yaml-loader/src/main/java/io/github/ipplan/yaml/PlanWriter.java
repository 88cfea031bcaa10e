package io.github.ipplan.yaml;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.ipplan.yaml.PlanKeys.ABBREVIATION;
import static io.github.ipplan.yaml.PlanKeys.ADDRESSEES;
import static io.github.ipplan.yaml.PlanKeys.AGENCIES;
import static io.github.ipplan.yaml.PlanKeys.ALIASES;
import static io.github.ipplan.yaml.PlanKeys.ASSIGNMENT;
import static io.github.ipplan.yaml.PlanKeys.ATTACHMENTS;
import static io.github.ipplan.yaml.PlanKeys.ATTACHMENTS_HEADING;
import static io.github.ipplan.yaml.PlanKeys.BASELINE;
import static io.github.ipplan.yaml.PlanKeys.BOUND;
import static io.github.ipplan.yaml.PlanKeys.BOUND_EVIDENCE;
import static io.github.ipplan.yaml.PlanKeys.CELL;
import static io.github.ipplan.yaml.PlanKeys.CHAPTERS;
import static io.github.ipplan.yaml.PlanKeys.COLUMNS;
import static io.github.ipplan.yaml.PlanKeys.DOCUMENT_NUMBER;
import static io.github.ipplan.yaml.PlanKeys.DOCUMENT_TITLE;
import static io.github.ipplan.yaml.PlanKeys.ENGLISH;
import static io.github.ipplan.yaml.PlanKeys.ENGLISH_DESCRIPTIVE;
import static io.github.ipplan.yaml.PlanKeys.EVIDENCE;
import static io.github.ipplan.yaml.PlanKeys.FOLLOWS_MEASURE;
import static io.github.ipplan.yaml.PlanKeys.FROM;
import static io.github.ipplan.yaml.PlanKeys.FULL_NAME;
import static io.github.ipplan.yaml.PlanKeys.ID;
import static io.github.ipplan.yaml.PlanKeys.INDICATORS;
import static io.github.ipplan.yaml.PlanKeys.INDICATOR_TABLE;
import static io.github.ipplan.yaml.PlanKeys.ISSUED;
import static io.github.ipplan.yaml.PlanKeys.ISSUER;
import static io.github.ipplan.yaml.PlanKeys.KIND;
import static io.github.ipplan.yaml.PlanKeys.LABEL;
import static io.github.ipplan.yaml.PlanKeys.LEAD_RULE;
import static io.github.ipplan.yaml.PlanKeys.LEVEL;
import static io.github.ipplan.yaml.PlanKeys.MEASURES;
import static io.github.ipplan.yaml.PlanKeys.NAME;
import static io.github.ipplan.yaml.PlanKeys.NATURE;
import static io.github.ipplan.yaml.PlanKeys.NOTES;
import static io.github.ipplan.yaml.PlanKeys.NOTICE;
import static io.github.ipplan.yaml.PlanKeys.NUMBER;
import static io.github.ipplan.yaml.PlanKeys.NUMERAL;
import static io.github.ipplan.yaml.PlanKeys.OPEN_ENDED;
import static io.github.ipplan.yaml.PlanKeys.PARAGRAPHS;
import static io.github.ipplan.yaml.PlanKeys.PARTS;
import static io.github.ipplan.yaml.PlanKeys.PERIOD;
import static io.github.ipplan.yaml.PlanKeys.PREAMBLE;
import static io.github.ipplan.yaml.PlanKeys.PRINTED;
import static io.github.ipplan.yaml.PlanKeys.PROJECTS;
import static io.github.ipplan.yaml.PlanKeys.PUBLICATION_LINE;
import static io.github.ipplan.yaml.PlanKeys.PUBLISHED;
import static io.github.ipplan.yaml.PlanKeys.RESPONSIBLE;
import static io.github.ipplan.yaml.PlanKeys.SEAL;
import static io.github.ipplan.yaml.PlanKeys.SECTIONS;
import static io.github.ipplan.yaml.PlanKeys.SIGNATORY;
import static io.github.ipplan.yaml.PlanKeys.SOURCE;
import static io.github.ipplan.yaml.PlanKeys.STATUS;
import static io.github.ipplan.yaml.PlanKeys.SUCCESSOR;
import static io.github.ipplan.yaml.PlanKeys.TARGET;
import static io.github.ipplan.yaml.PlanKeys.TEXT;
import static io.github.ipplan.yaml.PlanKeys.TITLE;
import static io.github.ipplan.yaml.PlanKeys.TO;
import static io.github.ipplan.yaml.PlanKeys.UNIT;
import static io.github.ipplan.yaml.PlanKeys.VALUE;
import static io.github.ipplan.yaml.PlanKeys.YEAR;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.Agency;
import io.github.ipplan.Assignment;
import io.github.ipplan.Heading;
import io.github.ipplan.HeadingKind;
import io.github.ipplan.Indicator;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.Project;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    root.put(ID, plan.id());
    root.put(TITLE, plan.title());
    plan.documentNumber().ifPresent(number -> root.put(DOCUMENT_NUMBER, number));
    root.put(ISSUER, plan.issuer().name());
    root.put(ISSUED, plan.issued());
    plan.published().ifPresent(date -> root.put(PUBLISHED, date));
    root.put(STATUS, Words.word(plan.status()));
    Map<String, Object> period = new LinkedHashMap<>();
    period.put(FROM, plan.firstYear());
    period.put(TO, plan.lastYear());
    root.put(PERIOD, new YamlDump.Flow<>(period));
    plan.source().ifPresent(uri -> root.put(SOURCE, uri.toString()));
    if (!plan.addressees().isEmpty()) {
      root.put(ADDRESSEES, flowNames(plan.addressees()));
    }
    plan.notice()
        .ifPresent(
            notice -> {
              Map<String, Object> entry = new LinkedHashMap<>();
              notice.title().ifPresent(title -> entry.put(TITLE, title));
              notice.publicationLine().ifPresent(line -> entry.put(PUBLICATION_LINE, line));
              entry.put(PARAGRAPHS, notice.paragraphs());
              notice
                  .attachmentsHeading()
                  .ifPresent(heading -> entry.put(ATTACHMENTS_HEADING, heading));
              putIfNotEmpty(entry, ATTACHMENTS, notice.attachments());
              entry.put(SIGNATORY, notice.signatory());
              notice.seal().ifPresent(seal -> entry.put(SEAL, seal));
              root.put(NOTICE, entry);
            });
    plan.documentTitle().ifPresent(title -> root.put(DOCUMENT_TITLE, title));
    putIfNotEmpty(root, PREAMBLE, plan.preamble());
    plan.leadRule().ifPresent(rule -> root.put(LEAD_RULE, rule));
    putIfNotEmpty(root, NOTES, plan.notes());
    if (!plan.indicators().isEmpty()) {
      root.put(INDICATORS, plan.indicators().stream().map(PlanWriter::indicator).toList());
    }

    List<Measure> written = new ArrayList<>();
    List<Measure> outside = under(plan, ImmutableList.of());
    if (!outside.isEmpty()) {
      root.put(MEASURES, measures(outside, written));
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
        heading.put(MEASURES, measures(direct, written));
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
          entry.put(MEASURES, measures(inSection, written));
        }
        List<Project> projects =
            plan.projects().stream().filter(project -> project.headingPath().equals(path)).toList();
        if (!projects.isEmpty()) {
          entry.put(PROJECTS, projects.stream().map(PlanWriter::project).toList());
        }
        sections.add(entry);
      }
      if (!sections.isEmpty()) {
        heading.put(SECTIONS, sections);
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
      root.put(kind == HeadingKind.CHAPTER ? CHAPTERS : PARTS, headings);
    }
    return YamlDump.dump(root);
  }

  /**
   * Writes an importer's draft, with the same keys in the same order as {@link #write(Plan)}; the
   * values the copy does not give are left out, for the user to fill in.
   */
  static String write(Draft draft) {
    Draft.Metadata meta = draft.meta;
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(ID, draft.id);
    putIfPresent(root, TITLE, meta.title);
    putIfPresent(root, DOCUMENT_NUMBER, meta.documentNumber);
    putIfPresent(root, ISSUER, meta.issuer);
    putIfPresent(root, ISSUED, meta.issued);
    putIfPresent(root, PUBLISHED, meta.published);
    putIfPresent(root, STATUS, meta.status);
    if (meta.from != null) {
      Map<String, Object> period = new LinkedHashMap<>();
      period.put(FROM, meta.from);
      period.put(TO, meta.to);
      root.put(PERIOD, new YamlDump.Flow<>(period));
    }
    putIfPresent(root, SOURCE, meta.source);
    if (!meta.addressees.isEmpty()) {
      root.put(ADDRESSEES, new YamlDump.Flow<>(meta.addressees));
    }
    Draft.Notice notice = draft.notice;
    if (notice != null) {
      Map<String, Object> entry = new LinkedHashMap<>();
      putIfPresent(entry, TITLE, notice.title);
      putIfPresent(entry, PUBLICATION_LINE, notice.publicationLine);
      entry.put(PARAGRAPHS, notice.paragraphs);
      putIfPresent(entry, ATTACHMENTS_HEADING, notice.attachmentsHeading);
      putIfNotEmpty(entry, ATTACHMENTS, notice.attachments);
      entry.put(SIGNATORY, notice.signatory);
      putIfPresent(entry, SEAL, notice.seal);
      root.put(NOTICE, entry);
    }
    putIfPresent(root, DOCUMENT_TITLE, draft.documentTitle);
    putIfNotEmpty(root, PREAMBLE, draft.preamble);
    putIfPresent(root, LEAD_RULE, draft.leadRule);
    putIfNotEmpty(root, NOTES, draft.plan.notes);
    if (!draft.indicators.isEmpty()) {
      root.put(INDICATORS, draft.indicators.stream().map(PlanWriter::indicator).toList());
    }
    if (!draft.measures.isEmpty()) {
      root.put(MEASURES, draft.measures.stream().map(PlanWriter::measure).toList());
    }
    if (!draft.headings.isEmpty()) {
      root.put(
          draft.chapters ? CHAPTERS : PARTS,
          draft.headings.stream().map(PlanWriter::heading).toList());
    }
    return YamlDump.dump(root);
  }

  private static Map<String, Object> heading(Draft.Heading heading) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(NUMERAL, heading.numeral);
    putIfPresent(entry, LABEL, heading.label);
    entry.put(TITLE, heading.title);
    putIfNotEmpty(entry, PARAGRAPHS, heading.paragraphs);
    if (heading.table != null) {
      Map<String, Object> table = new LinkedHashMap<>();
      table.put(TITLE, heading.table.title());
      table.put(COLUMNS, new YamlDump.Flow<>(heading.table.columns()));
      entry.put(INDICATOR_TABLE, table);
    }
    if (!heading.measures.isEmpty()) {
      entry.put(MEASURES, heading.measures.stream().map(PlanWriter::measure).toList());
    }
    if (!heading.sections.isEmpty()) {
      entry.put(SECTIONS, heading.sections.stream().map(PlanWriter::heading).toList());
    }
    if (!heading.projects.isEmpty()) {
      entry.put(PROJECTS, heading.projects.stream().map(PlanWriter::project).toList());
    }
    return entry;
  }

  private static Map<String, Object> measure(Draft.Measure measure) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(NUMBER, measure.number);
    putIfPresent(entry, LABEL, measure.label);
    putIfPresent(entry, TITLE, measure.title);
    entry.put(TEXT, measure.text);
    if (!measure.responsible.isEmpty()) {
      entry.put(RESPONSIBLE, new YamlDump.Flow<>(measure.responsible));
    }
    if (measure.openEnded) {
      entry.put(OPEN_ENDED, true);
    }
    putIfPresent(entry, ASSIGNMENT, measure.assignment);
    putIfNotEmpty(entry, NOTES, measure.notes);
    return entry;
  }

  private static Map<String, Object> project(Draft.Project project) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(NUMBER, project.number);
    entry.put(TITLE, project.title);
    putIfPresent(entry, FOLLOWS_MEASURE, project.followsMeasure);
    entry.put(PARAGRAPHS, project.paragraphs);
    putIfNotEmpty(entry, NOTES, project.notes);
    return entry;
  }

  private static Map<String, Object> indicator(Draft.Indicator indicator) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(NAME, indicator.name);
    putIfPresent(entry, CELL, indicator.cell);
    entry.put(TARGET, indicator.target);
    entry.put(UNIT, indicator.unit);
    putIfPresent(entry, YEAR, indicator.year);
    entry.put(KIND, indicator.kind);
    entry.put(NATURE, indicator.nature);
    putIfPresent(entry, SOURCE, indicator.source);
    putIfNotEmpty(entry, NOTES, indicator.notes);
    return entry;
  }

  private static void putIfPresent(Map<String, Object> entry, String key, Object value) {
    if (value != null) {
      entry.put(key, value);
    }
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
      entry.put(ID, agency.id());
      entry.put(PRINTED, new YamlDump.Flow<>(agency.printedNames()));
      agency.fullName().ifPresent(name -> entry.put(FULL_NAME, name));
      entry.put(ENGLISH, agency.englishName());
      if (agency.englishNameDescriptive()) {
        entry.put(ENGLISH_DESCRIPTIVE, true);
      }
      agency.abbreviation().ifPresent(abbreviation -> entry.put(ABBREVIATION, abbreviation));
      if (!agency.aliases().isEmpty()) {
        entry.put(ALIASES, new YamlDump.Flow<>(agency.aliases()));
      }
      entry.put(KIND, Words.word(agency.kind()));
      agency.level().ifPresent(level -> entry.put(LEVEL, Words.word(level)));
      agency.successorId().ifPresent(successor -> entry.put(SUCCESSOR, successor));
      putIfNotEmpty(entry, NOTES, agency.notes());
      entries.add(entry);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(AGENCIES, entries);
    return YamlDump.dump(root);
  }

  private static List<Measure> under(Plan plan, ImmutableList<Heading> path) {
    return plan.measures().stream().filter(m -> m.headingPath().equals(path)).toList();
  }

  private static List<Map<String, Object>> measures(List<Measure> measures, List<Measure> written) {
    written.addAll(measures);
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Measure measure : measures) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put(NUMBER, measure.number());
      measure.label().ifPresent(label -> entry.put(LABEL, label));
      measure.title().ifPresent(title -> entry.put(TITLE, title));
      entry.put(TEXT, measure.text());
      if (!measure.responsibilities().isEmpty()) {
        entry.put(RESPONSIBLE, new YamlDump.Flow<>(measure.printedNames()));
      }
      if (measure.openEnded()) {
        entry.put(OPEN_ENDED, true);
      }
      measure
          .assignment()
          .filter(assignment -> assignment != Assignment.JOINT)
          .ifPresent(assignment -> entry.put(ASSIGNMENT, Words.word(assignment)));
      putIfNotEmpty(entry, NOTES, measure.notes());
      entries.add(entry);
    }
    return entries;
  }

  private static Map<String, Object> project(Project project) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(NUMBER, project.number());
    entry.put(TITLE, project.title());
    project.followsMeasure().ifPresent(number -> entry.put(FOLLOWS_MEASURE, number));
    entry.put(PARAGRAPHS, project.paragraphs());
    putIfNotEmpty(entry, NOTES, project.notes());
    return entry;
  }

  private static Map<String, Object> indicator(Indicator indicator) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(NAME, indicator.name());
    indicator.cell().ifPresent(cell -> entry.put(CELL, cell));
    entry.put(TARGET, indicator.target());
    entry.put(UNIT, indicator.unit());
    entry.put(YEAR, indicator.targetYear());
    entry.put(KIND, Words.word(indicator.kind()));
    entry.put(NATURE, Words.word(indicator.nature()));
    indicator.sourceName().ifPresent(name -> entry.put(SOURCE, name));
    indicator.bound().ifPresent(bound -> entry.put(BOUND, Words.word(bound)));
    indicator.boundEvidence().ifPresent(evidence -> entry.put(BOUND_EVIDENCE, evidence));
    indicator
        .baseline()
        .ifPresent(
            baseline -> {
              Map<String, Object> value = new LinkedHashMap<>();
              value.put(VALUE, baseline.value());
              value.put(YEAR, baseline.year());
              value.put(EVIDENCE, baseline.evidence());
              entry.put(BASELINE, value);
            });
    putIfNotEmpty(entry, NOTES, indicator.notes());
    return entry;
  }

  private static Map<String, Object> heading(Heading heading) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(NUMERAL, heading.numeral());
    heading.label().ifPresent(label -> entry.put(LABEL, label));
    entry.put(TITLE, heading.title());
    putIfNotEmpty(entry, PARAGRAPHS, heading.paragraphs());
    return entry;
  }

  private static void putTable(Plan plan, Map<String, Object> entry, ImmutableList<Heading> path) {
    plan.indicatorTable()
        .filter(table -> table.headingPath().equals(path))
        .ifPresent(
            table -> {
              Map<String, Object> value = new LinkedHashMap<>();
              value.put(TITLE, table.title());
              value.put(COLUMNS, new YamlDump.Flow<>(table.columns()));
              entry.put(INDICATOR_TABLE, value);
            });
  }

  private static YamlDump.Flow<List<String>> flowNames(List<Agency> agencies) {
    return new YamlDump.Flow<>(agencies.stream().map(Agency::name).toList());
  }

  private static void putIfNotEmpty(Map<String, Object> entry, String key, List<String> values) {
    if (!values.isEmpty()) {
      entry.put(key, values);
    }
  }
}
