package io.github.ipplan.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the project's copies of the source documents, under {@code src/test/resources/sources}. */
final class SourceText {
  private SourceText() {}

  static String read(String name) {
    try (InputStream in = SourceText.class.getResourceAsStream("/sources/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
