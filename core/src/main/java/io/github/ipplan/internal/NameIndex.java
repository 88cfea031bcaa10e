package io.github.ipplan.internal;

import com.google.common.base.Ascii;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import io.github.ipplan.Agency;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of bodies indexed by name: the one place that decides which names may stand together
 * in a registry and which body a name finds. {@link io.github.ipplan.PlanCatalog} and the YAML
 * loader both use it. Immutable and thread-safe. Not part of the API.
 *
 * <p>A registry is valid when no two bodies share an id; no name (or id) finds two bodies, with
 * Latin letters compared case-insensitively; no two bodies have names that differ only in letter
 * width (full-width {@code ＣＮＩＰＡ}), letter case or invisible format characters (a trailing U+200B);
 * no {@link Agency#aliases() alias} is a name, id or alias of another body or differs from one only
 * in those ways; every successor is in the registry; and no body is its own successor through a
 * chain of successors.
 *
 * <p>No two bodies have names that differ only in traditional and simplified forms of their
 * characters ({@code 國家知識產權局} and {@code 国家知识产权局}), so that a name printed in traditional
 * characters finds at most one body.
 *
 * <p>{@link #find} and {@link #findAlike} know the names and ids only. {@link #findWritten} is the
 * lookup of plan files, which must name a body as the registry writes it or as the same name in
 * traditional characters. {@link #lookup} is the forgiving lookup of queries: it knows aliases too,
 * and also compares traditional forms as simplified.
 */
public final class NameIndex {
  /** Names longer than this (in code points) get no "did you mean" suggestions. */
  static final int LONGEST_COMPARED = 256;

  /**
   * The most edit-distance table cells one "did you mean" may compute, so that a registry of
   * thousands of long names cannot make a hint slow; names past it are compared as short forms
   * only.
   */
  static final long MOST_WORK = 20_000_000;

  private final ImmutableList<Agency> agencies;
  private final ImmutableMap<String, Agency> byName;
  private final ImmutableMap<String, Agency> byFoldedName;

  /** Aliases, folded. */
  private final ImmutableMap<String, Agency> byFoldedAlias;

  /**
   * Names and aliases folded, traditional forms simplified; a key two bodies share (which only an
   * alias can) is left out. Built on the first lookup that needs it.
   */
  private final Supplier<ImmutableMap<String, Agency>> byLooseName;

  /** Every name and alias with its folded, simplified form, for "did you mean" hints. */
  private final Supplier<ImmutableMap<String, String>> looseForms;

  private NameIndex(
      ImmutableList<Agency> agencies,
      ImmutableMap<String, Agency> byName,
      ImmutableMap<String, Agency> byFoldedName,
      ImmutableMap<String, Agency> byFoldedAlias) {
    this.agencies = agencies;
    this.byName = byName;
    this.byFoldedName = byFoldedName;
    this.byFoldedAlias = byFoldedAlias;
    this.byLooseName = Suppliers.memoize(() -> looseNames(agencies));
    this.looseForms = Suppliers.memoize(() -> looseForms(agencies));
  }

  private static ImmutableMap<String, String> looseForms(List<Agency> agencies) {
    Map<String, String> forms = new HashMap<>();
    for (Agency agency : agencies) {
      for (String name : Iterables.concat(agency.names(), agency.aliases())) {
        forms.computeIfAbsent(name, NameIndex::loose);
      }
    }
    return ImmutableMap.copyOf(forms);
  }

  private static ImmutableMap<String, Agency> looseNames(List<Agency> agencies) {
    Map<String, Agency> loose = new HashMap<>();
    Map<String, Boolean> shared = new HashMap<>();
    for (Agency agency : agencies) {
      for (String name : Iterables.concat(agency.names(), agency.aliases())) {
        String key = loose(name);
        Agency previous = loose.putIfAbsent(key, agency);
        if (previous != null && previous != agency) {
          shared.put(key, true);
        }
      }
    }
    shared.keySet().forEach(loose::remove);
    return ImmutableMap.copyOf(loose);
  }

  /**
   * A registry's first problem: the position of the body at fault and what is wrong.
   *
   * @param position the 0-based position of the body in the registry
   * @param message the problem, as a sentence
   */
  public record Problem(int position, String message) {}

  /**
   * Indexes a registry.
   *
   * @param agencies the bodies, each once
   * @return the index
   * @throws IllegalArgumentException with the registry's first {@link #problem problem}
   */
  public static NameIndex of(List<Agency> agencies) {
    Object result = build(agencies);
    if (result instanceof Problem problem) {
      throw new IllegalArgumentException(problem.message());
    }
    return (NameIndex) result;
  }

  /**
   * Returns a registry's first problem, in one pass over it, or empty if it is valid.
   *
   * @param agencies the bodies
   * @return the first problem, or empty
   */
  public static Optional<Problem> problem(List<Agency> agencies) {
    Object result = build(agencies);
    return result instanceof Problem problem ? Optional.of(problem) : Optional.empty();
  }

  /** Returns either the index or the first problem. */
  private static Object build(List<Agency> agencies) {
    Map<String, Agency> byId = new HashMap<>();
    Map<String, Agency> byName = new HashMap<>();
    Map<String, Agency> byFolded = new HashMap<>();
    Map<String, String> foldedFrom = new HashMap<>();
    Map<String, Agency> byLoose = new HashMap<>();
    Map<String, String> looseFrom = new HashMap<>();
    for (int i = 0; i < agencies.size(); i++) {
      Agency agency = agencies.get(i);
      if (byId.putIfAbsent(agency.id(), agency) != null) {
        return new Problem(i, "Body id " + Quote.of(agency.id()) + " is used twice");
      }
      for (String name :
          ImmutableList.<String>builder().add(agency.id()).addAll(agency.names()).build()) {
        Agency previous = byName.putIfAbsent(key(name), agency);
        if (previous != null && previous != agency) {
          return new Problem(
              i,
              "The name "
                  + Quote.of(name)
                  + " would find two bodies: "
                  + Quote.of(previous.id())
                  + " and "
                  + Quote.of(agency.id()));
        }
        String folded = fold(name);
        Agency similar = byFolded.putIfAbsent(folded, agency);
        if (similar != null && similar != agency) {
          return alike(
              i,
              name,
              agency,
              foldedFrom.get(folded),
              similar,
              "letter width, letter case or invisible characters");
        }
        foldedFrom.putIfAbsent(folded, name);
        String loose = loose(name);
        Agency traditional = byLoose.putIfAbsent(loose, agency);
        if (traditional != null && traditional != agency) {
          return alike(
              i,
              name,
              agency,
              looseFrom.get(loose),
              traditional,
              "traditional and simplified forms of its characters");
        }
        looseFrom.putIfAbsent(loose, name);
      }
    }
    Map<String, Agency> byAlias = new HashMap<>();
    for (int i = 0; i < agencies.size(); i++) {
      Agency agency = agencies.get(i);
      for (String alias : agency.aliases()) {
        String folded = fold(alias);
        Agency other = byFolded.get(folded);
        if (other == null) {
          other = byAlias.putIfAbsent(folded, agency);
        }
        if (other != null && other != agency) {
          return new Problem(
              i,
              "The alias "
                  + Quote.of(alias)
                  + " of body "
                  + Quote.of(agency.id())
                  + " would also find body "
                  + Quote.of(other.id()));
        }
      }
    }
    for (int i = 0; i < agencies.size(); i++) {
      Agency agency = agencies.get(i);
      Optional<String> successor = agency.successorId();
      if (successor.isPresent() && !byId.containsKey(successor.get())) {
        return new Problem(
            i,
            "Body "
                + Quote.of(agency.id())
                + " names a successor "
                + Quote.of(successor.get())
                + " that is not in the registry");
      }
    }
    Optional<Problem> cycle = successorCycle(agencies, byId);
    if (cycle.isPresent()) {
      return cycle.get();
    }
    return new NameIndex(
        ImmutableList.copyOf(agencies),
        ImmutableMap.copyOf(byName),
        ImmutableMap.copyOf(byFolded),
        ImmutableMap.copyOf(byAlias));
  }

  /** The problem of a name that differs from another body's name only in the way given. */
  private static Problem alike(
      int position, String name, Agency agency, String otherName, Agency other, String how) {
    return new Problem(
        position,
        "The name "
            + Quote.of(name)
            + " of body "
            + Quote.of(agency.id())
            + " differs from the name "
            + Quote.of(otherName)
            + " of body "
            + Quote.of(other.id())
            + " only in "
            + how);
  }

  /** Finds the first body whose chain of successors comes back to a body of the chain. */
  private static Optional<Problem> successorCycle(List<Agency> agencies, Map<String, Agency> byId) {
    Map<String, Integer> walk = new HashMap<>(); // id -> the walk that first reached it
    for (int i = 0; i < agencies.size(); i++) {
      Agency agency = agencies.get(i);
      List<String> chain = new ArrayList<>();
      while (agency != null && !walk.containsKey(agency.id())) {
        walk.put(agency.id(), i);
        chain.add(agency.id());
        agency = agency.successorId().map(byId::get).orElse(null);
      }
      if (agency != null && walk.get(agency.id()) == i) {
        List<String> loop = chain.subList(chain.indexOf(agency.id()), chain.size());
        StringBuilder path = new StringBuilder();
        for (String id : loop) {
          path.append(id).append(" → ");
        }
        path.append(agency.id());
        int position = agencies.indexOf(byId.get(loop.get(0)));
        return Optional.of(
            new Problem(
                position,
                "Body "
                    + Quote.of(loop.get(0))
                    + " is its own successor through a cycle: "
                    + Quote.of(path.toString())));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the key a name is looked up by: the name with Latin letters in lower case.
   *
   * @param name a name
   * @return its key
   */
  private static String key(String name) {
    return Ascii.toLowerCase(name);
  }

  /**
   * Folds a name for comparing names that look alike: NFKC (full-width letters and digits to their
   * usual forms), invisible format characters removed, and lower case.
   *
   * @param name a name
   * @return the folded name
   */
  public static String fold(String name) {
    String normalized = quickNfkc(name);
    if (normalized == null) {
      normalized = Normalizer.normalize(name, Normalizer.Form.NFKC);
    }
    StringBuilder folded = new StringBuilder(normalized.length());
    for (int i = 0; i < normalized.length(); ) {
      int c = normalized.codePointAt(i);
      if (Character.getType(c) != Character.FORMAT) {
        folded.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the NFKC form of a name made only of printable ASCII, CJK unified ideographs (which
   * NFKC leaves alone) and full-width ASCII forms U+FF01 to U+FF5E (which NFKC maps to U+0021 to
   * U+007E), as nearly all names of bodies are, so that the normalizer's tables need not be loaded;
   * or null for any other name.
   */
  static String quickNfkc(String name) {
    char[] chars = name.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 0xFF01 && c <= 0xFF5E) {
        chars[i] = (char) (c - 0xFEE0);
      } else if (!(c >= 0x20 && c < 0x7F)
          && !(c >= 0x4E00 && c <= 0x9FFF)
          && !(c >= 0x3400 && c <= 0x4DBF)) {
        return null;
      }
    }
    return new String(chars);
  }

  /**
   * Returns the bodies, in registry order.
   *
   * @return the bodies
   */
  public ImmutableList<Agency> agencies() {
    return agencies;
  }

  /**
   * Finds a body by any of its names or its id, Latin letters compared case-insensitively.
   *
   * @param name the name
   * @return the body, or empty
   */
  public Optional<Agency> find(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  /**
   * Finds a body by a name that looks like one of its names: equal once {@link #fold folded}.
   *
   * @param name the name
   * @return the body, or empty
   */
  public Optional<Agency> findAlike(String name) {
    Optional<Agency> found = find(name);
    return found.isPresent() ? found : Optional.ofNullable(byFoldedName.get(fold(name)));
  }

  /**
   * Finds the body a plan names: the one of which the name is one of its {@link Agency#names()
   * names} exactly, or, failing that, the one of which the name with each traditional ideograph in
   * its simplified form ({@code 國家知識產權局} for {@code 国家知识产权局}) is one of its names exactly. Letter
   * case, letter width and invisible characters count.
   *
   * @param name the name as written
   * @return the body, or empty
   */
  public Optional<Agency> findWritten(String name) {
    Optional<Agency> found = find(name).filter(agency -> agency.names().contains(name));
    if (found.isPresent()) {
      return found;
    }
    String simplified = simplified(name);
    return simplified.equals(name)
        ? Optional.empty()
        : find(simplified).filter(agency -> agency.names().contains(simplified));
  }

  /**
   * Tells whether a body may be written as the given name in a plan: the name is one of its {@link
   * Agency#names() names}, or is one once each traditional ideograph is put in its simplified form.
   *
   * @param agency the body
   * @param name the name as written
   * @return true if the name writes the body
   */
  public static boolean writes(Agency agency, String name) {
    return agency.names().contains(name) || agency.names().contains(simplified(name));
  }

  /**
   * Returns a name with each traditional ideograph in its simplified form ({@code 見} as {@code 见}),
   * and every other character as it is.
   *
   * @param name a name
   * @return the name in simplified forms
   */
  public static String simplified(String name) {
    StringBuilder simplified = new StringBuilder(name.length());
    name.codePoints().forEach(c -> simplified.appendCodePoint(TraditionalSimplified.fold(c)));
    return simplified.toString();
  }

  /**
   * Finds the body whose alias a name is, once both are {@link #fold folded}.
   *
   * @param name the name
   * @return the body, or empty
   */
  public Optional<Agency> findAlias(String name) {
    return Optional.ofNullable(byFoldedAlias.get(fold(name)));
  }

  /**
   * Finds a body the forgiving way queries do: by any name, id or alias, in any letter width or
   * case and with invisible characters ignored; failing that, with traditional ideographs compared
   * as their simplified forms, where that finds one body only.
   *
   * @param name the name
   * @return the body, or empty
   */
  public Optional<Agency> lookup(String name) {
    Optional<Agency> found = findAlike(name);
    if (found.isEmpty()) {
      found = findAlias(name);
    }
    return found.isPresent() ? found : Optional.ofNullable(byLooseName.get().get(loose(name)));
  }

  /** A name {@link #fold folded}, with traditional ideographs in their simplified forms. */
  private static String loose(String name) {
    return simplified(fold(name));
  }

  /**
   * Returns up to {@code limit} names of bodies close to a name that finds none, nearest first, for
   * the "did you mean" hints of plan files: never an alias, which plan files may not use.
   *
   * @param name the name that found no body
   * @param limit the most names to return
   * @return the nearest names, possibly empty
   * @see #nearest(String, int, boolean)
   */
  public ImmutableList<String> nearest(String name, int limit) {
    return nearest(name, limit, false);
  }

  /**
   * Returns up to {@code limit} names of bodies close to a name that finds none, nearest first, for
   * "did you mean" hints. Names are compared {@link #fold folded} and with traditional ideographs
   * in their simplified forms, so letter case, width and traditional forms do not count ({@code
   * cnipaa} is one edit from {@code CNIPA}, {@code 國家知識產權總局} one from {@code 国家知识产权局}). A name is
   * close when it is within an edit distance of half the typed name's length (rounded up), or when
   * the typed name, with no Latin letter in it, is a short form of it: its characters appear in it
   * in order, starting with its first ({@code 国知局} in {@code 国家知识产权局}). Short forms rank as one
   * edit away; among names equally near, short forms come first, then aliases, then the rest in
   * registry order. The work is bounded: names longer than {@value #LONGEST_COMPARED} characters
   * are not compared, and edit distances stop after {@value #MOST_WORK} table cells.
   *
   * @param name the name that found no body
   * @param limit the most names to return
   * @param aliases whether to suggest aliases as well as names
   * @return the nearest names, possibly empty
   */
  public ImmutableList<String> nearest(String name, int limit, boolean aliases) {
    return NameSuggestions.nearest(agencies, looseForms.get(), loose(name), limit, aliases);
  }

  /**
   * Returns the Levenshtein distance between two texts, over code points.
   *
   * @param a a text
   * @param b another
   * @return the least number of code points to insert, delete or replace to turn one into the other
   */
  public static int distance(String a, String b) {
    return NameSuggestions.distance(a, b);
  }
}
