package io.github.ipplan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.github.ipplan.internal.NameIndex;
import io.github.ipplan.internal.Quote;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One body's part in one measure: the body, its {@link Role role} and its position in the list of
 * bodies the measure prints.
 *
 * <p>This type holds the plans' lead-agency rule, and is its only holder: from the ordered list of
 * bodies printed for a measure, the first leads and the others take part, in printed order (see
 * {@link #assign(List)}). Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Responsibility {
  Responsibility() {}

  /**
   * Applies the lead-agency rule to the bodies printed for one measure.
   *
   * <p>The first body is the {@link Role#LEAD lead}; each later body is a {@link Role#PARTICIPANT
   * participant}; positions count from 1 in printed order. A body named alone leads. An empty list
   * gives no responsibilities.
   *
   * @param printedOrder the bodies in the order the measure prints them
   * @return one responsibility per body, in printed order
   * @throws IllegalArgumentException if a body appears twice
   */
  public static ImmutableList<Responsibility> assign(List<Agency> printedOrder) {
    return assign(printedOrder, printedOrder.stream().map(Agency::name).toList());
  }

  /**
   * Applies the lead-agency rule to the bodies printed for one measure, keeping the name each is
   * printed under (such as {@code 国家知识产权局} for the body usually printed {@code 知识产权局}).
   *
   * @param printedOrder the bodies in the order the measure prints them
   * @param printedNames the name printed for each body, in the same order
   * @return one responsibility per body, in printed order
   * @throws IllegalArgumentException if a body appears twice (its cause a {@link PlanRuleException}
   *     giving the positions of both namings), the lists differ in length, or a printed name is not
   *     a name of its body, in simplified or traditional characters
   */
  public static ImmutableList<Responsibility> assign(
      List<Agency> printedOrder, List<String> printedNames) {
    checkArgument(
        printedOrder.size() == printedNames.size(),
        "%s bodies but %s printed names",
        printedOrder.size(),
        printedNames.size());
    Map<String, Integer> seen = new HashMap<>();
    ImmutableList.Builder<Responsibility> responsibilities = ImmutableList.builder();
    for (int i = 0; i < printedOrder.size(); i++) {
      Agency agency = printedOrder.get(i);
      String printedName = printedNames.get(i);
      Integer first = seen.putIfAbsent(agency.id(), i);
      if (first != null) {
        String message = "Body " + Quote.of(agency.name()) + " is named twice";
        throw new IllegalArgumentException(
            message,
            PlanRuleException.repeat(
                message, PlanRuleException.Element.RESPONSIBLE_BODY, i, first, null));
      }
      checkArgument(
          NameIndex.writes(agency.names(), printedName),
          "%s is not a name of body '%s'",
          Quote.lazy(printedName),
          agency.id());
      responsibilities.add(ImmutableResponsibility.of(agency, i + 1, printedName));
    }
    return responsibilities.build();
  }

  /**
   * Returns the body.
   *
   * @return the body
   */
  @Value.Parameter
  public abstract Agency agency();

  /**
   * Returns the body's position in the printed list, counting from 1.
   *
   * @return the position
   */
  @Value.Parameter
  public abstract int position();

  /**
   * Returns the name the measure prints for the body: one of its {@link Agency#names() names}, or
   * one of them printed in traditional characters ({@code 國家知識產權局}).
   *
   * @return the printed name
   */
  @Value.Parameter
  public abstract String printedName();

  /**
   * Returns the body's role: {@link Role#LEAD} for the first body printed, otherwise {@link
   * Role#PARTICIPANT}.
   *
   * @return the role
   */
  public Role role() {
    return position() == 1 ? Role.LEAD : Role.PARTICIPANT;
  }

  @Value.Check
  void check() {
    checkState(position() >= 1, "Position must be 1 or more: %s", position());
    checkState(
        NameIndex.writes(agency().names(), printedName()),
        "%s is not a name of body '%s'",
        Quote.lazy(printedName()),
        agency().id());
  }

  @Override
  public String toString() {
    return "Responsibility{" + position() + " " + printedName() + " " + role() + "}";
  }
}
