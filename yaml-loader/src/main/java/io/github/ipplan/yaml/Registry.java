package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PlanKeys.ABBREVIATION;
import static io.github.ipplan.yaml.PlanKeys.AGENCIES;
import static io.github.ipplan.yaml.PlanKeys.ALIASES;
import static io.github.ipplan.yaml.PlanKeys.ENGLISH;
import static io.github.ipplan.yaml.PlanKeys.ENGLISH_DESCRIPTIVE;
import static io.github.ipplan.yaml.PlanKeys.EXTENDS;
import static io.github.ipplan.yaml.PlanKeys.FULL_NAME;
import static io.github.ipplan.yaml.PlanKeys.ID;
import static io.github.ipplan.yaml.PlanKeys.KIND;
import static io.github.ipplan.yaml.PlanKeys.LEVEL;
import static io.github.ipplan.yaml.PlanKeys.NOTES;
import static io.github.ipplan.yaml.PlanKeys.PRINTED;
import static io.github.ipplan.yaml.PlanKeys.SUCCESSOR;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.ipplan.Agency;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.AgencyLevel;
import io.github.ipplan.internal.FoldedText;
import io.github.ipplan.internal.NameIndex;
import io.github.ipplan.internal.NameSuggestions;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.yaml.PlanKeys.Shape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The bodies read from registry files, indexed by name with the same index the catalog uses, so
 * that the loader resolves names exactly as the catalog's queries do. A registry file adds bodies
 * and extends bodies already registered (by an earlier file, the bundled one first): an entry with
 * the key {@code extends} and a body's id adds printed names, aliases, a successor or notes to it.
 */
final class Registry {
  static final ImmutableMap<String, AgencyKind> KINDS = Words.of(AgencyKind.values());
  static final ImmutableMap<String, AgencyLevel> LEVELS = Words.of(AgencyLevel.values());
  private static final Registry EMPTY = new Registry(NameIndex.of(List.of(), Registry::names));

  private final NameIndex<Agency> index;

  private Registry(NameIndex<Agency> index) {
    this.index = index;
  }

  /** What the index of names knows of a body. */
  private static NameIndex.Names names(Agency agency) {
    return new NameIndex.Names(agency.id(), agency.names(), agency.aliases(), agency.successorId());
  }

  ImmutableList<Agency> agencies() {
    return index.bodies();
  }

  /** An empty registry, to read the first registry document into. */
  static Registry empty() {
    return EMPTY;
  }

  /**
   * Reads a registry document, a mapping with the single key {@code agencies}, and returns this
   * registry with its bodies added after the ones already here, and its extensions applied to the
   * bodies they name, in place. It fails with the error that {@link #check} lists first.
   */
  Registry plus(YamlNode root) {
    Problems problems = new Problems(1);
    return read(root, problems).orElseThrow(() -> problems.inDocumentOrder().get(0));
  }

  /**
   * Checks a registry document to be read after this registry and returns its errors, up to {@code
   * limit}, in document order; empty if it is valid. Each entry is checked on its own; the rules of
   * the registry as a whole (an extension names a registered body, no name finds two bodies) once
   * every entry is valid, and the first entry at fault is reported at its place in the file.
   */
  List<PlanLoadException> check(YamlNode root, int limit) {
    Problems problems = new Problems(limit);
    read(root, problems);
    return problems.inDocumentOrder();
  }

