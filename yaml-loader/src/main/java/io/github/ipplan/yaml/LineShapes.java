package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.ITEM;
import static io.github.ipplan.yaml.PrintedForms.NUMERALS;
import static io.github.ipplan.yaml.PrintedForms.SECTION;
import static io.github.ipplan.yaml.PrintedForms.TOP;
import static io.github.ipplan.yaml.PrintedForms.excerpt;
import static io.github.ipplan.yaml.PrintedForms.head;
import static io.github.ipplan.yaml.PrintedForms.isTitle;
import static io.github.ipplan.yaml.PrintedForms.quote;
import static io.github.ipplan.yaml.PrintedForms.tail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage of {@link PlanImporter} between cutting the text into lines and reading them: gives the
 * lines the shape the reading expects, one heading or numbered item a line, whatever shape the copy
 * prints them in.
 *
 * <ul>
 *   <li>Pinyin glosses a reposting site prints inside words, such as {@code 發(fā)展(zhǎn)}, are
 *       taken out of the text and listed, as printed, in a note for their line; the glosses of the
 *       lines after the first 20 glossed share one note. A gloss is a Han character followed by
 *       letters in parentheses of which at least one carries a tone mark (or is ü), so that
 *       parenthesised Latin text such as {@code (PCT)} stays as printed.
 *   <li>Items run together on one line are cut apart where a numbered item ({@code 2.}, {@code 2．},
 *       {@code 2、}, {@code 2 .}), a part heading ({@code 二、}, {@code 二 }) or a section heading
 *       ({@code （二）}) follows a closing responsibility clause ({@code …负责）}, {@code …負責)}) and
 *       optional white space; a heading followed on its line by its first section or item is cut
 *       after its title. Numbers inside a text ({@code 2025年}, {@code 1.5倍}, {@code 第2.3条}) and
 *       clauses that name no one responsible cut nothing. Each piece keeps its source line number,
 *       and the line gets a note.
 *   <li>A copy that prints numbered items ending in a responsibility clause, but where no line is
 *       then a numbered item, gets a note naming the first line that prints one: no task is read.
 * </ul>
 *
 * <p>Pure, and linear in the length of the text: each character is looked at a bounded number of
 * times.
 */
final class LineShapes {
  private LineShapes() {}

  /**
   * The lines in their new shape, and the remarks on what was changed, for the plan's notes.
   *
   * @param lines the lines, each piece of a cut line with the line's number
   * @param findings the remarks, each at the source line it concerns, at path {@code $}
   */
  record Shaped(List<PrintedLines.Line> lines, List<ImportResult.Finding> findings) {}

  /** The most glosses a note lists by name; the rest are counted. */
  static final int MOST_GLOSSES_LISTED = 20;

  /**
   * The most lines whose glosses are noted line by line; the glosses of the lines after them share
   * one note, so that a copy glossed throughout does not crowd out the plan's other notes.
   */
  static final int MOST_GLOSSED_LINES_NOTED = 20;

  /** How far after its start a heading's title may end: a title holds at most 40 code points. */
  static final int HEADING_WINDOW = 120;

  private static final String SPACE = "[\\s\\u00A0\\u3000]";
  private static final Pattern ITEM_START = Pattern.compile("\\d{1,4}\\s*[.．、](?!\\d)\\s*\\S");
  private static final Pattern ITEM_IN_TEXT = Pattern.compile("(?<!\\d)\\d{1,4}\\s*[.．、](?!\\d)");
  private static final Pattern TOP_LABEL =
      Pattern.compile("[" + NUMERALS + "]{1,4}\\s*(?:[、.．,，]|" + SPACE + ")");
  private static final Pattern SECTION_LABEL =
      Pattern.compile("[（(]\\s*[" + NUMERALS + "]{1,4}\\s*[）)]");
  private static final String TONE_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";
  private static final int LONGEST_GLOSS = 12;

