package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.ATTACHMENTS;
import static io.github.ipplan.yaml.PrintedForms.CLOSING;
import static io.github.ipplan.yaml.PrintedForms.DOCUMENT_NUMBER;
import static io.github.ipplan.yaml.PrintedForms.NUMBER_AND_DATE;
import static io.github.ipplan.yaml.PrintedForms.PUBLICATION;
import static io.github.ipplan.yaml.PrintedForms.isDocumentTitle;
import static io.github.ipplan.yaml.PrintedForms.isNoticeTitle;
import static io.github.ipplan.yaml.PrintedForms.isPlanTitle;
import static io.github.ipplan.yaml.PrintedForms.quote;
import static io.github.ipplan.yaml.PrintedForms.split;

import io.github.ipplan.Agency;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The stage that reads a covering notice: takes the lines printed before its date and gives the
 * draft's {@link Draft.Notice} (title, 发布时间 line, paragraphs, attachments, signatory, seal) and the
 * metadata it carries (published, document number, addressees, issuer).
 */
final class CoveringNotice {
  private final Draft draft;
  private final ImportReport report;

  /** The plan's title where the copy prints it run on after the signatory, else null. */
  private PrintedLines.Line gluedTitle;

  CoveringNotice(Draft draft, ImportReport report) {
    this.draft = draft;
    this.report = report;
  }

  void read(List<PrintedLines.Line> lines) {
    List<PrintedLines.Line> body = new ArrayList<>(lines);
    if (body.isEmpty()) {
      none();
      return;
    }
    Draft.Notice notice = new Draft.Notice();
    for (int i = 0; i < body.size(); i++) {
      Matcher p = PUBLICATION.matcher(PrintedForms.form(body.get(i).text()));
      if (p.matches()) {
        notice.publicationLine = body.get(i).text();
        draft.meta.published = date(body.get(i).number(), PlanKeys.PUBLISHED, p);
        body.remove(i);
        break;
      }
    }
    if (notice.publicationLine == null) {
      report.meta(
          0,
          PlanKeys.PUBLISHED,
          "left for the user: the copy prints no date of publication (发布时间)");
    }
    for (int i = 0; i < body.size(); i++) {
      PrintedLines.Line line = body.get(i);
      String form = PrintedForms.form(line.text());
      Matcher both = NUMBER_AND_DATE.matcher(form);
      if (both.matches() || DOCUMENT_NUMBER.matcher(form).matches()) {
        // The number as printed: the form keeps the text's length, so the group's indices hold.
        draft.meta.documentNumber =
            both.matches() ? line.text().substring(both.start(1), both.end(1)) : line.text();
        report.meta(line.number(), PlanKeys.DOCUMENT_NUMBER, "read from the copy");
        if (both.matches() && draft.meta.issued == null) {
          draft.meta.issued =
              date(
                  line.number(),
                  PlanKeys.ISSUED,
                  both.group(2),
                  both.group(3),
                  both.group(4),
                  both.group(5));
        }
        body.remove(i);
        break;
      }
    }
    // A notice's title comes first, or after the document number that some copies print above it.
    if (!body.isEmpty() && isNoticeTitle(body.get(0).text())) {
      notice.title = body.remove(0).text();
    }
    List<String> addressees = new ArrayList<>();
    if (!body.isEmpty()) {
      String first = body.get(0).text();
      if ((first.endsWith("：") || first.endsWith(":"))
          && !first.contains("。")
          && first.contains("、")) {
        PrintedLines.Line line = body.remove(0);
        addressees = split(first.substring(0, first.length() - 1));
        for (int i = 0; i < addressees.size(); i++) {
          report.resolve(
              addressees.get(i), line.number(), "$." + PlanKeys.ADDRESSEES + "[" + i + "]");
        }
      }
    }
    PrintedLines.Line signatory = null;
    if (!body.isEmpty() && isSeal(body.get(body.size() - 1).text())) {
      notice.seal = body.remove(body.size() - 1).text();
    }
    if (!body.isEmpty() && isSignatory(body.get(body.size() - 1).text())) {
      signatory = body.remove(body.size() - 1);
      int glued = gluedTitleAt(signatory.text());
      if (glued > 0) {
        gluedTitle =
            new PrintedLines.Line(signatory.number(), signatory.text().substring(glued), "", false);
        signatory =
            new PrintedLines.Line(
                signatory.number(), signatory.text().substring(0, glued), "", false);
        report.planNote(
            signatory.number(),
            "The copy prints the plan's title "
                + quote(gluedTitle.text())
                + " on the line of the signatory "
                + quote(signatory.text())
                + ", with no line break; they are read apart.");
      }
    }
    for (int i = 0; i < body.size(); i++) {
      if (ATTACHMENTS.matcher(body.get(i).text()).matches()) {
        notice.attachmentsHeading = body.get(i).text();
        for (PrintedLines.Line line : body.subList(i + 1, body.size())) {
          notice.attachments.add(line.text());
        }
        body = new ArrayList<>(body.subList(0, i));
        break;
      }
    }
    for (PrintedLines.Line line : body) {
      notice.paragraphs.add(line.text());
      report.planText(line.number(), "$." + PlanKeys.NOTICE, line.text());
    }
    if (signatory != null) {
      notice.signatory = signatory.text();
      issuer(signatory);
    } else {
      report.meta(0, PlanKeys.ISSUER, "left for the user: the notice prints no signatory");
    }
    draft.meta.addressees = addressees;
    draft.notice = notice;
  }

