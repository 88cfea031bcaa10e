package io.github.ipplan.yaml;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.immutables.value.Value;

/**
 * How {@link PlanLoader} loads files: which registries of bodies it resolves names through, whether
 * the bundled plans come first in the catalog, and the limits that keep hostile input from costing
 * more than a bounded amount of time and memory.
 *
 * <p>Every file is subject to the limits, which default to:
 *
 * <table>
 *   <caption>Default limits</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxBytes()}</td><td>4 MiB ({@value #DEFAULT_MAX_BYTES} bytes)</td></tr>
 *   <tr><td>{@link #maxAliases()}</td><td>{@value #DEFAULT_MAX_ALIASES}</td></tr>
 *   <tr><td>{@link #maxDepth()}</td><td>{@value #DEFAULT_MAX_DEPTH}</td></tr>
 *   <tr><td>{@link #maxScalarLength()}</td><td>{@value #DEFAULT_MAX_SCALAR_LENGTH} characters</td></tr>
 *   <tr><td>{@link #maxNodes()}</td><td>{@value #DEFAULT_MAX_NODES}</td></tr>
 * </table>
 *
 * <p>Two limits follow from these: a line may hold at most {@link #maxLineLength()} characters (the
 * longest value and {@value #LINE_ALLOWANCE} more), and a file's aliases may at most double its
 * text (the characters it holds once every alias is expanded, against its own). Every alias counts
 * towards {@link #maxAliases()}, whether it stands for text, a mapping or a list.
 *
 * <p>Instances are immutable and thread-safe; each {@code with} method returns a new instance. Two
 * options are equal when they have the same registries, the same choice of bundled plans and the
 * same limits.
 */
@Value.Immutable
public abstract class LoadOptions {
  /** The default largest file, in bytes. */
  public static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

  /** The default largest number of aliases ({@code *name}) in one file. */
  public static final int DEFAULT_MAX_ALIASES = 50;

  /** The default deepest nesting of mappings and lists. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  /** The default longest scalar, in characters. */
  public static final int DEFAULT_MAX_SCALAR_LENGTH = 64 * 1024;

  /** The default largest number of values (mappings, lists, keys and texts) in one file. */
  public static final int DEFAULT_MAX_NODES = 100_000;

  /** How many characters a line may hold beyond the longest value: its key, indentation, quotes. */
  public static final int LINE_ALLOWANCE = 1024;

  private static final LoadOptions DEFAULTS = ImmutableLoadOptions.builder().build();

  LoadOptions() {}

  /**
   * Returns the default options: the bundled registry only, no bundled plans, default limits.
   *
   * @return the default options
   */
  public static LoadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns options that also resolve names through the given registry file, read after the bundled
   * registry and any registries added before. Its bodies must not reuse an id or a name of a body
   * already registered.
   *
   * @param registry a registry file in the format of the bundled {@code agencies.yaml}
   * @return the new options
   */
  public LoadOptions withRegistry(Path registry) {
    checkNotNull(registry, "registry");
    return ImmutableLoadOptions.builder().from(this).addRegistries(registry).build();
  }

  /**
   * Returns options that put the bundled plans in the catalog, before the loaded ones.
   *
   * @param include whether to include the bundled plans
   * @return the new options
   */
  public abstract LoadOptions withBundledPlans(boolean include);

  /**
   * Returns options with a different largest file size.
   *
   * @param bytes the most bytes a file may have, at least 1
   * @return the new options
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public abstract LoadOptions withMaxBytes(int bytes);

  /**
   * Returns options with a different largest number of aliases per file.
   *
   * @param aliases the most aliases a file may use, at least 0
   * @return the new options
   * @throws IllegalArgumentException if {@code aliases} is negative
   */
  public abstract LoadOptions withMaxAliases(int aliases);

  /**
   * Returns options with a different deepest nesting.
   *
   * @param depth the deepest nesting of mappings and lists, at least 1
   * @return the new options
   * @throws IllegalArgumentException if {@code depth} is less than 1
   */
  public abstract LoadOptions withMaxDepth(int depth);

  /**
   * Returns options with a different longest scalar.
   *
   * @param characters the most characters one scalar may have, at least 1 and at most {@code
   *     Integer.MAX_VALUE - LINE_ALLOWANCE}
   * @return the new options
   * @throws IllegalArgumentException if {@code characters} is out of those bounds
   */
  public abstract LoadOptions withMaxScalarLength(int characters);

  /**
   * Returns options with a different largest number of values per file. Each mapping, list, key and
   * text counts as one. The default allows a plan of about 9,000 tasks, sixty times the largest
   * plan published so far, and keeps a file made of nothing but tiny values from taking more than a
   * bounded amount of time and memory.
   *
   * @param nodes the most values a file may hold, at least 1
   * @return the new options
   * @throws IllegalArgumentException if {@code nodes} is less than 1
   */
  public abstract LoadOptions withMaxNodes(int nodes);

  /**
   * Returns the registry files read after the bundled registry, in order.
   *
   * @return the registry files, possibly empty
   */
  public abstract ImmutableList<Path> registries();

  /**
   * Tells whether the bundled plans come first in the catalog.
   *
   * @return true to include the bundled plans
   */
  @Value.Default
  public boolean bundledPlans() {
    return false;
  }

  /**
   * Returns the most bytes a file may have.
   *
   * @return the limit
   */
  @Value.Default
  public int maxBytes() {
    return DEFAULT_MAX_BYTES;
  }

  /**
   * Returns the most aliases a file may use.
   *
   * @return the limit
   */
  @Value.Default
  public int maxAliases() {
    return DEFAULT_MAX_ALIASES;
  }

  /**
   * Returns the deepest nesting of mappings and lists a file may have.
   *
   * @return the limit
   */
  @Value.Default
  public int maxDepth() {
    return DEFAULT_MAX_DEPTH;
  }

  /**
   * Returns the most characters one scalar may have.
   *
   * @return the limit
   */
  @Value.Default
  public int maxScalarLength() {
    return DEFAULT_MAX_SCALAR_LENGTH;
  }

  /**
   * Returns the most values (mappings, lists, keys and texts) a file may hold.
   *
   * @return the limit
   */
  @Value.Default
  public int maxNodes() {
    return DEFAULT_MAX_NODES;
  }

  /**
   * Returns the most characters one line may hold: the {@linkplain #maxScalarLength() longest
   * value} and {@value #LINE_ALLOWANCE} more. Longer lines are refused before they are parsed.
   *
   * @return the limit
   */
  public int maxLineLength() {
    return maxScalarLength() + LINE_ALLOWANCE;
  }

  /** The bounds of the limits, checked on every new instance. */
  @Value.Check
  void check() {
    checkArgument(maxBytes() >= 1, "maxBytes must be 1 or more: %s", maxBytes());
    checkArgument(maxAliases() >= 0, "maxAliases must be 0 or more: %s", maxAliases());
    checkArgument(maxDepth() >= 1, "maxDepth must be 1 or more: %s", maxDepth());
    checkArgument(
        maxScalarLength() >= 1 && maxScalarLength() <= Integer.MAX_VALUE - LINE_ALLOWANCE,
        "maxScalarLength must be from 1 to %s: %s",
        Integer.MAX_VALUE - LINE_ALLOWANCE,
        maxScalarLength());
    checkArgument(maxNodes() >= 1, "maxNodes must be 1 or more: %s", maxNodes());
  }
}
