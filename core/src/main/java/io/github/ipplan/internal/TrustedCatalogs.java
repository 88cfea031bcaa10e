package io.github.ipplan.internal;

import java.util.List;
import java.util.function.Supplier;

/**
 * Makes catalogs of values already known to be valid, such as a catalog compiled at build time from
 * files that were checked then: the catalog-level rules of {@code PlanCatalog.of} (a valid
 * registry, every body a plan names registered, unique plan ids) are not checked again, and its
 * indexes are built by the first query that needs them. Each value still checks its own rules when
 * it is built. Not part of the API. The types are parameters, so that this package imports nothing
 * from the API package.
 */
public final class TrustedCatalogs {
  /**
   * Makes a catalog without checking it; set once, by {@code PlanCatalog}.
   *
   * @param <A> the type of a body
   * @param <P> the type of a plan
   * @param <C> the type of the catalog
   */
  public interface Factory<A, P, C> {
    /**
     * Returns a catalog of the given values, unchecked.
     *
     * @param registry the registry, valid
     * @param plans the plans, each naming registered bodies only
     * @return the catalog
     */
    C of(List<A> registry, List<P> plans);
  }

  private static volatile Factory<?, ?, ?> factory;

  /** Set while a thread reads a compiled catalog. */
  private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

  private TrustedCatalogs() {}

  /**
   * Sets the factory; {@code PlanCatalog} calls this once, when it is initialised.
   *
   * @param trusted the factory
   * @throws IllegalStateException if a factory is set already
   */
  public static synchronized void register(Factory<?, ?, ?> trusted) {
    if (factory != null) {
      throw new IllegalStateException("The trusted catalog factory is set already");
    }
    factory = trusted;
  }

  /**
   * Returns a catalog of values known to be valid, without checking the catalog's rules again.
   *
   * @param <A> the type of a body
   * @param <P> the type of a plan
   * @param <C> the type of the catalog
   * @param catalog the catalog's class, which registers the factory when it is initialised
   * @param registry a valid registry
   * @param plans plans that name bodies of the registry only, with distinct ids
   * @return the catalog
   */
  @SuppressWarnings("unchecked") // the one factory registered makes catalogs of the catalog class
  public static <A, P, C> C of(Class<C> catalog, List<A> registry, List<P> plans) {
    try {
      // PlanCatalog sets the factory when it is initialised.
      Class.forName(catalog.getName(), true, catalog.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    Factory<A, P, C> trusted = (Factory<A, P, C>) factory;
    return trusted.of(registry, plans);
  }

  /**
   * Runs a reader of a compiled catalog, with the checks of the values it builds skipped on this
   * thread until it returns.
   *
   * @param <T> what the reader returns
   * @param reader the reader
   * @return what the reader returns
   */
  public static <T> T read(Supplier<T> reader) {
    if (reading()) {
      return reader.get();
    }
    READING.set(Boolean.TRUE);
    try {
      return reader.get();
    } finally {
      READING.remove();
    }
  }

  /**
   * Tells whether this thread is reading a compiled catalog, so that values need not check
   * themselves.
   *
   * @return true inside {@link #read(Supplier)}
   */
  public static boolean reading() {
    return READING.get() != null;
  }
}
