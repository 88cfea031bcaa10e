package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.ATTACHMENTS;
import static io.github.ipplan.yaml.PrintedForms.DOCUMENT_NUMBER;
import static io.github.ipplan.yaml.PrintedForms.PUBLICATION;
import static io.github.ipplan.yaml.PrintedForms.isDocumentTitle;
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
    if (body.get(0).text().matches(".*(通知|通告|公告|的函|决定)") && isDocumentTitle(body.get(0).text())) {
      notice.title = body.remove(0).text();
    }
    for (int i = 0; i < body.size(); i++) {
      Matcher p = PUBLICATION.matcher(body.get(i).text());
      if (p.matches()) {
        notice.publicationLine = body.get(i).text();
        draft.meta.published = date(body.get(i).number(), "published", p);
        body.remove(i);
        break;
      }
    }
    if (notice.publicationLine == null) {
      report.meta(
          0, "published", "left for the user: the copy prints no date of publication (发布时间)");
    }
    for (int i = 0; i < body.size(); i++) {
      if (DOCUMENT_NUMBER.matcher(body.get(i).text()).matches()) {
        draft.meta.documentNumber = body.get(i).text();
        report.meta(body.get(i).number(), "document-number", "read from the copy");
        body.remove(i);
        break;
      }
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
          report.resolve(addressees.get(i), line.number(), "$.addressees[" + i + "]");
        }
      }
    }
    PrintedLines.Line signatory = null;
    if (!body.isEmpty() && body.get(body.size() - 1).text().matches("[（(][^（()）]{1,40}[）)]")) {
      notice.seal = body.remove(body.size() - 1).text();
    }
    if (!body.isEmpty()
        && isDocumentTitle(body.get(body.size() - 1).text())
        && body.get(body.size() - 1).text().length() <= 40) {
      signatory = body.remove(body.size() - 1);
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
      report.planText(line.number(), "$.notice", line.text());
    }
    if (signatory != null) {
      notice.signatory = signatory.text();
      issuer(signatory);
    } else {
      report.meta(0, "issuer", "left for the user: the notice prints no signatory");
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
          "issuer",
          "the signatory " + quote(name) + ", body '" + issuer.get().id() + "'");
    } else {
      draft.meta.issuer = name;
      report.meta(
          signatory.number(),
          "issuer",
          "the signatory " + quote(name) + ", which no registry knows");
      report.resolve(name, signatory.number(), "$.issuer");
    }
  }

  /** Lists what a covering notice would have given, for a copy that prints none. */
  void none() {
    report.meta(0, "published", "left for the user: the copy prints no date of publication (发布时间)");
    report.meta(
        0, "issuer", "left for the user: the copy prints no covering notice with a signatory");
  }

  /** The date a match of year, month and day gives, or null where it is impossible. */
  LocalDate date(int line, String key, Matcher m) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      report.meta(line, key, date + ", read from the copy");
      return date;
    } catch (DateTimeException e) {
      report.meta(
          line, key, "left for the user: the copy prints an impossible date " + quote(m.group()));
      return null;
    }
  }
}
