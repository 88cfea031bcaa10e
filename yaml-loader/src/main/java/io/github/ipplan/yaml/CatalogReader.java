package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableList;
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
import io.github.ipplan.TargetBound;
import io.github.ipplan.internal.TrustedCatalogs;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Reads the compiled form that {@link CatalogWriter} writes (see {@link CompiledCatalog}) back into
 * a catalog equal to the one written. Every count and index is checked against the bytes left and
 * the tables read, so that a corrupt or truncated resource fails with an {@link
 * IllegalStateException} that says so, never with a wrong catalog or another exception.
 */
final class CatalogReader {
  /** Headings nest part, chapter, section: deeper is corrupt. */
  private static final int DEEPEST_HEADING = 8;

  private final String name;
  private final byte[] bytes;
  private int at;
  private String[] strings = new String[0];
  private List<Agency> agencies = List.of();

  private CatalogReader(String name, byte[] bytes) {
    this.name = name;
    this.bytes = bytes;
  }

  /**
   * Reads a compiled catalog.
   *
   * @param name the resource's name, for messages
   * @param bytes the resource's bytes
   * @throws IllegalStateException if the bytes are not a compiled catalog of this version, are
   *     truncated or corrupt
   */
  static PlanCatalog read(String name, byte[] bytes) {
    CatalogReader reader = new CatalogReader(name, bytes);
    reader.header();
    try {
      return TrustedCatalogs.read(reader::catalog);
    } catch (CorruptException e) {
      throw e;
    } catch (RuntimeException e) {
      throw reader.corrupt("it holds an invalid value (" + e.getMessage() + ")", e);
    }
  }

  private void header() {
    if (bytes.length < CompiledCatalog.HEADER) {
      throw corrupt("it is truncated: " + bytes.length + " bytes, shorter than its header", null);
    }
    if (!Arrays.equals(bytes, 0, 4, CompiledCatalog.MAGIC, 0, 4)) {
      throw corrupt("it is not a compiled catalog (no IPCC magic)", null);
    }
    at = 4;
    int version = int32();
    if (version != CompiledCatalog.VERSION) {
      throw corrupt(
          "its format version is " + version + ", and this reader reads " + CompiledCatalog.VERSION,
          null);
    }
    int length = int32();
    int checksum = int32();
    if (length != bytes.length - CompiledCatalog.HEADER) {
      throw corrupt(
          "its payload has "
              + (bytes.length - CompiledCatalog.HEADER)
              + " bytes, and its header says "
              + Integer.toUnsignedString(length)
              + (Integer.compareUnsigned(length, bytes.length - CompiledCatalog.HEADER) > 0
                  ? " (truncated)"
                  : ""),
          null);
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, CompiledCatalog.HEADER, length);
    if ((int) crc.getValue() != checksum) {
      throw corrupt("its checksum does not match its payload", null);
    }
  }

  private PlanCatalog catalog() {
    int count = count();
    strings = new String[count];
    for (int i = 0; i < count; i++) {
      int length = count();
      strings[i] = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
    }
    int bodies = count();
    List<Agency> registry = new ArrayList<>(bodies);
    for (int i = 0; i < bodies; i++) {
      registry.add(agency());
    }
    agencies = registry;
    int plans = count();
    List<Plan> read = new ArrayList<>(plans);
    for (int i = 0; i < plans; i++) {
      read.add(plan());
    }
    if (at != bytes.length) {
      throw corrupt("it has " + (bytes.length - at) + " bytes after the last plan", null);
    }
    return TrustedCatalogs.of(PlanCatalog.class, registry, read);
  }

  private Agency agency() {
    return Agency.builder()
        .id(string())
        .fullName(optional())
        .printedNames(strings())
        .englishName(string())
        .englishNameDescriptive(bool())
        .abbreviation(optional())
        .aliases(strings())
        .kind(constant(AgencyKind.class))
        .level(optionalConstant(AgencyLevel.class))
        .successorId(optional())
        .notes(strings())
        .build();
  }

