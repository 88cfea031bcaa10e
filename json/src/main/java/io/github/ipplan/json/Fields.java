package io.github.ipplan.json;

/**
 * The names of the JSON form's fields, stated once: one enum for each kind of object, its constants
 * in the order {@link JsonForm} writes them. {@link CatalogReader} reads the same constants and
 * accepts no other name. Each enum is named after the object's definition in the shipped schema
 * ({@code Measure} is {@code #/$defs/measure}).
 */
final class Fields {
  private Fields() {}

  /** A field's name in the JSON form. */
  interface Field {
    /** Returns the name as the form writes it, such as {@code documentNumber}. */
    String key();
  }

  /** The fields of a catalog document, the document itself. */
  enum Catalog implements Field {
    BODIES("bodies"),
    PLANS("plans");

    private final String key;

    Catalog(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of a plan. */
  enum Plan implements Field {
    ID("id"),
    TITLE("title"),
    DOCUMENT_NUMBER("documentNumber"),
    ISSUER("issuer"),
    ISSUED("issued"),
    PUBLISHED("published"),
    STATUS("status"),
    PERIOD("period"),
    SOURCE("source"),
    ADDRESSEES("addressees"),
    NOTICE("notice"),
    DOCUMENT_TITLE("documentTitle"),
    PREAMBLE("preamble"),
    LEAD_RULE("leadRule"),
    NOTES("notes"),
    OUTLINE("outline"),
    MEASURES("measures"),
    PROJECTS("projects"),
    INDICATOR_TABLE("indicatorTable"),
    INDICATORS("indicators");

    private final String key;

    Plan(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of a plan's period, its first and last year. */
  enum Period implements Field {
    FROM("from"),
    TO("to");

    private final String key;

    Period(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of a plan's covering notice. */
  enum Notice implements Field {
    TITLE("title"),
    PUBLICATION_LINE("publicationLine"),
    PARAGRAPHS("paragraphs"),
    ATTACHMENTS_HEADING("attachmentsHeading"),
    ATTACHMENTS("attachments"),
    SIGNATORY("signatory"),
    SEAL("seal");

    private final String key;

    Notice(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of a plan's indicator table. */
  enum IndicatorTable implements Field {
    TITLE("title"),
    COLUMNS("columns"),
    HEADINGS("headings");

    private final String key;

    IndicatorTable(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of a body. */
  enum Agency implements Field {
    ID("id"),
    NAME("name"),
    PRINTED_NAMES("printedNames"),
    FULL_NAME("fullName"),
    ENGLISH_NAME("englishName"),
    ENGLISH_NAME_DESCRIPTIVE("englishNameDescriptive"),
    ABBREVIATION("abbreviation"),
    ALIASES("aliases"),
    KIND("kind"),
    LEVEL("level"),
    PUBLIC_BODY("publicBody"),
    SUCCESSOR("successor"),
    NOTES("notes");

    private final String key;

    Agency(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of a heading of a plan's outline. */
  enum Heading implements Field {
    KIND("kind"),
    NUMERAL("numeral"),
    LABEL("label"),
    TITLE("title"),
    PARAGRAPHS("paragraphs"),
    SECTIONS("sections");

    private final String key;

    Heading(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of a measure. */
  enum Measure implements Field {
    ID("id"),
    PLAN("plan"),
    NUMBER("number"),
    LABEL("label"),
    HEADINGS("headings"),
    TITLE("title"),
    TEXT("text"),
    RESPONSIBILITIES("responsibilities"),
    OPEN_ENDED("openEnded"),
    ASSIGNMENT("assignment"),
    NOTES("notes");

    private final String key;

    Measure(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of a body's part in a measure. */
  enum Responsibility implements Field {
    BODY("body"),
    PRINTED_NAME("printedName"),
    ROLE("role"),
    POSITION("position");

    private final String key;

    Responsibility(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of a project. */
  enum Project implements Field {
    ID("id"),
    PLAN("plan"),
    NUMBER("number"),
    TITLE("title"),
    HEADINGS("headings"),
    FOLLOWS_MEASURE("followsMeasure"),
    PARAGRAPHS("paragraphs"),
    NOTES("notes");

    private final String key;

    Project(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of an indicator. */
  enum Indicator implements Field {
    ID("id"),
    PLAN("plan"),
    ROW("row"),
    NAME("name"),
    CELL("cell"),
    TARGET("target"),
    UNIT("unit"),
    TARGET_YEAR("targetYear"),
    KIND("kind"),
    NATURE("nature"),
    SOURCE("source"),
    SOURCE_NAME("sourceName"),
    BOUND("bound"),
    BOUND_EVIDENCE("boundEvidence"),
    BASELINE("baseline"),
    NOTES("notes");

    private final String key;

    Indicator(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of an indicator's baseline. */
  enum Baseline implements Field {
    VALUE("value"),
    YEAR("year"),
    EVIDENCE("evidence");

    private final String key;

    Baseline(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of a search hit. */
  enum SearchHit implements Field {
    ID("id"),
    PLAN("plan"),
    KIND("kind"),
    TEXT("text"),
    SPANS("spans");

    private final String key;

    SearchHit(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }

  /** The fields of a span of a search hit's text. */
  enum TextSpan implements Field {
    START("start"),
    END("end");

    private final String key;

    TextSpan(String key) {
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }
  }
}
