package io.github.ipplan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.github.ipplan.internal.FoldedText;
import io.github.ipplan.internal.NameIndex;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.TrustedCatalogs;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Several plans together with the registry of the bodies they name, indexed for queries.
 *
 * <p>A body is found by any of its {@link Agency#names() names}, its {@link Agency#aliases()
 * aliases} or its id, forgiving letter case and width: {@code 知识产权局}, {@code 国家知识产权局}, {@code 国知局},
 * {@code CNIPA}, {@code cnipa} and {@code ＣＮＩＰＡ} find the same body. Query results come in plan
 * order (the order the plans were given in), then in document order within each plan.
 *
 * <p>The indexes of bodies by name and of tasks by body are built once: when {@link #of} creates
 * the catalog, which checks it with them. The folded texts that {@link #search(String)} reads are
 * built once, on the first search. Instances are immutable and thread-safe.
 */
public final class PlanCatalog {
  private final ImmutableList<Agency> agencies;
  private final ImmutableList<Plan> plans;

  /** The registry indexed by name: built when the catalog is checked, or on the first lookup. */
  private final Supplier<NameIndex<Agency>> names;

  /** Plans by id, tasks and indicators by body: built when checked, or on the first query. */
  private final Supplier<CatalogIndexes> indexes;

  /**
   * Every element of every plan by id and folded for search: built on the first search or lookup by
   * id, so that a catalog that is never searched does not pay for folding.
   */
  private final Supplier<ElementIndex> elements;

  static {
    TrustedCatalogs.Factory<Agency, Plan, PlanCatalog> trusted =
        (registry, plans) -> new PlanCatalog(registry, plans, /* checked= */ false);
    TrustedCatalogs.register(trusted);
  }

  private PlanCatalog(Iterable<Agency> registry, Iterable<Plan> plans, boolean checked) {
    this.agencies = ImmutableList.copyOf(registry);
    this.plans = ImmutableList.copyOf(plans);
    ImmutableList<Agency> named = this.agencies;
    ImmutableList<Plan> indexed = this.plans;
    // A trusted registry was checked when it was compiled: its index skips the checks, and with
    // them the folding of every name to its simplified form that only the checks need.
    this.names =
        Suppliers.memoize(
            checked
                ? () -> NameIndex.of(named, PlanCatalog::names)
                : () -> NameIndex.trusted(named, PlanCatalog::names));
    CatalogIndexes.Registered registered =
        checked ? this::checkRegistered : (agency, plan) -> agency;
    this.indexes = Suppliers.memoize(() -> new CatalogIndexes(indexed, registered));
    this.elements = Suppliers.memoize(() -> new ElementIndex(indexed));
    if (checked) {
      names.get();
      indexes.get();
    }
  }

  /**
   * Returns a catalog of the given plans over the given registry of bodies.
   *
   * @param registry every body the plans name, each once
   * @param plans the plans, in the order queries will list them
   * @return the catalog
   * @throws IllegalArgumentException if two bodies share an id, a name would find two different
   *     bodies, two bodies have names that differ only in letter width, letter case or invisible
   *     characters, a successor or a body a plan names is not in the registry, a chain of
   *     successors comes back to where it started, or two plans share an id
   */
  public static PlanCatalog of(Iterable<Agency> registry, Iterable<Plan> plans) {
    return new PlanCatalog(
        checkNotNull(registry, "registry"), checkNotNull(plans, "plans"), /* checked= */ true);
  }

  /** What the index of names knows of a body. */
  private static NameIndex.Names names(Agency agency) {
    return new NameIndex.Names(agency.id(), agency.names(), agency.aliases(), agency.successorId());
  }

  private Agency checkRegistered(Agency agency, Plan plan) {
    if (!names.get().find(agency.id()).map(agency::equals).orElse(false)) {
      throw new IllegalArgumentException(
          "Plan "
              + Quote.of(plan.id())
              + " names a body that is not in the registry: "
              + Quote.of(agency.id()));
    }
    return agency;
  }

  /**
   * Returns every body in the registry, in registry order.
   *
   * @return the bodies
   */
  public ImmutableList<Agency> agencies() {
    return agencies;
  }

  /**
   * Returns every plan, in catalog order.
   *
   * @return the plans
   */
  public ImmutableList<Plan> plans() {
    return plans;
  }

  /**
   * Finds a body by any of its names (printed, full, English, abbreviation), its aliases (such as
   * {@code 国知局}) or its id, the way people type them: Latin letters in any case, full-width and
   * half-width forms alike ({@code ＣＮＩＰＡ}), invisible format characters ignored; and, where that
   * finds no body, traditional ideographs compared as their simplified forms ({@code 國家知識產權局}),
   * where that finds exactly one body. White space counts.
   *
   * @param name the name
   * @return the body, or empty if no body has that name
   */
  public Optional<Agency> agency(String name) {
    return names.get().lookup(checkNotNull(name, "name"));
  }

  /**
   * Returns the names and aliases of bodies nearest to a name that finds none, for "did you mean"
   * hints, nearest first: up to {@code limit} names within an edit distance of half the name's
   * length, compared without regard to letter case or width ({@code cnipaa} suggests {@code
   * CNIPA}), or of which the name is a short form, its characters in order from the first ({@code
   * 国知识局} suggests {@code 国家知识产权局}). Among names equally near, short forms come first, then
   * aliases, then the rest in registry order.
   *
   * @param name a name, typically one that {@link #agency(String)} does not find
   * @param limit the most names to return
   * @return the nearest names, possibly empty
   */
  public ImmutableList<String> nearestNames(String name, int limit) {
    checkNotNull(name, "name");
    checkArgument(limit >= 0, "limit must be 0 or more: %s", limit);
    return names.get().nearest(name, limit, true);
  }

  /**
   * Returns the body that replaced the given one, where the registry records one.
   *
   * @param agency a body of this catalog
   * @return the successor, or empty
   */
  public Optional<Agency> successor(Agency agency) {
    return agency.successorId().flatMap(names.get()::find);
  }

  /**
   * Finds a plan by its id.
   *
   * @param id the plan id, such as {@code national-2021-2022}
   * @return the plan, or empty if the catalog has no plan with that id
   */
  public Optional<Plan> plan(String id) {
    return Optional.ofNullable(indexes.get().plansById.get(checkNotNull(id, "id")));
  }

  /**
   * Returns the ids of the plans nearest to an id that finds none, for "did you mean" hints: up to
   * {@code limit} ids that contain the given text (Latin letters in any case, such as {@code
   * national} or {@code 2021}), or are within an edit distance of half its length, nearest first,
   * then in catalog order.
   *
   * @param id an id, typically one that {@link #plan(String)} does not find
   * @param limit the most ids to return
   * @return the nearest ids, possibly empty
   */
  public ImmutableList<String> nearestPlanIds(String id, int limit) {
    checkNotNull(id, "id");
    checkArgument(limit >= 0, "limit must be 0 or more: %s", limit);
    return ElementIndex.nearest(id, indexes.get().plansById.keySet(), limit);
  }

  /**
   * Finds the value an id names: a plan, a heading, a measure, a project, an indicator, or another
   * element of a plan's text, by the ids {@link PlanElement} describes, which every output prints
   * ({@link Plan#id()}, {@link Measure#id()}, {@link SearchHit#id()}, {@link Provision#id()}, …).
   * The id is compared exactly.
   *
   * @param id the id, such as {@code national-2021-2022/measure/27} or {@code
   *     national-2021-2022/part/1/section/2}
   * @return the value, or empty if no plan of the catalog has an element with that id; {@link
   *     #nearestIds(String, int)} then suggests ids
   */
  public Optional<PlanElement> provision(String id) {
    return Optional.ofNullable(elements.get().find(checkNotNull(id, "id")));
  }

  /**
   * Returns the ids nearest to an id that names nothing, for "did you mean" hints, as {@link
   * #nearestPlanIds(String, int)} finds plan ids: up to {@code limit} ids of plans and their
   * elements that contain the given text, or are within an edit distance of half its length,
   * nearest first, then in plan and document order.
   *
   * @param id an id, typically one that {@link #provision(String)} does not find
   * @param limit the most ids to return
   * @return the nearest ids, possibly empty
   */
  public ImmutableList<String> nearestIds(String id, int limit) {
    checkNotNull(id, "id");
    checkArgument(limit >= 0, "limit must be 0 or more: %s", limit);
    return ElementIndex.nearest(id, elements.get().ids(), limit);
  }

  /**
   * Returns which bodies share tasks, how often and who leads them, over every plan of the catalog.
   *
   * @return the collaborations
   */
  public Collaborations collaborations() {
    return collaborations(plan -> true);
  }

  /**
   * Returns which bodies share tasks, how often and who leads them, over the plans accepted, such
   * as {@code plan -> plan.id().equals("national-2021-2022")}.
   *
   * @param plans which plans to count the tasks of
   * @return the collaborations
   */
  public Collaborations collaborations(Predicate<? super Plan> plans) {
    checkNotNull(plans, "plans");
    return new Collaborations(
        agencies,
        ImmutableList.copyOf(
            this.plans.stream().filter(plans).flatMap(plan -> plan.measures().stream()).toList()));
  }

  /**
   * Returns the measures the body leads: those that print it first, or alone.
   *
   * @param agency the body
   * @return the measures, in plan order then document order
   */
  public ImmutableList<Measure> measuresLedBy(Agency agency) {
    return indexes.get().led.get(agency.id());
  }

  /**
   * Returns the measures the body takes part in without leading: those that print it after the
   * first body.
   *
   * @param agency the body
   * @return the measures, in plan order then document order
   */
  public ImmutableList<Measure> measuresWithParticipant(Agency agency) {
    return indexes.get().participated.get(agency.id());
  }

  /**
   * Returns the measures that name the body at all, as lead or participant.
   *
   * @param agency the body
   * @return the measures, in plan order then document order
   */
  public ImmutableList<Measure> measuresInvolving(Agency agency) {
    return indexes.get().involving.get(agency.id());
  }

  /**
   * Returns the indicators whose figures the body supplies.
   *
   * @param agency the data source
   * @return the indicators, in plan order then table order
   */
  public ImmutableList<Indicator> indicatorsFromSource(Agency agency) {
    return indexes.get().indicatorsBySource.get(agency.id());
  }

  /**
   * Returns every indicator of every plan.
   *
   * @return the indicators, in plan order then table order
   */
  public ImmutableList<Indicator> indicators() {
    return ImmutableList.copyOf(
        plans.stream().flatMap(plan -> plan.indicators().stream()).toList());
  }

  /**
   * Returns every project of every plan.
   *
   * @return the projects, in plan order then document order
   */
  public ImmutableList<Project> projects() {
    return ImmutableList.copyOf(plans.stream().flatMap(plan -> plan.projects().stream()).toList());
  }

  /**
   * Searches every provision of every plan, forgiving the way people type: the notice, title and
   * preamble, headings and their prose, the indicator table, measures (with their numbers and
   * responsibility clauses) and projects, each as {@link PlanText#provisions(Plan)} gives it.
   *
   * <p>The query is split into terms at white space (including U+00A0 NO-BREAK SPACE and U+3000
   * IDEOGRAPHIC SPACE); a provision is found when it contains every term. Texts and terms are
   * compared folded: full-width and half-width forms alike (NFKC: {@code ＴＩＳＣ} is {@code TISC},
   * {@code ，} is {@code ,}), white space and invisible format characters ignored ({@code 31个省}
   * finds {@code 31 个省}), Latin letters in any case ({@code tisc} finds {@code TISC}), and
   * traditional ideographs as their simplified forms ({@code 意見} finds {@code 意见} and {@code 意见}
   * finds {@code 意見}), by a table generated from ICU4J's Traditional-Simplified transform. The
   * texts are folded once, on the first search; later searches fold only their terms.
   *
   * @param query one or more terms, such as {@code 意见 保护}
   * @return the provisions found, in plan order then document order, each with the value it prints
   *     and the spans of every match in its verbatim text and in the value's own text
   * @throws IllegalArgumentException if the query has no term: it is empty, or made only of white
   *     space and invisible characters
   */
  public ImmutableList<SearchHit> search(String query) {
    ImmutableList<String> terms = FoldedText.terms(checkNotNull(query, "query"));
    checkArgument(!terms.isEmpty(), "A search needs at least one term");
    return elements.get().search(terms);
  }

  /**
   * Finds the measures whose title or text contains the given text, compared exactly (Chinese
   * characters, punctuation and Latin letters alike): no folding of width, case, white space or
   * traditional forms, and only measures. {@link #search(String)} is the forgiving search over
   * every provision.
   *
   * @param text the text to look for, such as {@code 展会}
   * @return the measures, in plan order then document order
   * @throws IllegalArgumentException if the text is empty
   */
  public ImmutableList<Measure> measuresContaining(String text) {
    checkArgument(!checkNotNull(text, "text").isEmpty(), "Search text must not be empty");
    return ImmutableList.copyOf(
        plans.stream()
            .flatMap(plan -> plan.measures().stream())
            .filter(
                measure ->
                    measure.text().contains(text)
                        || measure.title().map(title -> title.contains(text)).orElse(false))
            .toList());
  }

  /**
   * Finds the projects whose title or paragraphs contain the given text, compared exactly.
   *
   * @param text the text to look for
   * @return the projects, in plan order then document order
   * @throws IllegalArgumentException if the text is empty
   */
  public ImmutableList<Project> projectsContaining(String text) {
    checkArgument(!checkNotNull(text, "text").isEmpty(), "Search text must not be empty");
    return ImmutableList.copyOf(
        plans.stream()
            .flatMap(plan -> plan.projects().stream())
            .filter(
                project ->
                    project.title().contains(text)
                        || project.paragraphs().stream()
                            .anyMatch(paragraph -> paragraph.contains(text)))
            .toList());
  }

  @Override
  public String toString() {
    return "PlanCatalog{"
        + agencies.size()
        + " bodies, plans "
        + indexes.get().plansById.keySet()
        + "}";
  }
}
