package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableSet;

/**
 * The keys of the plan and registry formats, the one place they are spelled: {@link PlanReader},
 * {@link EntryReader} and {@link Registry} read them, {@link PlanWriter} writes them, whether from
 * a loaded plan or from an importer's {@link Draft}, and the importer's report names them. Each
 * kind of mapping has its {@link Shape}, the keys it must and may hold; the JSON Schemas {@code
 * plan.schema.json} and {@code registry.schema.json} name exactly these keys (a test checks it),
 * and the README's "Loading your own plan" documents each.
 */
final class PlanKeys {
  private PlanKeys() {}

  // The plan.
  static final String ID = "id";
  static final String TITLE = "title";
  static final String DOCUMENT_NUMBER = "document-number";
  static final String ISSUER = "issuer";
  static final String ISSUED = "issued";
  static final String PUBLISHED = "published";
  static final String STATUS = "status";
  static final String PERIOD = "period";
  static final String FROM = "from";
  static final String TO = "to";
  static final String SOURCE = "source";
  static final String ADDRESSEES = "addressees";
  static final String NOTICE = "notice";
  static final String DOCUMENT_TITLE = "document-title";
  static final String PREAMBLE = "preamble";
  static final String LEAD_RULE = "lead-rule";
  static final String NOTES = "notes";
  static final String INDICATORS = "indicators";
  static final String MEASURES = "measures";
  static final String PARTS = "parts";
  static final String CHAPTERS = "chapters";

  // The notice.
  static final String PUBLICATION_LINE = "publication-line";
  static final String PARAGRAPHS = "paragraphs";
  static final String ATTACHMENTS_HEADING = "attachments-heading";
  static final String ATTACHMENTS = "attachments";
  static final String SIGNATORY = "signatory";
  static final String SEAL = "seal";

  // Headings, measures and projects.
  static final String NUMERAL = "numeral";
  static final String LABEL = "label";
  static final String SECTIONS = "sections";
  static final String PROJECTS = "projects";
  static final String INDICATOR_TABLE = "indicator-table";
  static final String COLUMNS = "columns";
  static final String NUMBER = "number";
  static final String TEXT = "text";
  static final String RESPONSIBLE = "responsible";
  static final String OPEN_ENDED = "open-ended";
  static final String ASSIGNMENT = "assignment";
  static final String FOLLOWS_MEASURE = "follows-measure";

  // Indicators.
  static final String NAME = "name";
  static final String CELL = "cell";
  static final String TARGET = "target";
  static final String UNIT = "unit";
  static final String YEAR = "year";
  static final String KIND = "kind";
  static final String NATURE = "nature";
  static final String BOUND = "bound";
  static final String BOUND_EVIDENCE = "bound-evidence";
  static final String BASELINE = "baseline";
  static final String VALUE = "value";
  static final String EVIDENCE = "evidence";

  // The registry.
  static final String AGENCIES = "agencies";
  static final String PRINTED = "printed";
  static final String FULL_NAME = "full-name";
  static final String ENGLISH = "english";
  static final String ENGLISH_DESCRIPTIVE = "english-descriptive";
  static final String ABBREVIATION = "abbreviation";
  static final String ALIASES = "aliases";
  static final String LEVEL = "level";
  static final String SUCCESSOR = "successor";
  static final String EXTENDS = "extends";

  /**
   * The kinds of mapping in plan and registry files, each with the keys it must hold and the keys
   * it may hold besides, in the order they are named in messages.
   */
  enum Shape {
    /** A plan document. */
    PLAN(
        ImmutableSet.of(ID, TITLE, ISSUER, ISSUED, STATUS, PlanKeys.PERIOD),
        ImmutableSet.of(
            DOCUMENT_NUMBER,
            PUBLISHED,
            SOURCE,
            ADDRESSEES,
            PlanKeys.NOTICE,
            DOCUMENT_TITLE,
            PREAMBLE,
            LEAD_RULE,
            NOTES,
            MEASURES,
            PARTS,
            CHAPTERS,
            INDICATORS)),
    /** A plan's period. */
    PERIOD(ImmutableSet.of(FROM, TO), ImmutableSet.of()),
    /** A plan's covering notice. */
    NOTICE(
        ImmutableSet.of(PARAGRAPHS, SIGNATORY),
        ImmutableSet.of(TITLE, PUBLICATION_LINE, ATTACHMENTS_HEADING, ATTACHMENTS, SEAL)),
    /** A part or chapter. */
    TOP_HEADING(
        ImmutableSet.of(NUMERAL, TITLE),
        ImmutableSet.of(LABEL, PARAGRAPHS, INDICATOR_TABLE, MEASURES, SECTIONS)),
    /** A section of a part or chapter. */
    SECTION(
        ImmutableSet.of(NUMERAL, TITLE),
        ImmutableSet.of(LABEL, PARAGRAPHS, INDICATOR_TABLE, MEASURES, PROJECTS)),
    /** A heading's indicator table. */
    TABLE(ImmutableSet.of(TITLE, COLUMNS), ImmutableSet.of()),
    /** A measure. */
    MEASURE(
        ImmutableSet.of(NUMBER, TEXT),
        ImmutableSet.of(LABEL, TITLE, RESPONSIBLE, OPEN_ENDED, ASSIGNMENT, NOTES)),
    /** A flagship project. */
    PROJECT(ImmutableSet.of(NUMBER, TITLE, PARAGRAPHS), ImmutableSet.of(FOLLOWS_MEASURE, NOTES)),
    /** An indicator. */
    INDICATOR(
        ImmutableSet.of(NAME, TARGET, UNIT, YEAR, KIND, NATURE),
        ImmutableSet.of(CELL, SOURCE, BOUND, BOUND_EVIDENCE, PlanKeys.BASELINE, NOTES)),
    /** An indicator's baseline. */
    BASELINE(ImmutableSet.of(VALUE, YEAR, EVIDENCE), ImmutableSet.of()),
    /** A registry document. */
    REGISTRY(ImmutableSet.of(AGENCIES), ImmutableSet.of()),
    /** A body in a registry. */
    AGENCY(
        ImmutableSet.of(ID, PRINTED, ENGLISH, KIND),
        ImmutableSet.of(
            FULL_NAME, ENGLISH_DESCRIPTIVE, ABBREVIATION, ALIASES, LEVEL, SUCCESSOR, NOTES)),
    /** An extension of a registered body. */
    EXTENSION(ImmutableSet.of(EXTENDS), ImmutableSet.of(PRINTED, ALIASES, SUCCESSOR, NOTES));

    private final ImmutableSet<String> required;
    private final ImmutableSet<String> optional;

    Shape(ImmutableSet<String> required, ImmutableSet<String> optional) {
      this.required = required;
      this.optional = optional;
    }

    /** The keys a mapping of this kind must hold. */
    ImmutableSet<String> required() {
      return required;
    }

    /** The keys a mapping of this kind may hold besides. */
    ImmutableSet<String> optional() {
      return optional;
    }
  }
}
