package io.github.ipplan.yaml;

import io.github.ipplan.PlanCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled catalog compiled at build time: the bundled registry and plans, read and checked from
 * their YAML when the jar is built, written to a resource that {@link BundledPlans#load()} reads
 * without YAML and without checking again the rules that held when it was written.
 *
 * <p>The format is private to this module and versioned; a reader reads its own version only. All
 * numbers are big-endian. A header of 16 bytes: the magic {@code IPCC}, the format {@link #VERSION}
 * (4 bytes), the payload's length (4 bytes) and its CRC-32 (4 bytes). The payload: the string table
 * (a count, then each string as its UTF-8 length and bytes), the registry (a count, then each body)
 * and the plans (a count, then each plan), every field in the order {@link CatalogWriter} writes
 * it. Within the payload, counts and numbers are unsigned LEB128 varints; strings, enum constants
 * (by name) and bodies are indexes into the string table and the registry; an optional string is 0
 * when absent, else its index plus one; other optional values are a byte 0 or 1 before the value; a
 * heading path is the place of each heading among its level's headings.
 *
 * <p>The build writes the resource with {@link #main}; a test compares it with what the YAML
 * compiles to, so that a changed YAML cannot ship without it.
 */
final class CompiledCatalog {
  /** The resource's name within the package. */
  static final String RESOURCE = "bundled.bin";

  static final byte[] MAGIC = {'I', 'P', 'C', 'C'};
  static final int VERSION = 1;

  /** The header's length: magic, version, payload length, checksum. */
  static final int HEADER = 16;

  private CompiledCatalog() {}

  /**
   * Writes the compiled bundled catalog to the file given, from the bundled YAML; the build runs
   * this after compiling.
   *
   * @param args one argument: the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("Usage: CompiledCatalog FILE");
    }
    Path file = Path.of(args[0]);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, CatalogWriter.write(BundledPlans.fromYaml()));
  }

  /** Reads the compiled bundled catalog from the jar. */
  static PlanCatalog load() {
    return load(RESOURCE);
  }

  /** Reads a compiled catalog from a resource of this package. */
  static PlanCatalog load(String resource) {
    byte[] bytes;
    try (InputStream in = CompiledCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "The compiled bundled catalog " + resource + " is missing from the jar; rebuild it");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the compiled bundled catalog " + resource, e);
    }
    return CatalogReader.read(resource, bytes);
  }
}
