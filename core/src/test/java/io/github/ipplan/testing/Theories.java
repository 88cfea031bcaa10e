package io.github.ipplan.testing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;

/**
 * The one way the modules' tests start a property test (shared with the other modules as part of
 * ipplan-core's test jar): {@link #qt()} is QuickTheories' {@code qt()} with a fixed seed, so that
 * every run, and every run of the mutation analysis, tries the same examples. The seed is {@value
 * #DEFAULT_SEED} unless the system property {@code ipplan.seed} gives another; a failure says which
 * seed it ran with and how to run it again.
 */
public final class Theories {
  /** The seed of every property test, unless {@code -Dipplan.seed} gives another. */
  public static final long DEFAULT_SEED = 20211227L;

  /** The seed this run uses: {@code -Dipplan.seed}, or {@link #DEFAULT_SEED}. */
  public static final long SEED = Long.getLong("ipplan.seed", DEFAULT_SEED);

  private Theories() {}

  /**
   * Returns QuickTheories' {@code qt()} with the fixed seed and a failure message that replays it.
   *
   * @return the configured QuickTheories entry point
   */
  public static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(SEED).withReporter(new ReplayingReporter());
  }

  /** QuickTheories' own report of a falsified property, with the command that replays it. */
  private static final class ReplayingReporter extends ExceptionReporter {
    @Override
    public void falisification(
        long seed,
        int examplesUsed,
        Object smallest,
        List<Object> examples,
        AsString<Object> toString) {
      try {
        super.falisification(seed, examplesUsed, smallest, examples, toString);
      } catch (AssertionError e) {
        throw replay(e, seed);
      }
    }

    @Override
    public void falisification(
        long seed,
        int examplesUsed,
        Object smallest,
        Throwable cause,
        List<Object> examples,
        AsString<Object> toString) {
      try {
        super.falisification(seed, examplesUsed, smallest, cause, examples, toString);
      } catch (AssertionError e) {
        throw replay(e, seed);
      }
    }

    private static AssertionError replay(AssertionError e, long seed) {
      String test =
          Arrays.stream(e.getStackTrace())
              .filter(
                  frame ->
                      frame.getClassName().startsWith("io.github.ipplan")
                          && frame.getClassName().endsWith("Test")
                          && !frame.getMethodName().startsWith("lambda$"))
              .findFirst()
              .map(
                  frame ->
                      frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1)
                          + "#"
                          + frame.getMethodName())
              .orElse("<TestClass>#<method>");
      AssertionError replay =
          new AssertionError(
              e.getMessage()
                  + System.lineSeparator()
                  + "Replay: mvn -pl "
                  + Path.of(System.getProperty("user.dir")).getFileName()
                  + " test -Dtest="
                  + test
                  + " -Dipplan.seed="
                  + seed,
              e.getCause());
      replay.setStackTrace(e.getStackTrace());
      return replay;
    }
  }
}
