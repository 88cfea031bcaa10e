package io.github.ipplan.yaml;

import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The steps shared by {@link BundledPlans} and {@link PlanLoader}. */
final class Loading {
  static final String RESOURCE_DIRECTORY = "/io/github/ipplan/yaml/";
  static final String REGISTRY_RESOURCE = "agencies.yaml";

  private Loading() {}

  /** A named file's bytes. */
  record Source(String name, byte[] bytes) {}

  static Registry bundledRegistry() {
    return registry(resource(REGISTRY_RESOURCE));
  }

  static Registry registry(Source source) {
    return Registry.read(YamlDocument.compose(source.name(), source.bytes()));
  }

  /** Reads the plans in order and builds their catalog; all or nothing. */
  static PlanCatalog catalog(Registry registry, List<Source> plans) {
    Map<String, YamlNode> planIds = new HashMap<>();
    List<Plan> read = new ArrayList<>();
    for (Source source : plans) {
      read.add(PlanReader.read(
          YamlDocument.compose(source.name(), source.bytes()), registry, planIds));
    }
    return PlanCatalog.of(registry.agencies(), read);
  }

  /** Reads a bundled resource; its absence means a broken jar. */
  static Source resource(String name) {
    try (InputStream in = Loading.class.getResourceAsStream(RESOURCE_DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException("Bundled resource missing from the jar: " + name);
      }
      return new Source(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled resource " + name, e);
    }
  }
}
