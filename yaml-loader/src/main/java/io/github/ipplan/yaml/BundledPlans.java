package io.github.ipplan.yaml;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.PlanCatalog;
import java.util.List;

/**
 * The plans bundled with ipplan, transcribed verbatim from their sources, with the registry of the
 * bodies they name.
 *
 * <p>The bundled plans are:
 *
 * <ul>
 *   <li>{@code national-2021-2022}: 《知识产权强国建设纲要和“十四五”规划实施年度推进计划》, 115 tasks;
 *   <li>{@code guangzhou-2021-2025}: 《广州市知识产权保护和运用“十四五”规划（征求意见稿）》, the draft for public comment: 48
 *       measures, 7 projects, 13 indicators.
 * </ul>
 *
 * <pre>{@code
 * PlanCatalog catalog = BundledPlans.load();
 * Agency cnipa = catalog.agency("知识产权局").orElseThrow();
 * ImmutableList<Measure> led = catalog.measuresLedBy(cnipa);
 * }</pre>
 */
public final class BundledPlans {
  static final ImmutableList<String> PLAN_RESOURCES =
      ImmutableList.of("national-2021-2022.yaml", "guangzhou-2021-2025.yaml");

  private BundledPlans() {}

  /**
   * Loads the bundled registry and plans into a new catalog. The bundled files were read and
   * checked when the jar was built, and compiled into a compact resource; each call reads that
   * resource again, and the catalog builds each index on the first query that needs it. The result
   * is immutable, so load once and share it.
   *
   * @return the catalog of every bundled plan, in the order listed above
   * @throws IllegalStateException if the compiled resource is missing from the jar, truncated or
   *     corrupt (a broken jar: rebuild it)
   */
  public static PlanCatalog load() {
    return CompiledCatalog.load();
  }

  /** Reads and checks the bundled YAML files: the source the compiled resource is built from. */
  static PlanCatalog fromYaml() {
    LoadOptions options = LoadOptions.defaults();
    return Loading.catalog(Loading.registry(List.of(), options), resources(), options);
  }

  static ImmutableList<Loading.Source> resources() {
    return ImmutableList.copyOf(PLAN_RESOURCES.stream().map(Loading::resource).toList());
  }
}
