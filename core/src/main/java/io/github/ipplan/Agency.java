package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.ipplan.internal.Quote;
import io.github.ipplan.internal.Texts;
import io.github.ipplan.internal.TrustedCatalogs;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A government body (or a named group of bodies) that a plan names: a ministry, a court, a
 * municipal bureau.
 *
 * <p>A body is found by any of its {@link #names() names}: the forms the plans print (such as
 * {@code 知识产权局}), its full name ({@code 国家知识产权局}), its English name and its abbreviation ({@code
 * CNIPA}). Its {@link #id() id} is stable across releases.
 *
 * <p>Instances are immutable and thread-safe; build them with {@link #builder()}.
 */
@Value.Immutable
public abstract class Agency {

  Agency() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable identifier: lower-case ASCII letters and digits in hyphen-separated words,
   * such as {@code cnipa}.
   *
   * @return the identifier
   */
  public abstract String id();

  /**
   * Returns the body's full official name, such as {@code 国家知识产权局}; empty for an organisation the
   * plans name by its role only, such as {@code 第三方机构}.
   *
   * @return the full name, or empty
   */
  public abstract Optional<String> fullName();

  /**
   * Returns the names the plans print for this body, most common first, such as {@code [知识产权局]};
   * never empty.
   *
   * @return the printed names
   */
  public abstract ImmutableList<String> printedNames();

  /**
   * Returns the English name: the body's own official one, or a descriptive translation where
   * {@link #englishNameDescriptive()} says so.
   *
   * @return the English name
   */
  public abstract String englishName();

  /**
   * Tells whether the {@link #englishName() English name} is a descriptive translation rather than
   * the body's own official English name.
   *
   * @return true for a descriptive translation
   */
  @Value.Default
  public boolean englishNameDescriptive() {
    return false;
  }

  /**
   * Returns the usual Latin-letter abbreviation, such as {@code CNIPA}, where the body has one.
   *
   * @return the abbreviation, or empty
   */
  public abstract Optional<String> abbreviation();

  /**
   * Returns the short forms people use for this body that neither the plans nor the body itself
   * print as its name, such as {@code 国知局} for {@code 国家知识产权局} or {@code 发改委} for {@code
   * 国家发展和改革委员会}. {@link PlanCatalog#agency(String)} finds a body by its aliases; they are not among
   * its {@link #names() names}, and a plan file may not name a body by one. No alias of one body
   * finds another.
   *
   * @return the aliases, possibly empty
   */
  public abstract ImmutableList<String> aliases();

  /**
   * Returns what kind of body this is.
   *
   * @return the kind
   */
  public abstract AgencyKind kind();

  /**
   * Returns the level of government the body belongs to; empty exactly when the body is not a
   * {@link #isPublicBody() public body}.
   *
   * @return the level, or empty
   */
  public abstract Optional<AgencyLevel> level();

  /**
   * Returns the {@link #id() id} of the body that replaced this one, where it was replaced. {@link
   * PlanCatalog#successor(Agency)} resolves it.
   *
   * @return the successor's id, or empty
   */
  public abstract Optional<String> successorId();

  /**
   * Returns facts about the body that the other fields do not carry, such as another name it acts
   * under.
   *
   * @return the notes, possibly empty
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns the name the plans print most often, the first of {@link #printedNames()}.
   *
   * @return the printed name
   */
  public String name() {
    return printedNames().get(0);
  }

  /**
   * Returns every name this body is found by: the printed names, the full name, the English name
   * and the abbreviation (where it has them), in that order and without repeats.
   *
   * @return the names
   */
  @Value.Lazy
  public ImmutableSet<String> names() {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    names.addAll(printedNames());
    fullName().ifPresent(names::add);
    names.add(englishName());
    abbreviation().ifPresent(names::add);
    return names.build();
  }

  /**
   * Tells whether this is a {@link AgencyKind#COLLECTIVE collective}: several bodies named as one.
   *
   * @return true for a collective
   */
  public boolean isCollective() {
    return kind() == AgencyKind.COLLECTIVE;
  }

  /**
   * Tells whether this is a public body: an organ of the party, the state or the military, a court
   * or procuratorate, or a people's organisation, or a collective of such bodies. An organisation
   * outside government that a plan names by its role only, such as {@code 第三方机构} (a third-party
   * organisation), is not.
   *
   * @return false only for {@link AgencyKind#NON_GOVERNMENT_ORGANISATION}
   */
  public boolean isPublicBody() {
    return kind() != AgencyKind.NON_GOVERNMENT_ORGANISATION;
  }

  @Value.Check
  void check() {
    if (TrustedCatalogs.reading()) {
      return; // read from a catalog compiled, and checked, when the jar was built
    }
    checkState(
        level().isPresent() == isPublicBody(),
        "Agency %s must have a level exactly when it is a public body",
        Quote.lazy(id()));
    checkState(
        Texts.isId(id()),
        "Agency id must be lower-case words joined by hyphens: %s",
        Quote.lazy(id()));
    checkState(!printedNames().isEmpty(), "Agency %s has no printed name", Quote.lazy(id()));
    Set<String> printed = new HashSet<>();
    for (String name : printedNames()) {
      checkState(
          printed.add(name),
          "Agency %s lists the printed name %s twice",
          Quote.lazy(id()),
          Quote.lazy(name));
    }
    for (String name : names()) {
      checkState(!Texts.isBlank(name), "Agency %s has a blank name", Quote.lazy(id()));
      checkState(
          name.strip().equals(name),
          "Agency %s has a name with surrounding white space: %s",
          Quote.lazy(id()),
          Quote.lazy(name));
    }
    Set<String> aliases = new HashSet<>();
    for (String alias : aliases()) {
      checkState(!Texts.isBlank(alias), "Agency %s has a blank alias", Quote.of(id()));
      checkState(
          alias.strip().equals(alias),
          "Agency %s has an alias with surrounding white space: %s",
          Quote.of(id()),
          Quote.of(alias));
      checkState(
          aliases.add(alias),
          "Agency %s lists the alias %s twice",
          Quote.of(id()),
          Quote.of(alias));
      checkState(
          !names().contains(alias),
          "Agency %s lists its name %s as an alias",
          Quote.of(id()),
          Quote.of(alias));
    }
    successorId()
        .ifPresent(
            successor ->
                checkState(
                    !successor.equals(id()), "Agency %s cannot succeed itself", Quote.lazy(id())));
  }

  @Override
  public String toString() {
    return "Agency{" + id() + ", " + name() + "}";
  }

  /** Builds {@link Agency} values; obtain one from {@link Agency#builder()}. */
  public static final class Builder extends ImmutableAgency.Builder {
    Builder() {}
  }
}
