package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.ipplan.Agency;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.AgencyLevel;
import io.github.ipplan.internal.NameIndex;
import io.github.ipplan.internal.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bodies read from registry files, indexed by name with the same index the catalog uses, so
 * that the loader resolves names exactly as the catalog's queries do.
 */
final class Registry {
  private static final ImmutableSet<String> REQUIRED =
      ImmutableSet.of("id", "printed", "english", "kind");
  private static final ImmutableSet<String> OPTIONAL =
      ImmutableSet.of(
          "full-name",
          "english-descriptive",
          "abbreviation",
          "aliases",
          "level",
          "successor",
          "notes");
  static final ImmutableMap<String, AgencyKind> KINDS = Words.of(AgencyKind.values());
  static final ImmutableMap<String, AgencyLevel> LEVELS = Words.of(AgencyLevel.values());
  private static final Registry EMPTY = new Registry(NameIndex.of(List.of()));

  private final NameIndex index;

  private Registry(NameIndex index) {
    this.index = index;
  }

  ImmutableList<Agency> agencies() {
    return index.agencies();
  }

  /** An empty registry, to read the first registry document into. */
  static Registry empty() {
    return EMPTY;
  }

  /**
   * Reads a registry document, a mapping with the single key {@code agencies}, and returns this
   * registry with its bodies added after the ones already here. The whole registry is checked in
   * one pass; the first body at fault is reported at its place in the file.
   */
  Registry plus(YamlNode root) {
    YamlNode entries = root.mapping(ImmutableSet.of("agencies"), ImmutableSet.of()).get("agencies");
    List<YamlNode> nodes = entries.list();
    List<Agency> all = new ArrayList<>(agencies());
    for (YamlNode node : nodes) {
      all.add(agency(node));
    }
    try {
      return new Registry(NameIndex.of(all));
    } catch (IllegalArgumentException e) {
      // The same single pass again, now to learn which body is at fault.
      NameIndex.Problem problem = NameIndex.problem(all).orElseThrow(() -> e);
      int position = problem.position() - agencies().size();
      // A body already registered is never at fault alone: the new ones are checked against it.
      YamlNode at = position >= 0 ? nodes.get(position) : entries;
      throw at.error(Words.sentence(problem.message()));
    }
  }

  /**
   * Checks a registry document to be read after this registry and returns its errors, up to {@code
   * limit}, in document order; empty if it is valid. Each body is checked on its own; the rules of
   * the registry as a whole (no name finds two bodies, for one) once every body is valid.
   */
  List<PlanLoadException> check(YamlNode root, int limit) {
    List<PlanLoadException> errors = new ArrayList<>();
    try {
      YamlNode entries =
          root.mapping(ImmutableSet.of("agencies"), ImmutableSet.of()).get("agencies");
      for (YamlNode node : entries.list()) {
        try {
          agency(node);
        } catch (PlanLoadException e) {
          errors.add(e);
          if (errors.size() >= limit) {
            return errors;
          }
        }
      }
      if (errors.isEmpty()) {
        plus(root);
      }
    } catch (PlanLoadException e) {
      errors.add(e);
    }
    return errors;
  }

  private static Agency agency(YamlNode node) {
    YamlNode.Mapping map = node.mapping(REQUIRED, OPTIONAL);
    Agency.Builder agency =
        Agency.builder()
            .id(map.get("id").text())
            .printedNames(map.get("printed").texts())
            .englishName(map.get("english").text())
            .kind(map.get("kind").oneOf(KINDS));
    agency.fullName(map.text("full-name"));
    agency.level(map.oneOf("level", LEVELS));
    Optional<YamlNode> descriptive = map.optional("english-descriptive");
    if (descriptive.isPresent()) {
      agency.englishNameDescriptive(descriptive.get().bool());
    }
    agency.abbreviation(map.text("abbreviation"));
    agency.aliases(map.texts("aliases"));
    agency.successorId(map.text("successor"));
    agency.notes(map.texts("notes"));
    try {
      return agency.build();
    } catch (IllegalStateException e) {
      throw node.error(Words.sentence(e.getMessage()));
    }
  }

  /**
   * Finds a body by a name written in a plan. The name must be one of the body's names exactly as
   * the registry writes it (printed, full, English name or abbreviation): a plan quotes its source,
   * so an id, another letter case, full-width letters or an invisible character are refused, with
   * the body's names as the hint; so is an alias. A name that finds no body gets the nearest known
   * name as the hint.
   */
  Agency resolve(YamlNode node) {
    String name = node.text();
    Optional<Agency> agency = index.findAlike(name);
    if (agency.isPresent()) {
      if (agency.get().names().contains(name)) {
        return agency.get();
      }
      throw node.error(
          "body " + Quote.of(name) + " is not written as the registry writes it",
          "write one of the names of body '"
              + agency.get().id()
              + "': "
              + agency.get().names().stream().map(Quote::of).collect(Collectors.joining(", ")));
    }
    Optional<Agency> aliased = index.findAlias(name);
    if (aliased.isPresent()) {
      throw node.error(
          "body " + Quote.of(name) + " is an alias, not a name the registry writes",
          "write one of the names of body '"
              + aliased.get().id()
              + "': "
              + aliased.get().names().stream().map(Quote::of).collect(Collectors.joining(", ")));
    }
    List<String> nearest = index.nearest(name, 1);
    throw node.error(
        "unknown body " + Quote.of(name),
        nearest.isEmpty()
            ? "no body in the registry has a similar name"
            : "did you mean " + Quote.of(nearest.get(0)) + "?");
  }

  /** Finds the body a name finds as a plan would write it: one of its names, exactly. */
  Optional<Agency> find(String name) {
    return index.findAlike(name).filter(agency -> agency.names().contains(name));
  }

  /** Returns up to {@code limit} names close to a name that finds no body, nearest first. */
  List<String> nearest(String name, int limit) {
    return index.nearest(name, limit);
  }

  /** Finds a body the forgiving way queries do (see {@link NameIndex#lookup}). */
  Optional<Agency> lookup(String name) {
    return index.lookup(name);
  }
}