  private Plan plan() {
    Plan.Builder plan = Plan.builder();
    String id = string();
    plan.id(id).title(string()).issuer(agencyRef()).documentNumber(optional()).issued(date());
    if (bool()) {
      plan.published(date());
    }
    plan.status(constant(PlanStatus.class)).firstYear(number()).lastYear(number());
    Optional<String> source = optional();
    if (source.isPresent()) {
      plan.source(URI.create(source.get()));
    }
    if (bool()) {
      plan.notice(notice());
    }
    plan.documentTitle(optional()).preamble(strings());
    boolean table = bool();
    IndicatorTable.Builder indicatorTable = IndicatorTable.builder();
    if (table) {
      indicatorTable.title(string()).columns(strings());
    }
    int[] tablePath = table ? path() : new int[0];
    int addressees = count();
    for (int i = 0; i < addressees; i++) {
      plan.addAddressees(agencyRef());
    }
    ImmutableList<Heading> outline = headings(0);
    plan.outline(outline);
    if (table) {
      plan.indicatorTable(indicatorTable.headingPath(resolve(tablePath, outline)).build());
    }
    int measures = count();
    for (int i = 0; i < measures; i++) {
      plan.addMeasures(measure(id, outline));
    }
    int projects = count();
    for (int i = 0; i < projects; i++) {
      plan.addProjects(project(id, outline));
    }
    int indicators = count();
    for (int i = 0; i < indicators; i++) {
      plan.addIndicators(indicator(id));
    }
    return plan.leadRule(optional()).notes(strings()).build();
  }

  private Notice notice() {
    return Notice.builder()
        .title(optional())
        .publicationLine(optional())
        .paragraphs(strings())
        .attachmentsHeading(optional())
        .attachments(strings())
        .signatory(string())
        .seal(optional())
        .build();
  }

