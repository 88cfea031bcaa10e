package io.github.ipplan.yaml;

/**
 * The keys of the plan format, as {@link PlanWriter} writes them, whether from a loaded plan or
 * from an importer's {@link Draft}; the README's "Loading your own plan" documents each.
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
}
