package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.clauseStart;
import static io.github.ipplan.yaml.PrintedForms.simplifiedForms;
import static io.github.ipplan.yaml.PrintedForms.split;

import java.util.List;
import java.util.function.Predicate;

/**
 * The clause of responsible bodies that ends a printed task, such as {@code （甲、乙等部门按职责分工负责）}, taken
 * apart: the text before it, the bodies as printed, whether the list is open-ended (…等), and the
 * assignment. The clause's words are matched in simplified form, so that a copy in traditional
 * characters (按職責分工負責) reads alike; the names stay as printed.
 *
 * @param text the task's text without the clause, or the whole text where no bodies are named
 * @param names the bodies as printed, empty where the clause names none
 * @param openEnded whether the list ends in 等, 等部门 or 等单位
 * @param assignment {@code by-duty} for 按职责分工负责, else null
 * @param bareClause the clause, where it names known bodies without 负责; else null
 */
record Clause(
    String text, List<String> names, boolean openEnded, String assignment, String bareClause) {

  /** Reads the clause ending a text; names without 负责 count only if {@code known} knows each. */
  static Clause read(String whole, Predicate<String> known) {
    int open = clauseStart(whole);
    if (open < 0) {
      return none(whole);
    }
    String inner = whole.substring(open + 1, whole.length() - 1).strip();
    String words = simplifiedForms(inner);
    String list;
    String assignment = null;
    String without = null;
    if (words.endsWith("按职责分工负责")) {
      assignment = "by-duty";
      list = inner.substring(0, inner.length() - "按职责分工负责".length());
    } else if (words.endsWith("负责")) {
      list = inner.substring(0, inner.length() - "负责".length());
    } else if (!split(inner).isEmpty() && split(inner).stream().allMatch(known)) {
      list = inner;
      without = whole.substring(open);
    } else {
      return none(whole);
    }
    list = list.strip();
    boolean openEnded = false;
    for (String suffix : List.of("等部门", "等单位", "等")) {
      if (simplifiedForms(list).endsWith(suffix)) {
        openEnded = true;
        list = list.substring(0, list.length() - suffix.length()).strip();
        break;
      }
    }
    List<String> names = split(list);
    if (names.isEmpty()) {
      return new Clause(whole, names, false, null, without);
    }
    return new Clause(whole.substring(0, open).strip(), names, openEnded, assignment, without);
  }

  private static Clause none(String whole) {
    return new Clause(whole, List.of(), false, null, null);
  }
}
