package io.github.ipplan.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan as {@link Importer} drafts it from a printed copy, before it is written as YAML by {@link
 * PlanWriter#write(Draft)}: the metadata, the covering notice, the preamble, the outline of
 * headings with their measures and projects, the indicator table and the notes on each element.
 * Each stage of the importer fills in its part; values the copy does not print stay null or empty,
 * and the writer leaves them out.
 */
final class Draft {
  /** The id the user gives the plan. */
  final String id;

  /** Whether the outline's top headings are chapters (a five-year plan) or parts. */
  final boolean chapters;

  final Metadata meta = new Metadata();

  /** The covering notice, or null where the copy prints none with a signatory. */
  Notice notice;

  String documentTitle;
  final List<String> preamble = new ArrayList<>();
  String leadRule;

  /** The plan itself as the element plan-level notes are written on. */
  final Element plan = new Element("$", 0);

  final List<Indicator> indicators = new ArrayList<>();

  /** Measures printed before any heading. */
  final List<Measure> measures = new ArrayList<>();

  final List<Heading> headings = new ArrayList<>();

  /** The one indicator table, on the heading that prints it; null where the copy prints none. */
  Table table;

  Draft(String id, boolean chapters) {
    this.id = id;
    this.chapters = chapters;
  }

  /** The plan's metadata: each value null (or empty) until the copy or the user gives it. */
  static final class Metadata {
    String title;
    String documentNumber;
    String issuer;
    LocalDate issued;
    LocalDate published;
    String status;
    Integer from;
    Integer to;
    String source;
    List<String> addressees = List.of();
  }

  /** A covering notice as printed. */
  static final class Notice {
    String title;
    String publicationLine;
    final List<String> paragraphs = new ArrayList<>();
    String attachmentsHeading;
    final List<String> attachments = new ArrayList<>();
    String signatory;
    String seal;
  }

  /** An element of the plan that carries notes: its path in the file and its first source line. */
  static class Element {
    final String path;
    final int line;
    final List<String> notes = new ArrayList<>();

    /** The numbering as printed (such as {@code 1. } or {@code 一、}), for notes on its form. */
    String printed = "";

    /** The numbering's form, such as {@code N. }, to compare with its neighbours'. */
    String style = "";

    Element(String path, int line) {
      this.path = path;
      this.line = line;
    }
  }

  /** A part, chapter or section. */
  static final class Heading extends Element {
    final String numeral;

    /** The label where it differs from the usual {@code 一、} or {@code （一）}, else null. */
    final String label;

    final String title;
    final List<String> paragraphs = new ArrayList<>();
    final List<Measure> measures = new ArrayList<>();
    final List<Heading> sections = new ArrayList<>();
    final List<Project> projects = new ArrayList<>();
    Table table;

    Heading(String path, int line, String numeral, String label, String title) {
      super(path, line);
      this.numeral = numeral;
      this.label = label;
      this.title = title;
    }
  }

  /** A numbered task or measure. */
  static final class Measure extends Element {
    final int number;

    /** The label where it differs from the usual {@code N.}, else null. */
    String label;

    String title;

    /** The text without its clause of responsible bodies. */
    String text;

    /** The bodies as printed in the clause; empty where the measure names none. */
    List<String> responsible = List.of();

    boolean openEnded;

    /** {@code by-duty} for a clause ending 按职责分工负责, else null (joint). */
    String assignment;

    /** The text as printed so far, clause included, while its lines are read. */
    final StringBuilder printedText = new StringBuilder();

    int lastLine;

    Measure(String path, int line, int number) {
      super(path, line);
      this.number = number;
      this.lastLine = line;
    }
  }

  /** A project box, printed {@code 项目N title} after the measure it follows. */
  static final class Project extends Element {
    final int number;
    final String title;

    /** The number of the measure printed before it in its section, or null. */
    final Integer followsMeasure;

    final List<String> paragraphs = new ArrayList<>();

    Project(String path, int line, int number, String title, Integer followsMeasure) {
      super(path, line);
      this.number = number;
      this.title = title;
      this.followsMeasure = followsMeasure;
    }
  }

  /** The indicator table's title and column names. */
  record Table(String title, List<String> columns) {}

  /** A row of the indicator table. */
  static final class Indicator extends Element {
    String name;

    /** The name cell as printed where it is not {@code name(unit)}, else null. */
    String cell;

    BigDecimal target;
    String unit;

    /** The plan's last year, or null where the plan prints no period. */
    Integer year;

    String kind;
    String nature;

    /** The name of the body the source column prints, or null. */
    String source;

    Indicator(String path, int line) {
      super(path, line);
    }
  }
}
