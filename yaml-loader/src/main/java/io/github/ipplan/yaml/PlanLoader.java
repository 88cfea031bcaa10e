package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.PlanCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads plan files of one's own, written in the same YAML format as the bundled plans (see the
 * README's "Loading your own plan"), against the bundled registry of bodies and, optionally,
 * registries of one's own.
 *
 * <pre>{@code
 * PlanCatalog mine = PlanLoader.load(Path.of("national-2024.yaml"));
 * PlanCatalog all = PlanLoader.load(
 *     LoadOptions.defaults().withRegistry(Path.of("my-agencies.yaml")).withBundledPlans(true),
 *     Path.of("national-2024.yaml"));
 * }</pre>
 *
 * <p>Loading is all or nothing: a file that fails to load fails the whole call, and no catalog is
 * returned. Content errors are {@link PlanLoadException}s that name the file, line, column and
 * path; files that cannot be read are {@link IOException}s that name the file. Only regular files
 * are read: a directory, a FIFO, a device or a socket is refused, before it is opened, with a
 * {@link java.nio.file.FileSystemException} whose reason says what it is, such as {@code it is a
 * FIFO (named pipe), not a regular file}.
 */
public final class PlanLoader {
  /** The most errors {@link #check(LoadOptions, Path)} reports for one file. */
  public static final int MAX_ERRORS_PER_FILE = 20;

  private PlanLoader() {}

  /**
   * Checks one plan or registry file without loading it into a catalog, and returns every
   * independent error in it, as a compiler does, up to {@value #MAX_ERRORS_PER_FILE}, in document
   * order; an empty list means the file is valid. A file whose top-level mapping has the key {@code
   * agencies} is checked as a registry, any other as a plan. Plans are checked against the bundled
   * registry and the options' registries, which must be valid.
   *
   * <p>Every missing and every unknown key of each mapping is reported. Each value of a plan
   * (title, issuer, dates, notice, ...), each measure, project, indicator and heading and each of
   * their values, and each body of a registry, is checked on its own, so that an error in one does
   * not hide an error in another, and an error at the plan level hides none in its measures; the
   * rules of the file as a whole (distinct measure numbers, no name that finds two bodies) are
   * checked when every entry is valid. {@link #load(LoadOptions, List)} fails with the first error
   * this method lists. A file that is not valid YAML, or breaks a limit, has one error. The
   * options' limits apply, as they do to {@link #load(LoadOptions, List)}.
   *
   * @param options the registries to check plans against, and the limits
   * @param file the file to check
   * @return the errors, empty if the file is valid
   * @throws IOException if the file or a registry cannot be read
   * @throws PlanLoadException if one of the options' registries is not valid
   */
  public static ImmutableList<PlanLoadException> check(LoadOptions options, Path file)
      throws IOException {
    Loading.Source source;
    try {
      source = Loading.file(file, options);
    } catch (PlanLoadException e) {
      return ImmutableList.of(e);
    }
    List<Loading.Source> registries = new ArrayList<>();
    for (Path registry : options.registries()) {
      registries.add(Loading.file(registry, options));
    }
    return ImmutableList.copyOf(Loading.check(source, registries, options, MAX_ERRORS_PER_FILE));
  }

  /**
   * Loads the given plan files into a new catalog over the bundled registry of bodies, with the
   * {@linkplain LoadOptions#defaults() default options}.
   *
   * @param files plan files, in the order the catalog will list them
   * @return the catalog of these plans
   * @throws IOException if a file cannot be read
   * @throws PlanLoadException if a file's content is not a valid plan
   */
  public static PlanCatalog load(Path... files) throws IOException {
    return load(LoadOptions.defaults(), ImmutableList.copyOf(files));
  }

  /**
   * Loads the given plan files into a new catalog over the bundled registry of bodies, with the
   * {@linkplain LoadOptions#defaults() default options}.
   *
   * @param files plan files, in the order the catalog will list them
   * @return the catalog of these plans
   * @throws IOException if a file cannot be read
   * @throws PlanLoadException if a file's content is not a valid plan
   */
  public static PlanCatalog load(List<Path> files) throws IOException {
    return load(LoadOptions.defaults(), files);
  }

  /**
   * Loads the given plan files into a new catalog with the given options.
   *
   * @param options the registries, whether to include the bundled plans, and the limits
   * @param files plan files, in the order the catalog will list them (after the bundled plans, if
   *     the options include them)
   * @return the catalog
   * @throws IOException if a file cannot be read
   * @throws PlanLoadException if a registry's or a plan's content is not valid
   */
  public static PlanCatalog load(LoadOptions options, Path... files) throws IOException {
    return load(options, ImmutableList.copyOf(files));
  }

  /**
   * Loads the given plan files into a new catalog with the given options.
   *
   * @param options the registries, whether to include the bundled plans, and the limits
   * @param files plan files, in the order the catalog will list them (after the bundled plans, if
   *     the options include them)
   * @return the catalog
   * @throws IOException if a file cannot be read
   * @throws PlanLoadException if a registry's or a plan's content is not valid
   */
  public static PlanCatalog load(LoadOptions options, List<Path> files) throws IOException {
    List<Loading.Source> registries = new ArrayList<>();
    for (Path registry : options.registries()) {
      registries.add(Loading.file(registry, options));
    }
    List<Loading.Source> plans = new ArrayList<>();
    if (options.bundledPlans()) {
      plans.addAll(BundledPlans.resources());
    }
    for (Path file : files) {
      plans.add(Loading.file(file, options));
    }
    return Loading.catalog(Loading.registry(registries, options), plans, options);
  }
}