  /** Reshapes the lines of a copy of the given shape. */
  static Shaped of(List<PrintedLines.Line> lines, PlanImporter.Shape shape) {
    List<PrintedLines.Line> out = new ArrayList<>(lines.size());
    List<ImportResult.Finding> findings = new ArrayList<>();
    boolean anyItem = false;
    String unread = null;
    int unreadLine = 0;
    int glossedLines = 0;
    int firstUnnoted = 0;
    int lastUnnoted = 0;
    long unnoted = 0;
    Set<String> unnotedGlosses = new LinkedHashSet<>();
    for (PrintedLines.Line line : lines) {
      List<String> glosses = new ArrayList<>();
      String text = withoutGlosses(line.text(), glosses);
      if (!glosses.isEmpty() && ++glossedLines <= MOST_GLOSSED_LINES_NOTED) {
        findings.add(
            new ImportResult.Finding(
                line.number(),
                "$",
                "The copy glosses "
                    + (glosses.size() == 1 ? "a character" : glosses.size() + " characters")
                    + " on this line with pinyin, which is left out of the text: "
                    + listed(glosses)
                    + "."));
      } else if (!glosses.isEmpty()) {
        firstUnnoted = firstUnnoted == 0 ? line.number() : firstUnnoted;
        lastUnnoted = line.number();
        unnoted += glosses.size();
        unnotedGlosses.addAll(glosses);
      }
      List<Integer> cuts = cuts(text);
      if (cuts.size() > 1) {
        int first = cuts.get(1);
        findings.add(
            new ImportResult.Finding(
                line.number(),
                "$",
                "The copy prints "
                    + cuts.size()
                    + " headings and items run together on one line ("
                    + quote(around(text, first))
                    + "); each is read as a line of its own."));
      }
      for (int i = 0; i < cuts.size(); i++) {
        int from = cuts.get(i);
        int to = i + 1 < cuts.size() ? cuts.get(i + 1) : text.length();
        String piece = strip(text.substring(from, to));
        out.add(
            new PrintedLines.Line(
                line.number(), piece, i == 0 ? line.indent() : "", i == 0 && line.blankBefore()));
        if (!anyItem) {
          anyItem = ITEM.matcher(piece).matches();
          if (unread == null) {
            unread = itemWithClause(piece);
            unreadLine = line.number();
          }
        }
      }
    }
    if (!anyItem && unread != null) {
      String what = shape == PlanImporter.Shape.FIVE_YEAR ? "measure" : "task";
      findings.add(
          new ImportResult.Finding(
              unreadLine,
              "$",
              "The copy prints numbered items ending in a responsibility clause (…负责）), the first"
                  + " on this line ("
                  + quote(unread)
                  + "), but no line starts with one: no "
                  + what
                  + " is read. Put each item on a line of its own, starting with its number."));
    }
    if (unnoted > 0) {
      findings.add(
          new ImportResult.Finding(
              firstUnnoted,
              "$",
              "The copy glosses "
                  + unnoted
                  + " more characters with pinyin on "
                  + (glossedLines - MOST_GLOSSED_LINES_NOTED)
                  + " more lines, from this one to source line "
                  + lastUnnoted
                  + ", which is left out of the text; the glosses, each once: "
                  + listed(List.copyOf(unnotedGlosses))
                  + "."));
    }
    return new Shaped(out, findings);
  }

  /** Eight characters before a cut and six after it, with … where the text goes on. */
  private static String around(String text, int cut) {
    String before = text.substring(0, cut);
    return (before.codePointCount(0, cut) > 8 ? "…" : "")
        + tail(before, 8)
        + excerpt(text.substring(cut), 6);
  }

  // ---------------------------------------------------------------- pinyin glosses

