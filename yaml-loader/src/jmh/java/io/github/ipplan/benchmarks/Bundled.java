package io.github.ipplan.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The bundled YAML files, as the loader reads them. */
final class Bundled {
  static final List<String> RESOURCES =
      List.of(
          "/io/github/ipplan/yaml/agencies.yaml",
          "/io/github/ipplan/yaml/national-2021-2022.yaml",
          "/io/github/ipplan/yaml/guangzhou-2021-2025.yaml");

  private Bundled() {}

  static byte[] read(String resource) {
    try (InputStream in = Bundled.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
