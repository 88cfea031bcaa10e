package io.github.ipplan.yaml;

import io.github.ipplan.Agency;
import io.github.ipplan.Baseline;
import io.github.ipplan.Heading;
import io.github.ipplan.Indicator;
import io.github.ipplan.IndicatorTable;
import io.github.ipplan.Measure;
import io.github.ipplan.Notice;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.Project;
import io.github.ipplan.Responsibility;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Writes a catalog in the compiled form that {@link CatalogReader} reads: the same bytes for the
 * same catalog, every time. The format is private to this module and described in {@link
 * CompiledCatalog}.
 */
final class CatalogWriter {
  /** Every string written, in the order first met, with its index. */
  private final Map<String, Integer> strings = new LinkedHashMap<>();

  private final ByteArrayOutputStream values = new ByteArrayOutputStream();
  private final Map<String, Integer> agencyIndex = new HashMap<>();

  private CatalogWriter() {}

  /** Returns the compiled form of a catalog. */
  static byte[] write(PlanCatalog catalog) {
    CatalogWriter writer = new CatalogWriter();
    writer.catalog(catalog);
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    varint(payload, writer.strings.size());
    for (String string : writer.strings.keySet()) {
      byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
      varint(payload, utf8.length);
      payload.writeBytes(utf8);
    }
    payload.writeBytes(writer.values.toByteArray());
    byte[] body = payload.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(body);
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + CompiledCatalog.HEADER);
    out.writeBytes(CompiledCatalog.MAGIC);
    int32(out, CompiledCatalog.VERSION);
    int32(out, body.length);
    int32(out, (int) crc.getValue());
    out.writeBytes(body);
    return out.toByteArray();
  }

  private void catalog(PlanCatalog catalog) {
    List<Agency> agencies = catalog.agencies();
    count(agencies);
    for (int i = 0; i < agencies.size(); i++) {
      agencyIndex.put(agencies.get(i).id(), i);
      agency(agencies.get(i));
    }
    count(catalog.plans());
    catalog.plans().forEach(this::plan);
  }

  private void agency(Agency agency) {
    string(agency.id());
    optional(agency.fullName());
    strings(agency.printedNames());
    string(agency.englishName());
    bool(agency.englishNameDescriptive());
    optional(agency.abbreviation());
    strings(agency.aliases());
    string(agency.kind().name());
    optional(agency.level().map(Enum::name));
    optional(agency.successorId());
    strings(agency.notes());
  }

  private void plan(Plan plan) {
    string(plan.id());
    string(plan.title());
    agencyRef(plan.issuer());
    optional(plan.documentNumber());
    date(plan.issued());
    bool(plan.published().isPresent());
    plan.published().ifPresent(this::date);
    string(plan.status().name());
    number(plan.firstYear());
    number(plan.lastYear());
    optional(plan.source().map(Object::toString));
    bool(plan.notice().isPresent());
    plan.notice().ifPresent(this::notice);
    optional(plan.documentTitle());
    strings(plan.preamble());
    bool(plan.indicatorTable().isPresent());
    plan.indicatorTable().ifPresent(table -> indicatorTable(table, plan.outline()));
    count(plan.addressees());
    plan.addressees().forEach(this::agencyRef);
    headings(plan.outline());
    count(plan.measures());
    plan.measures().forEach(measure -> measure(measure, plan.outline()));
    count(plan.projects());
    plan.projects().forEach(project -> project(project, plan.outline()));
    count(plan.indicators());
    plan.indicators().forEach(this::indicator);
    optional(plan.leadRule());
    strings(plan.notes());
  }

  private void notice(Notice notice) {
    optional(notice.title());
    optional(notice.publicationLine());
    strings(notice.paragraphs());
    optional(notice.attachmentsHeading());
    strings(notice.attachments());
    string(notice.signatory());
    optional(notice.seal());
  }

  private void indicatorTable(IndicatorTable table, List<Heading> outline) {
    string(table.title());
    strings(table.columns());
    headingPath(table.headingPath(), outline);
  }

  private void headings(List<Heading> headings) {
    count(headings);
    for (Heading heading : headings) {
      string(heading.kind().name());
      string(heading.numeral());
      string(heading.title());
      optional(heading.label());
      strings(heading.paragraphs());
      headings(heading.subheadings());
    }
  }

  /** A heading path as the place of each heading among its level's headings. */
  private void headingPath(List<Heading> path, List<Heading> outline) {
    count(path);
    List<Heading> level = outline;
    for (Heading heading : path) {
      int place = level.indexOf(heading);
      if (place < 0) {
        throw new IllegalArgumentException("A heading path leaves the outline at " + heading);
      }
      number(place);
      level = heading.subheadings();
    }
  }

  private void measure(Measure measure, List<Heading> outline) {
    number(measure.number());
    headingPath(measure.headingPath(), outline);
    optional(measure.title());
    optional(measure.label());
    string(measure.text());
    count(measure.responsibilities());
    for (Responsibility responsibility : measure.responsibilities()) {
      agencyRef(responsibility.agency());
      string(responsibility.printedName());
    }
    bool(measure.openEnded());
    optional(measure.assignment().map(Enum::name));
    strings(measure.notes());
  }

  private void project(Project project, List<Heading> outline) {
    number(project.number());
    string(project.title());
    strings(project.paragraphs());
    headingPath(project.headingPath(), outline);
    number(project.followsMeasure().map(follows -> follows + 1).orElse(0));
    strings(project.notes());
  }

  private void indicator(Indicator indicator) {
    number(indicator.row());
    string(indicator.name());
    optional(indicator.cell());
    string(indicator.target().toString());
    string(indicator.unit());
    number(indicator.targetYear());
    string(indicator.kind().name());
    string(indicator.nature().name());
    optional(indicator.bound().map(Enum::name));
    optional(indicator.boundEvidence());
    bool(indicator.source().isPresent());
    indicator.source().ifPresent(this::agencyRef);
    optional(indicator.sourceName());
    bool(indicator.baseline().isPresent());
    indicator.baseline().ifPresent(this::baseline);
    strings(indicator.notes());
  }

  private void baseline(Baseline baseline) {
    string(baseline.value().toString());
    number(baseline.year());
    string(baseline.evidence());
  }

  private void date(LocalDate date) {
    number(date.getYear());
    number(date.getMonthValue());
    number(date.getDayOfMonth());
  }

  private void agencyRef(Agency agency) {
    Integer index = agencyIndex.get(agency.id());
    if (index == null) {
      throw new IllegalArgumentException("A plan names a body not in the registry: " + agency);
    }
    number(index);
  }

  private void strings(List<String> list) {
    count(list);
    list.forEach(this::string);
  }

  private void string(String string) {
    number(index(string));
  }

  private int index(String string) {
    Integer index = strings.get(string);
    if (index == null) {
      index = strings.size();
      strings.put(string, index);
    }
    return index;
  }

  /** An optional string: 0 when absent, else its index plus one. */
  private void optional(Optional<String> string) {
    number(string.map(present -> index(present) + 1).orElse(0));
  }

  private void count(List<?> list) {
    number(list.size());
  }

  private void bool(boolean value) {
    values.write(value ? 1 : 0);
  }

  private void number(int value) {
    varint(values, value);
  }

  /** An unsigned LEB128 number: seven bits a byte, low bits first. */
  static void varint(ByteArrayOutputStream out, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("Negative number: " + value);
    }
    int rest = value;
    while (rest >= 0x80) {
      out.write((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    out.write(rest);
  }

  private static void int32(ByteArrayOutputStream out, int value) {
    out.write(value >>> 24);
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
  }
}
