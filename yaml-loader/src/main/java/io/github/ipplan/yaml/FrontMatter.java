package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.ANNUAL_PERIOD;
import static io.github.ipplan.yaml.PrintedForms.ATTRIBUTION;
import static io.github.ipplan.yaml.PrintedForms.CLOSING;
import static io.github.ipplan.yaml.PrintedForms.DATE;
import static io.github.ipplan.yaml.PrintedForms.DRAFT;
import static io.github.ipplan.yaml.PrintedForms.FIVE_YEAR_PLAN;
import static io.github.ipplan.yaml.PrintedForms.NUMERALS;
import static io.github.ipplan.yaml.PrintedForms.ONE_YEAR;
import static io.github.ipplan.yaml.PrintedForms.URL;
import static io.github.ipplan.yaml.PrintedForms.YEAR_RANGE;
import static io.github.ipplan.yaml.PrintedForms.isPlanTitle;
import static io.github.ipplan.yaml.PrintedForms.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage that reads what a copy prints before its first heading or numbered item: takes those
 * lines and gives the draft's covering notice (through {@link CoveringNotice}), date of issue,
 * document title, preamble, title, status and period, and the source address of an attribution
 * line; then the metadata the user gives ({@link SuppliedMetadata}) is written over what it read.
 */
final class FrontMatter {
  private static final Pattern URL_IN_TEXT = Pattern.compile("https?://[^\\s　]+");

  private final Draft draft;
  private final ImportReport report;
  private final boolean annual;
  private final PlanImporter.Metadata given;
  private int titleLine;

  FrontMatter(Draft draft, ImportReport report, boolean annual, PlanImporter.Metadata given) {
    this.given = given;
    this.draft = draft;
    this.report = report;
    this.annual = annual;
  }

  void read(List<PrintedLines.Line> front) {
    CoveringNotice notice = new CoveringNotice(draft, report);
    int date = -1;
    int closing = -1;
    for (int i = 0; i < front.size(); i++) {
      String text = front.get(i).text();
      if (DATE.matcher(text).matches()) {
        date = i;
        break;
      }
      if (closing < 0 && CLOSING.matcher(text).matches()) {
        closing = i;
      }
    }
    List<PrintedLines.Line> rest;
    if (date >= 0) {
      Matcher d = DATE.matcher(front.get(date).text());
      d.matches();
      draft.meta.issued = notice.date(front.get(date).number(), PlanKeys.ISSUED, d);
      notice.read(front.subList(0, date));
      rest = front.subList(date + 1, front.size());
    } else if (closing >= 0) {
      // No date line: the notice ends at its signatory (and seal) after 特此通知.
      int end = closing + 1;
      for (int taken = 0; taken < 2 && end < front.size(); taken++) {
        String text = front.get(end).text();
        if (CoveringNotice.isSeal(text) || notice.isSignatory(text)) {
          end++;
        }
      }
      notice.read(front.subList(0, end));
      rest = front.subList(end, front.size());
      if (draft.meta.issued == null) {
        report.meta(
            0,
            PlanKeys.ISSUED,
            "left for the user: the notice prints no date of issue (looked for a line such as"
                + " 2024年5月10日 after its signatory, and for a date after its document number)");
      }
    } else if (notice.hasParts(front) && planTitle(front) > 0) {
      // Neither a date line nor 特此通知: the notice's parts end where the plan's title starts.
      int end = planTitle(front);
      notice.read(front.subList(0, end));
      rest = front.subList(end, front.size());
      if (draft.meta.issued == null) {
        report.meta(
            0,
            PlanKeys.ISSUED,
            "left for the user: the notice prints no date of issue (looked for a line such as"
                + " 2024年5月10日 before the plan's title, and for a date after its document number)");
      }
    } else {
      rest = front;
      report.meta(
          0,
          PlanKeys.ISSUED,
          "left for the user: the copy prints no date of issue before the first heading");
      notice.none(front);
    }
    int from = 0;
    if (!rest.isEmpty() && isPlanTitle(rest.get(0).text())) {
      draft.documentTitle = rest.get(0).text();
      titleLine = rest.get(0).number();
      from = 1;
    } else if (notice.gluedTitle() != null) {
      draft.documentTitle = notice.gluedTitle().text();
      titleLine = notice.gluedTitle().number();
    }
    for (PrintedLines.Line line : rest.subList(from, rest.size())) {
      if (isAttribution(line.text())) {
        attribution(line);
      } else if (!report.joined(draft.preamble, line, draft.plan, " of the preamble")) {
        draft.preamble.add(line.text());
        report.planText(line.number(), "$." + PlanKeys.PREAMBLE, line.text());
      }
    }
    title();
    SuppliedMetadata.apply(given, draft, report);
    period();
  }

