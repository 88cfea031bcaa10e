package io.github.ipplan.yaml;

import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The steps shared by {@link BundledPlans} and {@link PlanLoader}. */
final class Loading {
  static final String RESOURCE_DIRECTORY = "/io/github/ipplan/yaml/";
  static final String REGISTRY_RESOURCE = "agencies.yaml";

  private static final String NOT_REGULAR = ", not a regular file";

  /** The file type bits of a Unix file mode, and the types other than regular files. */
  private static final int TYPE_BITS = 0170000;

  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private Loading() {}

  /**
   * A named file's bytes. Bundled files are part of the jar and read with the default limits; the
   * caller's limits apply to the caller's files.
   */
  record Source(String name, byte[] bytes, boolean bundled) {}

  /**
   * Reads a file, never more than the size limit and one byte: a larger file fails at once, without
   * being read whole. A directory, a FIFO, a device or a socket is refused before it is opened, so
   * that a FIFO no one writes to cannot block the read. An I/O failure stays an {@link IOException}
   * and names the file.
   */
  static Source file(Path path, LoadOptions options) throws IOException {
    String name = path.toString();
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    if (!attributes.isRegularFile()) {
      throw new FileSystemException(name, null, "it is " + kind(path, attributes) + NOT_REGULAR);
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(options.maxBytes());
      if (in.read() != -1) {
        throw new PlanLoadException(
            name,
            0,
            0,
            "$",
            "the file has more than the limit of " + options.maxBytes() + " bytes",
            "");
      }
      return new Source(name, bytes, false);
    } catch (FileSystemException e) {
      throw e;
    } catch (IOException e) {
      // A failed read() says why but not of which file.
      FileSystemException named = new FileSystemException(name, null, e.getMessage());
      named.initCause(e);
      throw named;
    }
  }

  /** Names what a file that is not a regular file is: a directory, a FIFO, a device. */
  static String kind(Path path, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a directory";
    }
    int mode;
    try {
      mode = (Integer) Files.getAttribute(path, "unix:mode");
    } catch (IOException | RuntimeException e) {
      return "a special file";
    }
    return kind(mode);
  }

  /** Names the type of a Unix file mode that is neither a regular file nor a directory. */
  static String kind(int mode) {
    return switch (mode & TYPE_BITS) {
      case FIFO -> "a FIFO (named pipe)";
      case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
      case SOCKET -> "a socket";
      default -> "a special file";
    };
  }

  /** Reads the bundled registry, then the given ones, into one registry. */
  static Registry registry(List<Source> registries, LoadOptions options) {
    Registry registry = Registry.empty().plus(compose(resource(REGISTRY_RESOURCE), options));
    for (Source source : registries) {
      registry = registry.plus(compose(source, options));
    }
    return registry;
  }

  /** Reads the plans in order and builds their catalog; all or nothing. */
  static PlanCatalog catalog(Registry registry, List<Source> plans, LoadOptions options) {
    Map<String, YamlNode> planIds = new HashMap<>();
    List<Plan> read = new ArrayList<>();
    for (Source source : plans) {
      read.add(PlanReader.read(compose(source, options), registry, planIds));
    }
    return PlanCatalog.of(registry.agencies(), read);
  }

  /**
   * Checks one plan or registry file (a mapping with the key {@code agencies} is a registry)
   * against the bundled registry and the given ones, and returns its errors, up to {@code limit},
   * in document order.
   */
  static List<PlanLoadException> check(
      Source file, List<Source> registries, LoadOptions options, int limit) {
    YamlNode root;
    try {
      root = compose(file, options);
    } catch (PlanLoadException e) {
      return List.of(e);
    }
    Registry registry = registry(registries, options);
    boolean isRegistry =
        root.node() instanceof MappingNode mapping
            && mapping.getValue().stream()
                .anyMatch(
                    tuple ->
                        tuple.getKeyNode() instanceof ScalarNode key
                            && key.getValue().equals(PlanKeys.AGENCIES));
    return isRegistry ? registry.check(root, limit) : PlanReader.check(root, registry, limit);
  }

  /**
   * Checks one plan file against a registry already read, and returns its errors, up to {@code
   * limit}, in document order.
   */
  static List<PlanLoadException> checkPlan(
      Source file, Registry registry, LoadOptions options, int limit) {
    try {
      return PlanReader.check(compose(file, options), registry, limit);
    } catch (PlanLoadException e) {
      return List.of(e);
    }
  }

  private static YamlNode compose(Source source, LoadOptions options) {
    return YamlDocument.compose(
        source.name(), source.bytes(), source.bundled() ? LoadOptions.defaults() : options);
  }

  /** Reads a bundled resource; its absence means a broken jar. */
  static Source resource(String name) {
    try (InputStream in = Loading.class.getResourceAsStream(RESOURCE_DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException("Bundled resource missing from the jar: " + name);
      }
      return new Source(name, in.readAllBytes(), true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled resource " + name, e);
    }
  }
}
