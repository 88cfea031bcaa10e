package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.PlanCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads plan files of one's own, written in the same YAML format as the bundled plans (see the
 * README's "YAML format"), against the bundled registry of bodies.
 *
 * <pre>{@code
 * PlanCatalog mine = PlanLoader.load(Path.of("national-2023.yaml"));
 * }</pre>
 *
 * <p>Loading is all or nothing: a file that fails to load fails the whole call, and no catalog
 * is returned.
 */
public final class PlanLoader {
  private PlanLoader() {}

  /**
   * Loads the given plan files into a new catalog over the bundled registry of bodies.
   *
   * @param files plan files, in the order the catalog will list them
   * @return the catalog of these plans
   * @throws IOException if a file cannot be read
   * @throws PlanLoadException if a file's content is not a valid plan
   */
  public static PlanCatalog load(Path... files) throws IOException {
    return load(ImmutableList.copyOf(files));
  }

  /**
   * Loads the given plan files into a new catalog over the bundled registry of bodies.
   *
   * @param files plan files, in the order the catalog will list them
   * @return the catalog of these plans
   * @throws IOException if a file cannot be read
   * @throws PlanLoadException if a file's content is not a valid plan
   */
  public static PlanCatalog load(List<Path> files) throws IOException {
    List<Loading.Source> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(new Loading.Source(file.toString(), Files.readAllBytes(file)));
    }
    return Loading.catalog(Loading.bundledRegistry(), sources);
  }
}