  /** The index of the first line that is a plan's title, or -1. */
  private static int planTitle(List<PrintedLines.Line> front) {
    for (int i = 0; i < front.size(); i++) {
      if (isPlanTitle(front.get(i).text())) {
        return i;
      }
    }
    return -1;
  }

  static boolean isAttribution(String text) {
    return URL.matcher(text).matches() || ATTRIBUTION.matcher(text).matches();
  }

  /** Takes the source address from an attribution line, or reports the line left out. */
  void attribution(PrintedLines.Line line) {
    String text = line.text();
    Matcher url = URL_IN_TEXT.matcher(text);
    if (url.find() && draft.meta.source == null) {
      draft.meta.source = url.group();
      report.meta(line.number(), PlanKeys.SOURCE, "taken from the attribution line " + quote(text));
    } else {
      report.meta(line.number(), "attribution", "left out: " + quote(text));
    }
  }

  private void title() {
    String title = draft.documentTitle;
    String from = "the document title";
    Draft.Notice notice = draft.notice;
    if (title == null && notice != null) {
      List<String> candidates = new ArrayList<>();
      if (notice.title != null) {
        candidates.add(notice.title);
      }
      candidates.addAll(notice.paragraphs);
      for (String candidate : candidates) {
        Matcher m = Pattern.compile("《([^《》]{2,80})》").matcher(candidate);
        if (m.find()) {
          title = m.group(1);
          from = "the first title in 《》 of the notice, " + quote(m.group());
          break;
        }
      }
    }
    boolean draftMark =
        String.valueOf(title).contains("征求意见稿")
            || (notice != null
                && (notice.attachments.toString().contains("征求意见稿")
                    || String.valueOf(notice.title).contains("征求意见稿")));
    if (title != null) {
      String plain = DRAFT.matcher(title).replaceAll("").strip();
      draft.meta.title = plain;
      report.meta(
          titleLine, PlanKeys.TITLE, from + (plain.equals(title) ? "" : ", without (征求意见稿)"));
    } else {
      report.meta(0, PlanKeys.TITLE, "left for the user: the copy prints no title");
    }
    draft.meta.status = draftMark ? "draft-for-comment" : "in-force";
    report.meta(
        0,
        PlanKeys.STATUS,
        draftMark
            ? "draft-for-comment: the copy calls itself 征求意见稿"
            : "in-force: the copy does not call itself a draft (征求意见稿); check it");
  }

  private void period() {
    List<String> texts = new ArrayList<>();
    if (draft.meta.title != null) {
      texts.add(draft.meta.title);
    }
    texts.addAll(draft.preamble);
    if (draft.notice != null && draft.notice.signatory == null) {
      // A notice without a signatory is read as the preamble: its years count as the preamble's.
      texts.addAll(draft.notice.paragraphs);
    }
    Integer from = null;
    Integer to = null;
    String how = null;
    for (String text : texts) {
      Matcher m = (annual ? ANNUAL_PERIOD : FIVE_YEAR_PLAN).matcher(text);
      Matcher other = (annual ? ONE_YEAR : YEAR_RANGE).matcher(text);
      if (m.find()) {
        if (annual) {
          from = Integer.valueOf(m.group(1));
          to = Integer.valueOf(m.group(2));
          how = quote(m.group());
        } else {
          int n = 10 + (m.group(1).isEmpty() ? 0 : NUMERALS.indexOf(m.group(1)) + 1);
          from = 1981 + 5 * (n - 6);
          to = from + 4;
          how = quote(m.group()) + " (the " + n + "th Five-Year Plan)";
        }
        break;
      }
      if (other.find()) {
        from = Integer.valueOf(other.group(1));
        to = annual ? from : Integer.valueOf(other.group(2));
        how = quote(other.group());
        break;
      }
    }
    if (from != null) {
      draft.meta.from = from;
      draft.meta.to = to;
      report.meta(
          0,
          PlanKeys.PERIOD,
          (from.equals(to) ? from.toString() : from + "–" + to) + ", from " + how);
    } else {
      report.meta(
          0,
          PlanKeys.PERIOD,
          "left for the user: neither the title nor the preamble prints the years");
    }
  }
}
