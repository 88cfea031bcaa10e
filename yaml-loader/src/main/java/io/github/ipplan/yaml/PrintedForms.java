package io.github.ipplan.yaml;

import io.github.ipplan.internal.Texts;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How published plans print what {@link Importer} reads: the patterns of headings, numbered items,
 * dates and attribution lines, what a title looks like, where a clause of responsible bodies
 * starts, and the anomalies worth a note (half-width spaces next to Chinese text, traditional
 * forms, numbers out of sequence). Pure functions of their arguments.
 */
final class PrintedForms {
  private PrintedForms() {}

  static final String NUMERALS = "一二三四五六七八九十百";

  /**
   * A part or chapter heading: the numeral, its punctuation ({@code 一、}, {@code 一.}) or, where it
   * has none, the white space after it ({@code 一 }, {@code 一\u3000}), and the title.
   */
  static final Pattern TOP =
      Pattern.compile(
          "(["
              + NUMERALS
              + "]{1,4})(?:\\s*(?=[、.．,，]))?([、.．,，]|[\\s\\u00A0\\u3000]+)[\\s\\u00A0\\u3000]*(\\S.*)");

  static final Pattern SECTION =
      Pattern.compile("([（(]\\s*([" + NUMERALS + "]{1,4})\\s*[）)])\\s*(\\S.*)");
  static final Pattern ITEM = Pattern.compile("((\\d{1,4})\\s*[.．、](?!\\d)\\s*)(\\S.*)");
  static final Pattern PROJECT =
      Pattern.compile("(项目|专栏)\\s*(\\d{1,3})(?:\\s*[.．、:：]\\s*|\\s+)?(\\S.*)");
  static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  static final Pattern PUBLICATION =
      Pattern.compile("(?:发布时间|发布日期|发文日期)\\s*[:：]\\s*(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?.*");
  static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("[^\\s，。：:]{1,20}[〔\\[［【]\\d{4}[〕\\]］】]\\s*\\d{1,4}\\s*号");

  /** A document number and a date on one line: {@code 苏政发〔2009〕1号 2009年1月5日}. */
  static final Pattern NUMBER_AND_DATE =
      Pattern.compile(
          "([^\\s，。：:]{1,20}[〔\\[［【]\\d{4}[〕\\]］】]\\s*\\d{1,4}\\s*号)[\\s\u3000]*"
              + "((\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日)");

  /** The line that closes a notice's text: 特此通知。 */
  static final Pattern CLOSING = Pattern.compile("特此(?:通知|通告|公告|函告|批复|函)[。.]?");