  /** Reads a registry document, recording its errors; gives the registry if there are none. */
  private Optional<Registry> read(YamlNode root, Problems problems) {
    Optional<YamlNode> list = problems.get(() -> root.mapping(Shape.REGISTRY).get(AGENCIES));
    List<YamlNode> nodes =
        list.flatMap(node -> problems.<List<YamlNode>>get(node::list)).orElse(List.of());
    // Each entry on its own: a body, or the keys of an extension.
    List<Object> entries = new ArrayList<>();
    for (YamlNode node : nodes) {
      problems.recover(
          () -> entries.add(isExtension(node) ? extensionMapping(node) : agency(node)));
    }
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    List<Agency> all = new ArrayList<>(agencies());
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      positions.put(all.get(i).id(), i);
    }
    Map<Integer, Integer> touchedBy = new HashMap<>(); // position in all -> the entry last at it
    for (int n = 0; n < nodes.size(); n++) {
      int entry = n;
      if (entries.get(n) instanceof Agency agency) {
        positions.putIfAbsent(agency.id(), all.size());
        touchedBy.put(all.size(), n);
        all.add(agency);
      } else {
        Optional<Integer> at =
            problems.get(
                () ->
                    extend(
                        nodes.get(entry), (YamlNode.Mapping) entries.get(entry), all, positions));
        if (at.isEmpty()) {
          return Optional.empty();
        }
        touchedBy.put(at.get(), n);
      }
    }
    // The rules of the registry as a whole, with the bodies this document added or extended last,
    // in the order of its entries, so that a problem is reported at one of them: a body registered
    // before and left alone is never at fault alone.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!touchedBy.containsKey(i)) {
        order.add(i);
      }
    }
    touchedBy.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(touched -> order.add(touched.getKey()));
    Optional<NameIndex.Problem> problem =
        NameIndex.problem(order.stream().map(all::get).toList(), Registry::names);
    if (problem.isPresent()) {
      Integer entry = touchedBy.get(order.get(problem.get().position()));
      YamlNode at = entry == null ? list.orElseThrow() : nodes.get(entry);
      problems.add(at.error(Words.sentence(problem.get().message())));
      return Optional.empty();
    }
    return Optional.of(new Registry(NameIndex.of(all, Registry::names)));
  }

  /** Applies an extension to the registered body it names, and gives that body's position. */
  private static int extend(
      YamlNode node, YamlNode.Mapping map, List<Agency> all, Map<String, Integer> positions) {
    YamlNode id = map.get(EXTENDS);
    Integer at = positions.get(id.text());
    if (at == null) {
      throw id.error(
          "body id " + Quote.of(id.text()) + " is not in the registry", nearestIds(id.text(), all));
    }
    all.set(at, extended(all.get(at), node, map));
    return at;
  }

  /**
   * Tells whether a registry entry is an extension of a registered body: a mapping with {@code
   * extends}.
   */
  private static boolean isExtension(YamlNode node) {
    return node.node() instanceof MappingNode mapping
        && mapping.getValue().stream()
            .anyMatch(
                tuple ->
                    tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(EXTENDS));
  }

  /** Reads the keys of an extension, which must add something to the body it names. */
  private static YamlNode.Mapping extensionMapping(YamlNode node) {
    YamlNode.Mapping map = node.mapping(Shape.EXTENSION);
    map.get(EXTENDS).text();
    if (Shape.EXTENSION.optional().stream().allMatch(key -> map.optional(key).isEmpty())) {
      throw node.error(
          "the extension of body " + Quote.of(map.get(EXTENDS).text()) + " adds nothing",
          "give one or more of " + String.join(", ", Shape.EXTENSION.optional()));
    }
    return map;
  }

  /** A registered body with the printed names, aliases, successor and notes of an extension. */
  private static Agency extended(Agency agency, YamlNode node, YamlNode.Mapping map) {
    Agency.Builder extended = Agency.builder();
    extended.from(agency);
    extended.addAllPrintedNames(map.texts(PRINTED));
    extended.addAllAliases(map.texts(ALIASES));
    Optional<YamlNode> successor = map.optional(SUCCESSOR);
    if (successor.isPresent()) {
      if (agency.successorId().isPresent()) {
        throw successor
            .get()
            .error(
                "body "
                    + Quote.of(agency.id())
                    + " already has the successor "
                    + Quote.of(agency.successorId().get()),
                "a body has one successor");
      }
      extended.successorId(successor.get().text());
    }
    extended.addAllNotes(map.texts(NOTES));
    try {
      return extended.build();
    } catch (IllegalStateException e) {
      throw node.error(Words.sentence(e.getMessage()));
    }
  }

  /** The hint for an id that names no body: the nearest ids, or that there is none. */
  private static String nearestIds(String id, List<Agency> agencies) {
    String typed = FoldedText.foldName(id);
    int most = (typed.length() + 1) / 2;
    List<String> near =
        agencies.stream()
            .map(Agency::id)
            .filter(
                other -> other.contains(typed) || NameSuggestions.distance(typed, other) <= most)
            .sorted(
                Comparator.comparingInt(
                    (String other) ->
                        other.contains(typed) ? 0 : NameSuggestions.distance(typed, other)))
            .limit(3)
            .map(Quote::of)
            .toList();
    return near.isEmpty()
        ? "no body in the registry has a similar id"
        : "did you mean " + String.join(", ", near) + "?";
  }

  private static Agency agency(YamlNode node) {
    YamlNode.Mapping map = node.mapping(Shape.AGENCY);
    Agency.Builder agency =
        Agency.builder()
            .id(map.get(ID).text())
            .printedNames(map.get(PRINTED).texts())
            .englishName(map.get(ENGLISH).text())
            .kind(map.get(KIND).oneOf(KINDS));
    agency.fullName(map.text(FULL_NAME));
    agency.level(map.oneOf(LEVEL, LEVELS));
    Optional<YamlNode> descriptive = map.optional(ENGLISH_DESCRIPTIVE);
    if (descriptive.isPresent()) {
      agency.englishNameDescriptive(descriptive.get().bool());
    }
    agency.abbreviation(map.text(ABBREVIATION));
    agency.aliases(map.texts(ALIASES));
    agency.successorId(map.text(SUCCESSOR));
    agency.notes(map.texts(NOTES));
    try {
      return agency.build();
    } catch (IllegalStateException e) {
      throw node.error(Words.sentence(e.getMessage()));
    }
  }

  /**
   * Finds a body by a name written in a plan. The name must be one of the body's names exactly as
   * the registry writes it (printed, full, English name or abbreviation), or that name printed in
   * traditional characters ({@code 國家知識產權局}): a plan quotes its source, so an id, another letter
   * case, full-width letters or an invisible character are refused, with the body's names as the
   * hint; so is an alias. A name that finds no body gets the nearest known name as the hint, the
   * same first name {@link #nearest} gives.
   */
  Agency resolve(YamlNode node) {
    String name = node.text();
    Optional<Agency> written = index.findWritten(name);
    if (written.isPresent()) {
      return written.get();
    }
    Optional<Agency> alike = index.findAlike(name);
    if (alike.isEmpty()) {
      Optional<Agency> aliased =
          index.findAlias(name).or(() -> index.findAlias(FoldedText.simplified(name)));
      if (aliased.isPresent()) {
        throw node.error(
            "body " + Quote.of(name) + " is an alias, not a name the registry writes",
            namesOf(aliased.get()));
      }
    }
    Optional<Agency> agency = alike.isPresent() ? alike : index.lookup(name);
    if (agency.isPresent()) {
      throw node.error(
          "body " + Quote.of(name) + " is not written as the registry writes it",
          namesOf(agency.get()));
    }
    // Nothing finds the name the forgiving way: the nearest names are the hint, as nearest gives.
    List<String> nearest = index.nearest(name, 1);
    throw node.error(
        "unknown body " + Quote.of(name),
        nearest.isEmpty()
            ? "no body in the registry has a similar name"
            : "did you mean " + Quote.of(nearest.get(0)) + "?");
  }

  private static String namesOf(Agency agency) {
    return "write one of the names of body '"
        + agency.id()
        + "': "
        + agency.names().stream().map(Quote::of).collect(Collectors.joining(", "));
  }

  /**
   * Finds the body a name finds as a plan would write it: one of its names, exactly, or that name
   * in traditional characters.
   */
  Optional<Agency> find(String name) {
    return index.findWritten(name);
  }

  /**
   * Returns up to {@code limit} names close to a name that finds no body, nearest first: first the
   * usual name of the body the name finds the forgiving way queries do (as a traditional form in
   * full-width letters, say), then the nearest names, compared without regard to letter case, width
   * or traditional forms.
   */
  List<String> nearest(String name, int limit) {
    List<String> nearest = new ArrayList<>();
    index.lookup(name).ifPresent(agency -> nearest.add(agency.name()));
    for (String close : index.nearest(name, limit)) {
      if (!nearest.contains(close)) {
        nearest.add(close);
      }
    }
    return nearest.subList(0, Math.min(limit, nearest.size()));
  }

  /** Finds a body the forgiving way queries do (see {@link NameIndex#lookup}). */
  Optional<Agency> lookup(String name) {
    return index.lookup(name);
  }
}
