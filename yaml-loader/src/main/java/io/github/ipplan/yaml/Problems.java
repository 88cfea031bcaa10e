package io.github.ipplan.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The errors found in one file, up to a limit: the first found are kept. Reading goes on past each
 * error, one independent step at a time, so that an error in one value does not hide an error in
 * another; a value built from steps that failed is left out, its errors standing for it. Checking
 * and loading read alike: loading fails with the first error in document order.
 */
final class Problems {
  private static final Comparator<PlanLoadException> DOCUMENT_ORDER =
      Comparator.comparingInt(PlanLoadException::line).thenComparingInt(PlanLoadException::column);

  private final List<PlanLoadException> found = new ArrayList<>();
  private final int limit;

  /** How many steps have failed: errors recorded, and steps ended by an error already recorded. */
  private int failures;

  /** Collects up to {@code limit} errors, at least one. */
  Problems(int limit) {
    this.limit = Math.max(1, limit);
  }

  /** Ends a step whose error is already recorded, so that it is not reported twice. */
  static final class Recorded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Recorded() {
      super(null, null, false, false);
    }
  }

  /** Records an error; past the limit, an error only counts as a failure. */
  void add(PlanLoadException error) {
    failures++;
    if (!isFull()) {
      found.add(error);
    }
  }

  /**
   * Runs one independent step of reading, records its error if it fails, and goes on. Once as many
   * errors as may be reported are recorded, a step is not run, and counts as failed.
   *
   * @return whether the step succeeded
   */
  boolean recover(Runnable step) {
    if (isFull()) {
      failures++;
      return false;
    }
    try {
      step.run();
      return true;
    } catch (PlanLoadException e) {
      add(e);
    } catch (Recorded e) {
      failures++; // reported where it was found
    }
    return false;
  }

  /**
   * Runs one independent step of reading that gives a value, records its error if it fails, and
   * goes on.
   *
   * @return the value, or empty if the step failed
   */
  <T> Optional<T> get(Supplier<T> step) {
    AtomicReference<T> value = new AtomicReference<>();
    return recover(() -> value.set(step.get())) ? Optional.of(value.get()) : Optional.empty();
  }

  /**
   * Runs the steps that read the parts of one value, each on its own, then builds the value if they
   * all succeeded.
   *
   * @throws Recorded if a step failed: the value is left out, its errors recorded
   */
  <T> T all(Runnable steps, Supplier<T> build) {
    int before = failures;
    steps.run();
    if (failures > before) {
      throw new Recorded();
    }
    return build.get();
  }

  /** Tells whether as many errors as may be reported are recorded. */
  boolean isFull() {
    return found.size() >= limit;
  }

  /** Tells whether no error is recorded. */
  boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * Returns the errors in document order, by line and then column; errors at one place keep the
   * order they were found in.
   */
  List<PlanLoadException> inDocumentOrder() {
    List<PlanLoadException> sorted = new ArrayList<>(found);
    sorted.sort(DOCUMENT_ORDER);
    return sorted;
  }
}