  private void issuer(PrintedLines.Line signatory) {
    String name = signatory.text();
    Optional<Agency> issuer = report.registry().find(name);
    if (issuer.isPresent()) {
      draft.meta.issuer = issuer.get().name();
      report.meta(
          signatory.number(),
          PlanKeys.ISSUER,
          "the signatory " + quote(name) + ", body '" + issuer.get().id() + "'");
    } else {
      draft.meta.issuer = name;
      report.meta(
          signatory.number(),
          PlanKeys.ISSUER,
          "the signatory " + quote(name) + ", which no registry knows");
      report.resolve(name, signatory.number(), "$." + PlanKeys.ISSUER);
    }
  }

  /** Lists what a covering notice would have given, for a copy that prints none. */
  void none() {
    none(List.of());
  }

  /**
   * Lists what a covering notice would have given, for a copy whose lines before the first heading
   * hold no notice with a signatory; names the parts of one it does print.
   */
  void none(List<PrintedLines.Line> front) {
    report.meta(
        0, PlanKeys.PUBLISHED, "left for the user: the copy prints no date of publication (发布时间)");
    report.meta(
        0,
        PlanKeys.ISSUER,
        hasParts(front)
            ? "left for the user: the copy prints parts of a notice (a notice title, document"
                + " number or 特此通知) but no signatory (looked for a line of up to 40 characters"
                + " before a date line, after 特此通知, or before the plan's title)"
            : "left for the user: the copy prints no covering notice with a signatory");
  }

  /** Tells whether lines hold a notice title, a document number or 特此通知. */
  boolean hasParts(List<PrintedLines.Line> front) {
    for (PrintedLines.Line line : front) {
      String text = line.text();
      String form = PrintedForms.form(text);
      if (isNoticeTitle(text)
          || DOCUMENT_NUMBER.matcher(form).matches()
          || NUMBER_AND_DATE.matcher(form).matches()
          || CLOSING.matcher(form).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The plan's title where the copy prints it run on after the signatory, else null. */
  PrintedLines.Line gluedTitle() {
    return gluedTitle;
  }

  /** A seal under the signatory: {@code （国家知识产权局代章）}. */
  static boolean isSeal(String text) {
    return text.matches("[（(][^（()）]{1,40}[）)]");
  }

  /** A signatory: a short line that is not a sentence, or a known body run on into a title. */
  boolean isSignatory(String text) {
    return gluedTitleAt(text) > 0
        || (isDocumentTitle(text)
            && text.length() <= 40
            && !CLOSING.matcher(text).matches()
            && !isPlanTitle(text));
  }

  /**
   * Where a plan's title starts in a line that prints a known body's name and then the title with
   * no break ({@code 某办公室2024年…推进计划}), or -1.
   */
  private int gluedTitleAt(String text) {
    if (!isPlanTitle(text) || report.registry().find(text).isPresent()) {
      return -1;
    }
    for (int end = Math.min(text.length() - 2, 40); end >= 2; end--) {
      if (isPlanTitle(text.substring(end))
          && report.registry().find(text.substring(0, end)).isPresent()) {
        return end;
      }
    }
    return -1;
  }

  /** The date a match of year, month and day gives, or null where it is impossible. */
  LocalDate date(int line, String key, Matcher m) {
    return date(line, key, m.group(), m.group(1), m.group(2), m.group(3));
  }

  private LocalDate date(
      int line, String key, String printed, String year, String month, String day) {
    try {
      LocalDate date =
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      report.meta(line, key, date + ", read from the copy");
      return date;
    } catch (DateTimeException e) {
      report.meta(
          line, key, "left for the user: the copy prints an impossible date " + quote(printed));
      return null;
    }
  }
}
