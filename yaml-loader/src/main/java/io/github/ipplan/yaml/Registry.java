package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.ipplan.Agency;
import io.github.ipplan.AgencyKind;
import io.github.ipplan.AgencyLevel;
import io.github.ipplan.PlanCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bodies of a registry file, with name lookup through {@link PlanCatalog} so that the loader
 * resolves names exactly as the catalog's queries do.
 */
final class Registry {
  private static final ImmutableSet<String> REQUIRED =
      ImmutableSet.of("id", "printed", "english", "kind");
  private static final ImmutableSet<String> OPTIONAL = ImmutableSet.of(
      "full-name", "english-descriptive", "abbreviation", "level", "successor", "notes");
  static final ImmutableMap<String, AgencyKind> KINDS = Words.of(AgencyKind.values());
  static final ImmutableMap<String, AgencyLevel> LEVELS = Words.of(AgencyLevel.values());

  private final ImmutableList<Agency> agencies;
  private final PlanCatalog index;

  private Registry(ImmutableList<Agency> agencies, PlanCatalog index) {
    this.agencies = agencies;
    this.index = index;
  }

  ImmutableList<Agency> agencies() {
    return agencies;
  }

  /** An empty registry, to read the first registry document into. */
  static Registry empty() {
    return new Registry(ImmutableList.of(), PlanCatalog.of(List.of(), List.of()));
  }

  /**
   * Reads a registry document, a mapping with the single key {@code agencies}, and returns this
   * registry with its bodies added after the ones already here.
   */
  Registry plus(YamlNode root) {
    YamlNode entries = root.mapping(ImmutableSet.of("agencies"), ImmutableSet.of()).get("agencies");
    List<YamlNode> nodes = entries.list();
    List<Agency> all = new ArrayList<>(agencies);
    for (YamlNode node : nodes) {
      all.add(agency(node));
    }
    try {
      return new Registry(ImmutableList.copyOf(all), PlanCatalog.of(all, List.of()));
    } catch (IllegalArgumentException e) {
      // Find the first new entry that cannot join the ones before it, to point at it.
      for (int count = agencies.size() + 1; count <= all.size(); count++) {
        try {
          PlanCatalog.of(all.subList(0, count), List.of());
        } catch (IllegalArgumentException conflict) {
          throw nodes.get(count - agencies.size() - 1).error(Words.sentence(conflict.getMessage()));
        }
      }
      // Every body joins; what fails is a successor that no registry holds.
      throw entries.error(Words.sentence(e.getMessage()));
    }
  }

  private static Agency agency(YamlNode node) {
    YamlNode.Mapping map = node.mapping(REQUIRED, OPTIONAL);
    Agency.Builder agency = Agency.builder()
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
    agency.successorId(map.text("successor"));
    agency.notes(map.texts("notes"));
    try {
      return agency.build();
    } catch (IllegalStateException e) {
      throw node.error(Words.sentence(e.getMessage()));
    }
  }

  /** Finds a body by any of its names, or fails with the nearest known name as a hint. */
  Agency resolve(YamlNode node) {
    String name = node.text();
    Optional<Agency> agency = index.agency(name);
    if (agency.isPresent()) {
      return agency.get();
    }
    List<String> nearest = index.nearestNames(name, 1);
    throw node.error("unknown body '" + name + "'", nearest.isEmpty()
        ? "no body in the registry has a similar name"
        : "did you mean '" + nearest.get(0) + "'?");
  }
}
