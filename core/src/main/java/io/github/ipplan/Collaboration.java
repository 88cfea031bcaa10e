package io.github.ipplan;

import static com.google.common.base.Preconditions.checkState;

import org.immutables.value.Value;

/**
 * How often two bodies are named in the same task (measure), and which of the two leads those
 * tasks; one of the answers of {@link Collaborations}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Collaboration {
  Collaboration() {}

  static Collaboration of(
      Agency body, Agency partner, int shared, int ledByBody, int ledByPartner) {
    return ImmutableCollaboration.builder()
        .body(body)
        .partner(partner)
        .shared(shared)
        .ledByBody(ledByBody)
        .ledByPartner(ledByPartner)
        .build();
  }

  /**
   * Returns the body asked about, or the first of the pair.
   *
   * @return the body
   */
  public abstract Agency body();

  /**
   * Returns the other body of the pair.
   *
   * @return the partner
   */
  public abstract Agency partner();

  /**
   * Returns how many tasks name both bodies.
   *
   * @return the number of shared tasks, 1 or more
   */
  public abstract int shared();

  /**
   * Returns how many of the shared tasks {@link #body()} leads.
   *
   * @return the number led by the body
   */
  public abstract int ledByBody();

  /**
   * Returns how many of the shared tasks {@link #partner()} leads.
   *
   * @return the number led by the partner
   */
  public abstract int ledByPartner();

  @Value.Check
  void check() {
    checkState(!body().equals(partner()), "A body does not collaborate with itself");
    checkState(
        shared() >= 1 && ledByBody() >= 0 && ledByPartner() >= 0,
        "Collaboration counts out of range");
    checkState(ledByBody() + ledByPartner() <= shared(), "More tasks led than shared");
  }
}
