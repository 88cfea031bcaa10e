package io.github.ipplan;

/** What a {@link Provision} is. The identifier pattern of each is given after its name. */
public enum ProvisionKind {
  /** The notice's title: {@code plan/notice/title}. */
  NOTICE_TITLE,
  /** The publication line of the copy: {@code plan/notice/published}. */
  PUBLICATION_LINE,
  /** The addressees of the notice: {@code plan/notice/addressees}. */
  ADDRESSEES,
  /** A paragraph of the notice: {@code plan/notice/paragraph/N}. */
  NOTICE_PARAGRAPH,
  /** The attachments line and names: {@code plan/notice/attachments}. */
  ATTACHMENTS,
  /** The signing body: {@code plan/notice/signatory}. */
  SIGNATORY,
  /** The note of the sealing body: {@code plan/notice/seal}. */
  SEAL,
  /** The notice's date: {@code plan/notice/date}. */
  DATE,
  /** The plan's printed title: {@code plan/title}. */
  TITLE,
  /** A paragraph before the first part or chapter: {@code plan/preamble/paragraph/N}. */
  PREAMBLE_PARAGRAPH,
  /** A part, chapter or section heading: {@code plan/part/N}, {@code plan/chapter/N/section/M}. */
  HEADING,
  /** A prose paragraph under a heading: {@code plan/chapter/N/section/M/paragraph/K}. */
  PARAGRAPH,
  /** The indicator table's title and column headings: {@code plan/indicator-table}. */
  INDICATOR_TABLE,
  /** One row of the indicator table: {@code plan/indicator/N}. */
  INDICATOR,
  /** A numbered measure with its responsibility clause: {@code plan/measure/N}. */
  MEASURE,
  /** A flagship project: {@code plan/project/N}. */
  PROJECT,
  /** The plan's sentence stating the lead-agency rule: {@code plan/lead-rule}. */
  LEAD_RULE
}