  /**
   * The text without its pinyin glosses; each gloss found is added to the list as printed, with the
   * character it follows: {@code 發(fā)}.
   */
  static String withoutGlosses(String text, List<String> glosses) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 1; i < text.length(); i++) {
      char open = text.charAt(i);
      if (open != '(' && open != '（') {
        continue;
      }
      int before = text.codePointBefore(i);
      if (Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN) {
        continue;
      }
      int end = glossEnd(text, i);
      if (end < 0) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i);
      glosses.add(text.substring(i - Character.charCount(before), end));
      copied = end;
      i = end - 1;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** The end of a gloss whose parenthesis opens at the index, or -1 where none does. */
  private static int glossEnd(String text, int open) {
    boolean toned = false;
    int limit = Math.min(text.length(), open + 2 + LONGEST_GLOSS);
    for (int k = open + 1; k < limit; k++) {
      char c = text.charAt(k);
      if (c == ')' || c == '）') {
        return toned ? k + 1 : -1;
      }
      if (TONE_MARKED.indexOf(c) >= 0) {
        toned = true;
      } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The glosses quoted, the first {@link #MOST_GLOSSES_LISTED} of them, with a count of the rest.
   */
  private static String listed(List<String> glosses) {
    StringBuilder listed = new StringBuilder();
    for (int i = 0; i < Math.min(glosses.size(), MOST_GLOSSES_LISTED); i++) {
      listed.append(i == 0 ? "" : ", ").append(quote(glosses.get(i)));
    }
    if (glosses.size() > MOST_GLOSSES_LISTED) {
      listed.append(" and ").append(glosses.size() - MOST_GLOSSES_LISTED).append(" more");
    }
    return listed.toString();
  }

  // ---------------------------------------------------------------- items run together

  /** Where the line's pieces start: 0, then each cut, in order. */
  static List<Integer> cuts(String text) {
    List<Integer> cuts = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      cuts.add(from);
      from = nextCut(text, from);
    }
    return cuts;
  }

  /** Where the piece that starts at the index ends: the next cut, or the end of the text. */
  private static int nextCut(String text, int from) {
    int heading = headingEnd(text, from);
    if (heading >= 0) {
      return heading;
    }
    for (int p = from; p < text.length(); p++) {
      if (closesClause(text, p)) {
        int next = skipSpaces(text, p + 1);
        if (next < text.length() && (itemAt(text, next) || headingEnd(text, next) >= 0)) {
          return next;
        }
      }
    }
    return text.length();
  }

  /**
   * Where a heading that starts at the index ends, or -1 where no heading starts there: it ends
   * before a section or item that follows its title on the line, or where a clause is cut, or at
   * the end of the text, and is a heading only if what it holds reads as one.
   */
  private static int headingEnd(String text, int from) {
    boolean top = lookingAt(TOP_LABEL, text, from);
    if (!top && !lookingAt(SECTION_LABEL, text, from)) {
      return -1;
    }
    int limit = Math.min(text.length(), from + HEADING_WINDOW);
    int end = -1;
    for (int k = from + 1; k < limit && end < 0; k++) {
      if (top && lookingAt(SECTION_LABEL, text, k)) {
        end = k;
      } else if (PrintedLines.isSpace(text.charAt(k - 1)) && itemAt(text, k)) {
        end = k;
      } else if (closesClause(text, k - 1)) {
        int next = skipSpaces(text, k);
        if (next < text.length()
            && (itemAt(text, next)
                || lookingAt(TOP_LABEL, text, next)
                || lookingAt(SECTION_LABEL, text, next))) {
          end = next;
        }
      }
    }
    if (end < 0) {
      if (limit < text.length()) {
        return -1;
      }
      end = text.length();
    }
    return isHeading(strip(text.substring(from, end))) ? end : -1;
  }

  /** Whether a piece reads as a part or section heading, as the importer reads one. */
  private static boolean isHeading(String piece) {
    Matcher top = TOP.matcher(piece);
    if (top.matches() && isTitle(top.group(3))) {
      return true;
    }
    Matcher section = SECTION.matcher(piece);
    return section.matches() && isTitle(section.group(3));
  }

  /** Whether a numbered item starts at the index: a number, its punctuation, then text. */
  private static boolean itemAt(String text, int at) {
    return lookingAt(ITEM_START, text, at);
  }

  /** Whether the character at the index closes a responsibility clause: 负责） or 負責). */
  static boolean closesClause(String text, int at) {
    if (at < 2) {
      return false;
    }
    char close = text.charAt(at);
    char second = text.charAt(at - 1);
    char first = text.charAt(at - 2);
    return (close == '）' || close == ')')
        && (second == '责' || second == '責')
        && (first == '负' || first == '負');
  }

  private static boolean lookingAt(Pattern pattern, String text, int at) {
    return pattern.matcher(text).region(at, text.length()).lookingAt();
  }

  private static int skipSpaces(String text, int from) {
    int at = from;
    while (at < text.length() && PrintedLines.isSpace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static String strip(String text) {
    int from = skipSpaces(text, 0);
    int to = text.length();
    while (to > from && PrintedLines.isSpace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  /**
   * The first numbered item ending in a responsibility clause the piece prints, shortened for a
   * note, or null where it prints none.
   */
  static String itemWithClause(String piece) {
    Matcher number = ITEM_IN_TEXT.matcher(piece);
    if (!number.find()) {
      return null;
    }
    for (int p = number.end(); p < piece.length(); p++) {
      if (closesClause(piece, p)) {
        String item = piece.substring(number.start(), p + 1);
        return item.codePointCount(0, item.length()) <= 16
            ? item
            : head(item, 6) + "…" + tail(item, 8);
      }
    }
    return null;
  }
}
