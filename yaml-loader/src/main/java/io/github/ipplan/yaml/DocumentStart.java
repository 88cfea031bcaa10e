package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.DOCUMENT_NUMBER;
import static io.github.ipplan.yaml.PrintedForms.NUMBER_AND_DATE;
import static io.github.ipplan.yaml.PrintedForms.excerpt;
import static io.github.ipplan.yaml.PrintedForms.isNoticeTitle;
import static io.github.ipplan.yaml.PrintedForms.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The stage that finds where the document starts in a copy taken from a web page: takes the lines
 * and gives the index of the document's first line, skipping with a note on the plan what the page
 * prints before it: a breadcrumb ({@code 当前位置:首页}, {@code >专题>…}, {@code 首页 > 政务公开 > …}), a line of
 * the page's source, date and views, everything up to {@code 全文如下}, and, before a notice title or a
 * document number, a headline, a news lead-in and a news page's numbered highlights.
 */
final class DocumentStart {
  private static final Pattern FULL_TEXT_FOLLOWS = Pattern.compile(".{0,80}全文如下\\s*[:：]?");
  private static final Pattern BREADCRUMB =
      Pattern.compile("(?:(?:当前位置|您现在的位置|你现在的位置|您的位置|当前的位置)\\s*[:：].*|[>＞»].*|.*首页\\s*[>＞»].*)");
  private static final Pattern PAGE_INFO =
      Pattern.compile(
          ".*(?:浏览次数|阅读次数|点击次数|浏览量|点击数|【字体|字号[:：]).*|.*来源\\s*[:：].*(?:发布时间|日期)\\s*[:：].*");
  private static final int MOST_QUOTED = 3;
  private static final int MOST_PAGE_LINE = 200;

  private DocumentStart() {}

  /** Tells whether a line is a web page's, never a document's. */
  static boolean isPageLine(String text) {
    // A page's lines are short; a long line is the document's, and is never scanned here.
    if (text.length() > MOST_PAGE_LINE) {
      return false;
    }
    String form = PrintedForms.form(text);
    return BREADCRUMB.matcher(form).matches()
        || PAGE_INFO.matcher(form).matches()
        || FULL_TEXT_FOLLOWS.matcher(form).matches();
  }

  /**
   * The index of the document's first line: after {@code 全文如下} where the copy prints it before its
   * first heading, else at its notice title or document number; recognised page lines before the
   * first heading are skipped wherever they stand.
   */
  static int find(List<PrintedLines.Line> lines, LineKinds kinds, ImportReport report) {
    int firstTop = 0;
    while (firstTop < lines.size() && kinds.of(firstTop) != LineKinds.Kind.TOP) {
      firstTop++;
    }
    int start = 0;
    for (int i = firstTop - 1; i >= 0; i--) {
      if (FULL_TEXT_FOLLOWS.matcher(PrintedForms.form(lines.get(i).text())).matches()) {
        start = i + 1;
        break;
      }
    }
    if (start == 0) {
      for (int i = 0; i < firstTop; i++) {
        String text = lines.get(i).text();
        if (!isPageLine(text)
            && (isNoticeTitle(text)
                || DOCUMENT_NUMBER.matcher(PrintedForms.form(text)).matches()
                || NUMBER_AND_DATE.matcher(PrintedForms.form(text)).matches())) {
          start = i;
          break;
        }
      }
    }
    List<PrintedLines.Line> skipped = new ArrayList<>(lines.subList(0, start));
    for (int i = start; i < firstTop && isPageLine(lines.get(i).text()); i++) {
      skipped.add(lines.get(i));
      start = i + 1;
    }
    if (!skipped.isEmpty()) {
      report.planNote(skipped.get(0).number(), message(skipped));
    }
    return start;
  }

  private static String message(List<PrintedLines.Line> skipped) {
    List<String> quoted = new ArrayList<>();
    for (PrintedLines.Line line : skipped.subList(0, Math.min(MOST_QUOTED, skipped.size()))) {
      quoted.add(quote(excerpt(line.text(), 12)));
    }
    if (skipped.size() > MOST_QUOTED) {
      quoted.add("…");
    }
    int first = skipped.get(0).number();
    int last = skipped.get(skipped.size() - 1).number();
    String where = first == last ? "line " + first : "lines " + first + "–" + last;
    return "The copy prints "
        + (skipped.size() == 1 ? "a line" : skipped.size() + " lines")
        + " before the document ("
        + where
        + ": "
        + String.join(", ", quoted)
        + "), a web page's navigation, headline, lead-in or highlights; "
        + (skipped.size() == 1 ? "it is" : "they are")
        + " skipped.";
  }
}
