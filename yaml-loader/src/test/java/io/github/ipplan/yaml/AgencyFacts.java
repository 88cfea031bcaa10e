package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.AgencyLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's copy of the facts about every body ({@code sources/agencies.md}), parsed
 * independently of the loader (none of its code reads the file) so tests can compare the bundled
 * registry with it field by field.
 *
 * <p>What the file states, and how it is read:
 *
 * <ul>
 *   <li>a table per plan, one row per body, with columns found by their headings: printed names
 *       (several separated by {@code ;}), full name ({@code (none: …)} for none), English name,
 *       abbreviation (national table only) and kind;
 *   <li>the kind column starts with the kind in words; what follows in parentheses, or after a
 *       {@code ;}, is a remark the registry keeps as a note, and so is what follows {@code (none:}
 *       in the full-name column;
 *   <li>a body "replaced in YEAR by FULL NAME (ENGLISH NAME, ABBREVIATION)" or "succeeded by FULL
 *       NAME" has that successor;
 *   <li>English names are the bodies' own, except where the English cell ends in "*(descriptive)*"
 *       or the table's English column is headed "(descriptive)";
 *   <li>the national table and the table of later editions list national (central) bodies, the
 *       Guangzhou table municipal ones, except one that is "not a government body" and so has no
 *       level of government;
 *   <li>the names later editions print "with a 国家 prefix (…)" or "with a 中国 prefix (…)" are further
 *       printed names of the bodies they prefix, and later editions also name "bodies created since
 *       (…)".
 * </ul>
 */
final class AgencyFacts {
  /** The kinds as agencies.md words them. */
  private static final ImmutableMap<String, AgencyKind> KINDS =
      ImmutableMap.<String, AgencyKind>builder()
          .put("party organ", AgencyKind.PARTY_ORGAN)
          .put("court", AgencyKind.COURT)
          .put("procuratorate", AgencyKind.PROCURATORATE)
          .put("State Council ministry", AgencyKind.STATE_COUNCIL_MINISTRY)
          .put(
              "special body directly under the State Council",
              AgencyKind.SPECIAL_BODY_UNDER_STATE_COUNCIL)
          .put("body directly under the State Council", AgencyKind.BODY_UNDER_STATE_COUNCIL)
          .put(
              "public institution directly under the State Council",
              AgencyKind.PUBLIC_INSTITUTION_UNDER_STATE_COUNCIL)
          .put("national administration", AgencyKind.NATIONAL_ADMINISTRATION)
          .put("military", AgencyKind.MILITARY)
          .put("people's organisation", AgencyKind.PEOPLES_ORGANISATION)
          .put("coordination body", AgencyKind.COORDINATION_BODY)
          .put("collective", AgencyKind.COLLECTIVE)
          .put("municipal government body", AgencyKind.MUNICIPAL_GOVERNMENT_BODY)
          .put("arbitration institution", AgencyKind.ARBITRATION_INSTITUTION)
          .put("not a government body", AgencyKind.NON_GOVERNMENT_ORGANISATION)
          .buildOrThrow();

  private static final Pattern REPLACED =
      Pattern.compile("replaced in (\\d{4}) by (\\S+) \\((.+), ([A-Z]+)\\)");
  private static final Pattern SUCCEEDED = Pattern.compile("succeeded by ([^;)\\s]+)");
  private static final Pattern CHINA_PREFIX = Pattern.compile("中国\\s*prefix\\s*\\(([^)]+)\\)");
  private static final Pattern STATE_PREFIX = Pattern.compile("国家\\s*prefix\\s*\\(([^)]+)\\)");
  private static final Pattern CREATED_SINCE =
      Pattern.compile("bodies created since\\s*\\(([^)]+)\\)");

  /** One row of a table: a body as agencies.md describes it. */
  record Body(
      String table,
      ImmutableList<String> printedNames,
      Optional<String> fullName,
      String englishName,
      boolean englishNameDescriptive,
      Optional<String> abbreviation,
      AgencyKind kind,
      Optional<AgencyLevel> level,
      ImmutableList<String> remarks,
      Optional<Successor> successor) {
    /** The first printed name, which names the body in messages. */
    String name() {
      return printedNames.get(0);
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /**
   * The body that replaced another, as the remark on the replaced one names it: "replaced in YEAR
   * by FULL NAME (ENGLISH NAME, ABBREVIATION)", or "succeeded by FULL NAME".
   */
  record Successor(
      String fullName,
      Optional<Integer> year,
      Optional<String> englishName,
      Optional<String> abbreviation) {}

  /** The text of agencies.md. */
  final String text;

  /** The rows of the national table, in order. */
  final ImmutableList<Body> national;

  /** The rows of the table of bodies later editions name, in order. */
  final ImmutableList<Body> later;

  /** The rows of the Guangzhou table, in order. */
  final ImmutableList<Body> guangzhou;

  /** The names later editions print with a 国家 prefix, such as 国家知识产权局. */
  final ImmutableList<String> statePrefixed;

  /** The names later editions print with a 中国 prefix, such as 中国证监会. */
  final ImmutableList<String> chinaPrefixed;

  /** The bodies later editions name that were created since, such as 金融监管总局. */
  final ImmutableList<String> createdSince;

  private AgencyFacts(String text) {
    this.text = text;
    int nationalStart = text.indexOf("## National plan");
    int laterStart = text.indexOf("## Later editions");
    int guangzhouStart = text.indexOf("## Guangzhou");
    check(
        nationalStart >= 0 && laterStart > nationalStart && guangzhouStart > laterStart,
        "the three sections");
    this.statePrefixed = names(STATE_PREFIX, text);
    this.chinaPrefixed = names(CHINA_PREFIX, text);
    this.createdSince = names(CREATED_SINCE, text);
    this.national =
        table(
            "national",
            text.substring(nationalStart, laterStart),
            Optional.of(AgencyLevel.CENTRAL),
            ImmutableList.<String>builder().addAll(statePrefixed).addAll(chinaPrefixed).build());
    this.later =
        table(
            "later",
            text.substring(laterStart, guangzhouStart),
            Optional.of(AgencyLevel.CENTRAL),
            List.of());
    this.guangzhou =
        table(
            "guangzhou",
            text.substring(guangzhouStart),
            Optional.of(AgencyLevel.MUNICIPAL),
            List.of());
  }

  static AgencyFacts load() {
    return new AgencyFacts(SourceText.read("agencies.md"));
  }

  /** Every row of the three tables: the national ones, those of later editions, Guangzhou's. */
  ImmutableList<Body> bodies() {
    return ImmutableList.<Body>builder().addAll(national).addAll(later).addAll(guangzhou).build();
  }

  private static ImmutableList<String> names(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    check(matcher.find(), pattern.pattern());
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (String name : matcher.group(1).split(",")) {
      names.add(name.replaceAll("\\s+", ""));
    }
    return names.build();
  }

  /** The mark after an English name that is a descriptive translation. */
  private static final String DESCRIPTIVE_MARK = " *(descriptive)*";

  private static ImmutableList<Body> table(
      String table, String section, Optional<AgencyLevel> level, List<String> prefixed) {
    List<String> lines = section.lines().filter(line -> line.startsWith("|")).toList();
    check(lines.size() >= 3, "a table in the " + table + " section");
    List<String> headings = cells(lines.get(0));
    int printed = column(headings, "printed");
    int full = column(headings, "full name");
    int english = column(headings, "English name");
    int abbreviation =
        headings.stream().anyMatch(h -> h.startsWith("abbr")) ? column(headings, "abbr") : -1;
    int kind = column(headings, "kind");
    boolean descriptive = headings.get(english).contains("(descriptive)");
    List<Body> bodies = new ArrayList<>();
    for (String line : lines.subList(2, lines.size())) { // after the headings and the rule
      List<String> row = cells(line);
      check(row.size() == headings.size(), "cells of row " + line);
      List<String> remarks = new ArrayList<>();

      List<String> printedNames = new ArrayList<>(List.of(row.get(printed).split("; ")));
      for (String name : prefixed) {
        if ((name.startsWith("国家") || name.startsWith("中国"))
            && printedNames.get(0).equals(name.substring(2))) {
          printedNames.add(name);
        }
      }

      Optional<String> fullName = Optional.of(row.get(full));
      if (row.get(full).startsWith("(none")) {
        fullName = Optional.empty();
        int colon = row.get(full).indexOf(": ");
        if (colon >= 0) {
          remarks.add(row.get(full).substring(colon + 2, row.get(full).length() - 1));
        }
      }

      String kindCell = row.get(kind);
      int paren = kindCell.indexOf(" (");
      int semicolon = kindCell.indexOf("; ");
      int end = paren < 0 ? semicolon : semicolon < 0 ? paren : Math.min(paren, semicolon);
      String kindWords = end < 0 ? kindCell : kindCell.substring(0, end);
      AgencyKind bodyKind = KINDS.get(kindWords);
      check(bodyKind != null, "a known kind, not '" + kindWords + "'");
      if (end >= 0 && end == paren) {
        check(kindCell.endsWith(")"), "a closing parenthesis in " + kindCell);
        remarks.add(0, kindCell.substring(paren + 2, kindCell.length() - 1));
      } else if (end >= 0) {
        remarks.add(0, kindCell.substring(semicolon + 2));
      }
      Optional<Successor> successor = Optional.empty();
      for (String remark : remarks) {
        Matcher replaced = REPLACED.matcher(remark);
        Matcher succeeded = SUCCEEDED.matcher(remark);
        if (replaced.matches()) {
          successor =
              Optional.of(
                  new Successor(
                      replaced.group(2),
                      Optional.of(Integer.parseInt(replaced.group(1))),
                      Optional.of(replaced.group(3)),
                      Optional.of(replaced.group(4))));
        } else if (succeeded.find()) {
          successor =
              Optional.of(
                  new Successor(
                      succeeded.group(1), Optional.empty(), Optional.empty(), Optional.empty()));
        }
      }

      String englishCell = row.get(english);
      boolean marked = englishCell.endsWith(DESCRIPTIVE_MARK);
      bodies.add(
          new Body(
              table,
              ImmutableList.copyOf(printedNames),
              fullName,
              marked
                  ? englishCell.substring(0, englishCell.length() - DESCRIPTIVE_MARK.length())
                  : englishCell,
              descriptive || marked,
              abbreviation < 0 || row.get(abbreviation).isEmpty()
                  ? Optional.empty()
                  : Optional.of(row.get(abbreviation)),
              bodyKind,
              bodyKind == AgencyKind.NON_GOVERNMENT_ORGANISATION ? Optional.empty() : level,
              ImmutableList.copyOf(remarks),
              successor));
    }
    return ImmutableList.copyOf(bodies);
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.strip().substring(1, line.strip().length() - 1).split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }

  private static int column(List<String> headings, String start) {
    for (int i = 0; i < headings.size(); i++) {
      if (headings.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new IllegalStateException(
        "agencies.md has no column headed '" + start + "': " + headings);
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("agencies.md does not have the expected shape: " + what);
    }
  }
}
