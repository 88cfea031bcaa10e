package io.github.ipplan.internal;

import com.google.common.base.Ascii;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Iterables;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The registry of bodies indexed by name: the one place that decides which names may stand together
 * in a registry and which body a name finds. The catalog and the YAML loader both use it, each
 * telling it the {@link Names names} of its bodies. Immutable and thread-safe if the bodies are.
 * Not part of the API.
 *
 * <p>A registry is valid when no two bodies share an id; no name (or id) finds two bodies, with
 * Latin letters compared case-insensitively; no two bodies have names that differ only in letter
 * width (full-width {@code ＣＮＩＰＡ}), letter case or invisible format characters (a trailing U+200B);
 * no alias is a name, id or alias of another body or differs from one only in those ways; every
 * successor is in the registry; and no body is its own successor through a chain of successors.
 *
 * <p>No two bodies have names that differ only in traditional and simplified forms of their
 * characters ({@code 國家知識產權局} and {@code 国家知识产权局}), so that a name printed in traditional
 * characters finds at most one body.
 *
 * <p>{@link #find} and {@link #findAlike} know the names and ids only. {@link #findWritten} is the
 * lookup of plan files, which must name a body as the registry writes it or as the same name in
 * traditional characters. {@link #lookup} is the forgiving lookup of queries: it knows aliases too,
 * and also compares traditional forms as simplified. {@link NameSuggestions} gives the "did you
 * mean" hints, {@link FoldedText} the foldings names are compared in, {@link Successors} the rules
 * on successors.
 *
 * @param <T> the type of the bodies
 */
public final class NameIndex<T> {
  /** Names longer than this (in code points) get no "did you mean" suggestions. */
  static final int LONGEST_COMPARED = 256;

  /**
   * The most edit-distance table cells one "did you mean" may compute, so that a registry of
   * thousands of long names cannot make a hint slow; names past it are compared as short forms
   * only.
   */
  static final long MOST_WORK = 20_000_000;

  /**
   * What the index knows of one body.
   *
   * @param id the body's id
   * @param names the names a plan may print for it, each once
   * @param aliases the other names queries may find it by
   * @param successorId the id of the body that took over its work, if any
   */
  public record Names(
      String id,
      Collection<String> names,
      Collection<String> aliases,
      Optional<String> successorId) {}

  /**
   * A registry's first problem: the position of the body at fault and what is wrong.
   *
   * @param position the 0-based position of the body in the registry
   * @param message the problem, as a sentence
   */
  public record Problem(int position, String message) {}

  private final ImmutableList<T> bodies;
  private final ImmutableList<Names> names;

  /** Ids and names, Latin letters in lower case, to positions. */
  private final ImmutableMap<String, Integer> byName;

  /** Ids and names, {@link FoldedText#foldName folded}, to positions. */
  private final ImmutableMap<String, Integer> byFoldedName;

  /** Aliases, folded, to positions. */
  private final ImmutableMap<String, Integer> byFoldedAlias;

  /**
   * Names and aliases folded, traditional forms simplified; a key two bodies share (which only an
   * alias can) is left out. Built on the first lookup that needs it.
   */
  private final Supplier<ImmutableMap<String, Integer>> byLooseName;

  /** Every name and alias with its folded, simplified form, for "did you mean" hints. */
  private final Supplier<ImmutableMap<String, String>> looseForms;

  private NameIndex(
      ImmutableList<T> bodies,
      ImmutableList<Names> names,
      ImmutableMap<String, Integer> byName,
      ImmutableMap<String, Integer> byFoldedName,
      ImmutableMap<String, Integer> byFoldedAlias) {
    this.bodies = bodies;
    this.names = names;
    this.byName = byName;
    this.byFoldedName = byFoldedName;
    this.byFoldedAlias = byFoldedAlias;
    this.byLooseName = Suppliers.memoize(() -> looseNames(names));
    this.looseForms = Suppliers.memoize(() -> looseForms(names));
  }

  private static ImmutableMap<String, String> looseForms(List<Names> names) {
    Map<String, String> forms = new HashMap<>();
    for (Names body : names) {
      for (String name : Iterables.concat(body.names(), body.aliases())) {
        forms.computeIfAbsent(name, NameIndex::loose);
      }
    }
    return ImmutableMap.copyOf(forms);
  }

  private static ImmutableMap<String, Integer> looseNames(List<Names> names) {
    Map<String, Integer> loose = new HashMap<>();
    Map<String, Boolean> shared = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      for (String name : Iterables.concat(names.get(i).names(), names.get(i).aliases())) {
        String key = loose(name);
        Integer previous = loose.putIfAbsent(key, i);
        if (previous != null && previous != i) {
          shared.put(key, true);
        }
      }
    }
    shared.keySet().forEach(loose::remove);
    return ImmutableMap.copyOf(loose);
  }

  /**
   * Indexes a registry.
   *
   * @param bodies the bodies, each once
   * @param names what the index is to know of each body
   * @param <T> the type of the bodies
   * @return the index
   * @throws IllegalArgumentException with the registry's first {@link #problem problem}
   */
  public static <T> NameIndex<T> of(List<T> bodies, Function<? super T, Names> names) {
    Object result = build(bodies, names);
    if (result instanceof Problem problem) {
      throw new IllegalArgumentException(problem.message());
    }
    @SuppressWarnings("unchecked") // build returns a problem or an index of the bodies given
    NameIndex<T> index = (NameIndex<T>) result;
    return index;
  }

  /**
   * Returns a registry's first problem, in one pass over it, or empty if it is valid.
   *
   * @param bodies the bodies
   * @param names what the index is to know of each body
   * @param <T> the type of the bodies
   * @return the first problem, or empty
   */
  public static <T> Optional<Problem> problem(List<T> bodies, Function<? super T, Names> names) {
    Object result = build(bodies, names);
    return result instanceof Problem problem ? Optional.of(problem) : Optional.empty();
  }

  /**
   * Indexes a registry known to be valid, such as one compiled at build time from files checked
   * then, without checking it again: the index answers as {@link #of} would for the same registry,
   * but its rules are not checked, so that a first lookup does not pay for folding every name to
   * its simplified form. Given a registry that breaks the rules, lookups of the names at fault find
   * one of the bodies that share them.
   *
   * @param bodies the bodies, a valid registry
   * @param names what the index is to know of each body
   * @param <T> the type of the bodies
   * @return the index
   */
  public static <T> NameIndex<T> trusted(List<T> bodies, Function<? super T, Names> names) {
    @SuppressWarnings("unchecked") // build without checks returns an index, never a problem
    NameIndex<T> index = (NameIndex<T>) build(bodies, names, /* checked= */ false);
    return index;
  }

  /** Returns either the index or the first problem. */
  private static <T> Object build(List<T> bodies, Function<? super T, Names> namer) {
    return build(bodies, namer, /* checked= */ true);
  }

  /** Returns either the index or, when {@code checked}, the first problem. */
  private static <T> Object build(
      List<T> bodies, Function<? super T, Names> namer, boolean checked) {
    ImmutableList<Names> names = ImmutableList.copyOf(bodies.stream().map(namer).toList());
    Map<String, Integer> byId = new HashMap<>();
    Map<String, Integer> byName = new HashMap<>();
    Map<String, Integer> byFolded = new HashMap<>();
    Map<String, String> foldedFrom = new HashMap<>();
    Map<String, Integer> byLoose = new HashMap<>();
    Map<String, String> looseFrom = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Names body = names.get(i);
      if (byId.putIfAbsent(body.id(), i) != null && checked) {
        return new Problem(i, "Body id " + Quote.of(body.id()) + " is used twice");
      }
      for (String name : Iterables.concat(List.of(body.id()), body.names())) {
        Integer previous = byName.putIfAbsent(key(name), i);
        if (!checked) {
          byFolded.putIfAbsent(FoldedText.foldName(name), i);
          continue;
        }
        if (previous != null && previous != i) {
          return new Problem(
              i,
              "The name "
                  + Quote.of(name)
                  + " would find two bodies: "
                  + Quote.of(names.get(previous).id())
                  + " and "
                  + Quote.of(body.id()));
        }
        String folded = FoldedText.foldName(name);
        Integer similar = byFolded.putIfAbsent(folded, i);
        if (similar != null && similar != i) {
          return alike(
              i,
              name,
              body,
              foldedFrom.get(folded),
              names.get(similar),
              "letter width, letter case or invisible characters");
        }
        foldedFrom.putIfAbsent(folded, name);
        String loose = loose(name);
        Integer traditional = byLoose.putIfAbsent(loose, i);
        if (traditional != null && traditional != i) {
          return alike(
              i,
              name,
              body,
              looseFrom.get(loose),
              names.get(traditional),
              "traditional and simplified forms of its characters");
        }
        looseFrom.putIfAbsent(loose, name);
      }
    }
    Map<String, Integer> byAlias = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Names body = names.get(i);
      for (String alias : body.aliases()) {
        String folded = FoldedText.foldName(alias);
        Integer other = byFolded.get(folded);
        if (other == null) {
          other = byAlias.putIfAbsent(folded, i);
        }
        if (other != null && other != i && checked) {
          return new Problem(
              i,
              "The alias "
                  + Quote.of(alias)
                  + " of body "
                  + Quote.of(body.id())
                  + " would also find body "
                  + Quote.of(names.get(other).id()));
        }
      }
    }
    Optional<Problem> successors = checked ? Successors.problem(names, byId) : Optional.empty();
    if (successors.isPresent()) {
      return successors.get();
    }
    return new NameIndex<>(
        ImmutableList.copyOf(bodies),
        names,
        ImmutableMap.copyOf(byName),
        ImmutableMap.copyOf(byFolded),
        ImmutableMap.copyOf(byAlias));
  }

  /** The problem of a name that differs from another body's name only in the way given. */
  private static Problem alike(
      int position, String name, Names body, String otherName, Names other, String how) {
    return new Problem(
        position,
        "The name "
            + Quote.of(name)
            + " of body "
            + Quote.of(body.id())
            + " differs from the name "
            + Quote.of(otherName)
            + " of body "
            + Quote.of(other.id())
            + " only in "
            + how);
  }

  /** Returns the key a name is looked up by: the name with Latin letters in lower case. */
  private static String key(String name) {
    return Ascii.toLowerCase(name);
  }

  /** A name {@link FoldedText#foldName folded}, with traditional ideographs simplified. */
  private static String loose(String name) {
    return FoldedText.simplified(FoldedText.foldName(name));
  }

  private Optional<T> body(@Nullable Integer position) {
    return position == null ? Optional.empty() : Optional.of(bodies.get(position));
  }

  /**
   * Returns the bodies, in registry order.
   *
   * @return the bodies
   */
  public ImmutableList<T> bodies() {
    return bodies;
  }

  /**
   * Finds a body by any of its names or its id, Latin letters compared case-insensitively.
   *
   * @param name the name
   * @return the body, or empty
   */
  public Optional<T> find(String name) {
    return body(byName.get(key(name)));
  }

  /**
   * Finds a body by a name that looks like one of its names: equal once {@link FoldedText#foldName
   * folded}.
   *
   * @param name the name
   * @return the body, or empty
   */
  public Optional<T> findAlike(String name) {
    Optional<T> found = find(name);
    return found.isPresent() ? found : body(byFoldedName.get(FoldedText.foldName(name)));
  }

  /**
   * Finds the body a plan names: the one of which the name is one of its {@link Names#names()
   * names} exactly, or, failing that, the one of which the name with each traditional ideograph in
   * its simplified form ({@code 國家知識產權局} for {@code 国家知识产权局}) is one of its names exactly. Letter
   * case, letter width and invisible characters count.
   *
   * @param name the name as written
   * @return the body, or empty
   */
  public Optional<T> findWritten(String name) {
    Optional<T> found = findExactly(name);
    if (found.isPresent()) {
      return found;
    }
    String simplified = FoldedText.simplified(name);
    return simplified.equals(name) ? Optional.empty() : findExactly(simplified);
  }

  private Optional<T> findExactly(String name) {
    Integer position = byName.get(key(name));
    return position != null && names.get(position).names().contains(name)
        ? body(position)
        : Optional.empty();
  }

  /**
   * Tells whether a body may be written as the given name in a plan: the name is one of its names,
   * or is one once each traditional ideograph is put in its simplified form.
   *
   * @param names the body's names
   * @param name the name as written
   * @return true if the name writes the body
   */
  public static boolean writes(Collection<String> names, String name) {
    return names.contains(name) || names.contains(FoldedText.simplified(name));
  }

  /**
   * Finds the body whose alias a name is, once both are {@link FoldedText#foldName folded}.
   *
   * @param name the name
   * @return the body, or empty
   */
  public Optional<T> findAlias(String name) {
    return body(byFoldedAlias.get(FoldedText.foldName(name)));
  }

  /**
   * Finds a body the forgiving way queries do: by any name, id or alias, in any letter width or
   * case and with invisible characters ignored; failing that, with traditional ideographs compared
   * as their simplified forms, where that finds one body only.
   *
   * @param name the name
   * @return the body, or empty
   */
  public Optional<T> lookup(String name) {
    Optional<T> found = findAlike(name);
    if (found.isEmpty()) {
      found = findAlias(name);
    }
    return found.isPresent() ? found : body(byLooseName.get().get(loose(name)));
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
   * "did you mean" hints. Names are compared {@link FoldedText#foldName folded} and with
   * traditional ideographs in their simplified forms, so letter case, width and traditional forms
   * do not count ({@code cnipaa} is one edit from {@code CNIPA}, {@code 國家知識產權總局} one from {@code
   * 国家知识产权局}). A name is close when it is within an edit distance of half the typed name's length
   * (rounded up), or when the typed name, with no Latin letter in it, is a short form of it: its
   * characters appear in it in order, starting with its first ({@code 国知局} in {@code 国家知识产权局}).
   * Short forms rank as one edit away; among names equally near, short forms come first, then
   * aliases, then the rest in registry order. The work is bounded: names longer than {@value
   * #LONGEST_COMPARED} characters are not compared, and edit distances stop after {@value
   * #MOST_WORK} table cells.
   *
   * @param name the name that found no body
   * @param limit the most names to return
   * @param aliases whether to suggest aliases as well as names
   * @return the nearest names, possibly empty
   */
  public ImmutableList<String> nearest(String name, int limit, boolean aliases) {
    return NameSuggestions.nearest(names, looseForms.get(), loose(name), limit, aliases);
  }
}