  private ImmutableList<Heading> headings(int depth) {
    if (depth > DEEPEST_HEADING) {
      throw corrupt("its headings nest deeper than " + DEEPEST_HEADING, null);
    }
    int count = count();
    ImmutableList.Builder<Heading> headings = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      headings.add(
          Heading.builder()
              .kind(constant(HeadingKind.class))
              .numeral(string())
              .title(string())
              .label(optional())
              .paragraphs(strings())
              .subheadings(headings(depth + 1))
              .build());
    }
    return headings.build();
  }

  /** A heading path's places, resolved once the outline is read. */
  private int[] path() {
    int[] places = new int[count()];
    for (int i = 0; i < places.length; i++) {
      places[i] = number();
    }
    return places;
  }

  private List<Heading> resolve(int[] places, List<Heading> outline) {
    List<Heading> path = new ArrayList<>(places.length);
    List<Heading> level = outline;
    for (int place : places) {
      if (place >= level.size()) {
        throw corrupt("a heading path leaves the outline", null);
      }
      Heading heading = level.get(place);
      path.add(heading);
      level = heading.subheadings();
    }
    return path;
  }

  private Measure measure(String planId, List<Heading> outline) {
    Measure.Builder measure = Measure.builder().planId(planId).number(number());
    measure.headingPath(resolve(path(), outline)).title(optional()).label(optional());
    measure.text(string());
    int bodies = count();
    List<Agency> printedOrder = new ArrayList<>(bodies);
    List<String> printedNames = new ArrayList<>(bodies);
    for (int i = 0; i < bodies; i++) {
      printedOrder.add(agencyRef());
      printedNames.add(string());
    }
    measure.responsible(printedOrder, printedNames).openEnded(bool());
    measure.assignment(optionalConstant(Assignment.class));
    return measure.notes(strings()).build();
  }

  private Project project(String planId, List<Heading> outline) {
    Project.Builder project = Project.builder().planId(planId).number(number());
    project.title(string()).paragraphs(strings()).headingPath(resolve(path(), outline));
    int follows = number();
    if (follows > 0) {
      project.followsMeasure(follows - 1);
    }
    return project.notes(strings()).build();
  }

  private Indicator indicator(String planId) {
    Indicator.Builder indicator = Indicator.builder().planId(planId).row(number());
    indicator.name(string()).cell(optional()).target(new BigDecimal(string())).unit(string());
    indicator.targetYear(number());
    indicator.kind(constant(IndicatorKind.class)).nature(constant(IndicatorNature.class));
    indicator.bound(optionalConstant(TargetBound.class));
    indicator.boundEvidence(optional());
    if (bool()) {
      indicator.source(agencyRef());
    }
    indicator.sourceName(optional());
    if (bool()) {
      indicator.baseline(
          Baseline.builder()
              .value(new BigDecimal(string()))
              .year(number())
              .evidence(string())
              .build());
    }
    return indicator.notes(strings()).build();
  }

  private LocalDate date() {
    return LocalDate.of(number(), number(), number());
  }

  private Agency agencyRef() {
    int index = number();
    if (index >= agencies.size()) {
      throw corrupt("a body index " + index + " is past the registry's " + agencies.size(), null);
    }
    return agencies.get(index);
  }

  private <E extends Enum<E>> E constant(Class<E> type) {
    return constant(type, string());
  }

  private <E extends Enum<E>> Optional<E> optionalConstant(Class<E> type) {
    Optional<String> constant = optional();
    return constant.isPresent() ? Optional.of(constant(type, constant.get())) : Optional.empty();
  }

  private <E extends Enum<E>> E constant(Class<E> type, String constant) {
    try {
      return Enum.valueOf(type, constant);
    } catch (IllegalArgumentException e) {
      throw corrupt("it names no " + type.getSimpleName() + " " + constant, e);
    }
  }

  private ImmutableList<String> strings() {
    int count = count();
    ImmutableList.Builder<String> list = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      list.add(string());
    }
    return list.build();
  }

  private String string() {
    int index = number();
    if (index >= strings.length) {
      throw corrupt("a string index " + index + " is past the table's " + strings.length, null);
    }
    return strings[index];
  }

  private Optional<String> optional() {
    int index = number();
    return index == 0 ? Optional.empty() : Optional.of(strings[checkedIndex(index - 1)]);
  }

  private int checkedIndex(int index) {
    if (index >= strings.length) {
      throw corrupt("a string index " + index + " is past the table's " + strings.length, null);
    }
    return index;
  }

  private boolean bool() {
    int value = nextByte();
    if (value > 1) {
      throw corrupt("a flag at byte " + (at - 1) + " is " + value + ", not 0 or 1", null);
    }
    return value == 1;
  }

  /** A count of things each at least a byte long: never more than the bytes left. */
  private int count() {
    int count = number();
    if (count > bytes.length - at) {
      throw corrupt("a count of " + count + " is more than the bytes left", null);
    }
    return count;
  }

  private int number() {
    int value = 0;
    for (int shift = 0; shift < 28; shift += 7) {
      int next = nextByte();
      value |= (next & 0x7f) << shift;
      if (next < 0x80) {
        return value;
      }
    }
    int last = nextByte();
    if (last > 0x07) {
      throw corrupt("a number at byte " + (at - 1) + " is out of range", null);
    }
    return value | last << 28;
  }

  private int nextByte() {
    if (at >= bytes.length) {
      throw corrupt("it ends in the middle of a value", null);
    }
    return bytes[at++] & 0xff;
  }

  private int int32() {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value = value << 8 | nextByte();
    }
    return value;
  }

  private CorruptException corrupt(String problem, Throwable cause) {
    return new CorruptException(
        "The compiled catalog " + name + " cannot be read: " + problem + "; rebuild the jar",
        cause);
  }

  /** A compiled catalog that cannot be read. */
  static final class CorruptException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    CorruptException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