  static final Pattern URL = Pattern.compile("https?://\\S+");
  static final Pattern ATTRIBUTION =
      Pattern.compile(
          "[（(【\\[]?\\s*(?:出所|出处|来源|信息来源|文章来源|原文链接|原文地址|原文|转载自|本文来源|责任编辑)" + "\\s*[:：].*");
  static final Pattern ATTACHMENTS = Pattern.compile("附件\\s*[:：]?");
  static final Pattern ANNUAL_PERIOD =
      Pattern.compile("(\\d{4})\\s*[—–\\-－~～至到]+\\s*(\\d{4})\\s*年度");
  static final Pattern ONE_YEAR = Pattern.compile("(\\d{4})\\s*年度");
  static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六七八九]?)五");
  static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*[—–\\-－~～至到]+\\s*(\\d{4})\\s*年");
  static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  static final Pattern DRAFT = Pattern.compile("[（(]?征求意见稿[）)]?");
  static final Set<String> NAME_COLUMNS = Set.of("指标", "指标名称");
  static final Set<String> COLUMNS =
      Set.of("指标", "指标名称", "数值", "目标值", "目标", "数据来源", "来源", "属性", "指标属性", "序号", "单位");

  /** A heading's title: short, and not a sentence. */
  static boolean isTitle(String text) {
    return text.codePointCount(0, text.length()) <= 40
        && !text.endsWith("。")
        && !text.contains("，")
        && !text.contains(",")
        && !text.contains("；");
  }

  /** The index of the parenthesis that opens a clause ending the text, or -1. */
  static int clauseStart(String text) {
    if (!(text.endsWith("）") || text.endsWith(")"))) {
      return -1;
    }
    int depth = 0;
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '）' || c == ')') {
        depth++;
      } else if (c == '（' || c == '(') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  static List<String> split(String list) {
    List<String> names = new ArrayList<>();
    for (String piece : list.split("[、，,；;]")) {
      String name = piece.strip();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  static String sequence(String what, int number, int last) {
    if (number <= last) {
      return "The " + what + " number " + number + " follows " + last + ": out of order.";
    }
    if (number == last + 2) {
      return "The "
          + what
          + " number "
          + number
          + " follows "
          + last
          + ": "
          + (last + 1)
          + " is missing.";
    }
    return "The "
        + what
        + " number "
        + number
        + " follows "
        + (last == 0 ? "none" : Integer.toString(last))
        + ": "
        + (last + 1)
        + "–"
        + (number - 1)
        + " are missing.";
  }

  static int indexOf(List<String> columns, Set<String> names) {
    for (int i = 0; i < columns.size(); i++) {
      if (names.contains(columns.get(i))) {
        return i;
      }
    }
    return -1;
  }

  static String indicatorKind(String name, String unit) {
    if (name.contains("年均增长")) {
      return "annual-growth-rate";
    }
    if (name.contains("占GDP比重") || name.contains("占地区生产总值比重")) {
      return "share-of-gdp";
    }
    if (name.startsWith("新增")) {
      return "new-over-period";
    }
    if (unit.equals("分")) {
      return "score";
    }
    if (unit.contains("/") || unit.endsWith("年")) {
      return "annual-count";
    }
    return "level";
  }

  /**
   * A plan's title: a short line that names a kind of plan, such as …规划, …规划（2021—2025年） or
   * …推进计划（征求意见稿）.
   */
  static boolean isPlanTitle(String text) {
    return isDocumentTitle(text) && PLAN_TITLE.matcher(form(text)).matches();
  }

  static final Pattern PLAN_TITLE =
      Pattern.compile(
          ".*(规划|计划|方案|纲要|意见|要点|办法|措施|清单|行动|安排)"
              + "\\s*([（(]\\d{4}\\s*[—–\\-－~～至到]+\\s*\\d{4}\\s*年?[）)])?"
              + "\\s*([（(](征求意见稿|草案|试行|送审稿)[）)])?");

  /** A notice's title: a document title ending in 通知, 通告, 公告, 的函 or 决定. */
  static boolean isNoticeTitle(String text) {
    return form(text).matches(".*(通知|通告|公告|的函|决定)") && isDocumentTitle(text);
  }

  static boolean isDocumentTitle(String text) {
    return text.codePointCount(0, text.length()) <= 80
        && !text.endsWith("。")
        && !text.endsWith("：")
        && !text.endsWith(":")
        && !text.contains("，")
        && !text.contains(",");
  }

  static Optional<String> spaceContexts(String text) {
    List<String> contexts = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != ' ') {
        continue;
      }
      boolean chinese =
          (i > 0 && isChinese(text.charAt(i - 1)))
              || (i + 1 < text.length() && isChinese(text.charAt(i + 1)));
      if (!chinese) {
        continue;
      }
      int from = Math.max(0, i - 3);
      int to = Math.min(text.length(), i + 4);
      if (start >= 0 && from <= end) {
        end = to;
      } else {
        if (start >= 0) {
          contexts.add(quote(text.substring(start, end)));
        }
        start = from;
        end = to;
      }
    }
    if (start >= 0) {
      contexts.add(quote(text.substring(start, end)));
    }
    return contexts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", contexts));
  }

  static boolean isChinese(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || (c >= '\u3000' && c <= '\u303F')
        || (c >= '\uFF00' && c <= '\uFFEF')
        || c == '“'
        || c == '”'
        || c == '‘'
        || c == '’'
        || c == '—'
        || c == '…';
  }

  static boolean isLatinOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** A traditional form that is not also a standard simplified character. */
  static boolean isTraditionalOnly(int c) {
    return Texts.simplified(c) != c && !isSimplifiedToo(c);
  }

  /** A text with each traditional-only form replaced by its simplified form. */
  static String simplifiedForms(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(c -> out.appendCodePoint(isTraditionalOnly(c) ? Texts.simplified(c) : c));
    return out.toString();
  }

  /**
   * The form a line is recognised by: its traditional-only characters replaced by their simplified
   * forms where that keeps the text's length, so that a copy in traditional characters (發佈時間,
   * 國知聯辦〔2024〕6號) is recognised as a simplified one is, and the indices of a match hold for the
   * text as printed.
   */
  static String form(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              int simplified = isTraditionalOnly(c) ? Texts.simplified(c) : c;
              out.appendCodePoint(
                  Character.charCount(simplified) == Character.charCount(c) ? simplified : c);
            });
    return out.toString();
  }

  static List<String> traditionalForms(String text) {
    List<String> messages = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int simplified = Texts.simplified(c);
      int next = i + Character.charCount(c);
      if (isTraditionalOnly(c)) {
        String word =
            i > 0 && isChinese(text.charAt(i - 1))
                ? text.substring(i - 1, next)
                : text.substring(i, next);
        messages.add(
            quote(word)
                + " is printed with the traditional form of "
                + quote(Character.toString(simplified))
                + "; kept as printed.");
      }
      i = next;
    }
    return messages;
  }

  /**
   * Tells whether a character that folds to another is also a standard simplified character in its
   * own right (著 in 著作, 乾 in 乾坤, 覆 in 覆盖): those that GB 2312, the simplified character set, holds.
   */
  static boolean isSimplifiedToo(int c) {
    return SIMPLIFIED_TOO.computeIfAbsent(
        c, k -> GB2312 != null && GB2312.newEncoder().canEncode(Character.toString(k)));
  }

  /**
   * The answers so far, asked only of characters that fold to another (a few thousand at most), so
   * that a copy in traditional characters does not build an encoder for each of its characters.
   */
  private static final ConcurrentHashMap<Integer, Boolean> SIMPLIFIED_TOO =
      new ConcurrentHashMap<>();

  private static final Charset GB2312 =
      Charset.isSupported("GB2312") ? Charset.forName("GB2312") : null;

  static boolean endsSentence(String text) {
    return text.endsWith("。")
        || text.endsWith("：")
        || text.endsWith(":")
        || text.endsWith("!")
        || text.endsWith("?")
        || text.endsWith("！")
        || text.endsWith("？")
        || text.endsWith("；")
        || text.endsWith("。”")
        || text.endsWith("）")
        || text.endsWith(")");
  }

  static String head(String text, int count) {
    int end = text.offsetByCodePoints(0, Math.min(count, text.codePointCount(0, text.length())));
    return text.substring(0, end);
  }

  static String tail(String text, int count) {
    int length = text.codePointCount(0, text.length());
    return text.substring(text.offsetByCodePoints(0, Math.max(0, length - count)));
  }

  static String quote(String text) {
    return "'" + text + "'";
  }

  /** The text's first {@code count} code points, with … where it goes on. */
  static String excerpt(String text, int count) {
    String head = head(text, count);
    return head.length() < text.length() ? head + "…" : head;
  }
}
