package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the errors of one file are collected: each step on its own, up to a limit, in order. */
class ProblemsTest {
  private static PlanLoadException at(int line, int column, String problem) {
    return new PlanLoadException("t.yaml", line, column, "$", problem, "");
  }

  @Test
  void recover_recordsAFailedStepsError_andTellsWhetherTheStepSucceeded() {
    Problems problems = new Problems(5);

    assertThat(problems.recover(() -> {})).isTrue();
    assertThat(problems.isEmpty()).isTrue();
    assertThat(
            problems.recover(
                () -> {
                  throw at(2, 1, "second");
                }))
        .isFalse();
    assertThat(
            problems.recover(
                () -> {
                  throw new Problems.Recorded();
                }))
        .isFalse();

    assertThat(problems.isEmpty()).isFalse();
    assertThat(problems.inDocumentOrder())
        .extracting(PlanLoadException::problem)
        .containsExactly("second");
  }

  @Test
  void get_givesTheValueOfAStep_orNothingWhenItFails() {
    Problems problems = new Problems(5);

    assertThat(problems.get(() -> "value")).contains("value");
    assertThat(
            problems.<String>get(
                () -> {
                  throw at(1, 1, "bad");
                }))
        .isEmpty();
    assertThat(
            problems.<String>get(
                () -> {
                  throw new Problems.Recorded();
                }))
        .isEmpty();
    assertThat(problems.inDocumentOrder())
        .extracting(PlanLoadException::problem)
        .containsExactly("bad");
  }

  @Test
  void all_buildsAValueOnlyWhenEveryStepSucceeded_andEveryStepRuns() {
    Problems problems = new Problems(5);
    List<String> ran = new ArrayList<>();

    assertThat(problems.all(() -> problems.recover(() -> ran.add("a")), () -> "built"))
        .isEqualTo("built");
    assertThatThrownBy(
            () ->
                problems.all(
                    () -> {
                      problems.recover(
                          () -> {
                            throw new Problems.Recorded();
                          });
                      problems.recover(() -> ran.add("b"));
                    },
                    () -> "never built"))
        .isInstanceOf(Problems.Recorded.class);
    assertThatThrownBy(
            () ->
                problems.all(
                    () -> {
                      problems.recover(
                          () -> {
                            throw at(1, 1, "bad");
                          });
                      problems.recover(() -> ran.add("c"));
                    },
                    () -> "never built"))
        .isInstanceOf(Problems.Recorded.class);
    // An error recorded before the steps does not keep the value from being built.
    assertThat(problems.all(() -> ran.add("d"), () -> "built again")).isEqualTo("built again");
    assertThat(ran).containsExactly("a", "b", "c", "d");
  }

  @Test
  void add_keepsTheFirstErrors_andRecoverRunsNoStep_onceTheLimitIsReached() {
    Problems problems = new Problems(2);
    List<String> ran = new ArrayList<>();

    problems.add(at(3, 1, "first"));
    assertThat(problems.isFull()).isFalse();
    assertThat(problems.recover(() -> ran.add("before"))).isTrue();
    problems.add(at(2, 1, "second"));
    assertThat(problems.isFull()).isTrue();
    problems.add(at(1, 1, "third"));

    assertThat(problems.inDocumentOrder())
        .extracting(PlanLoadException::problem)
        .containsExactly("second", "first");
    assertThat(problems.recover(() -> ran.add("after"))).isFalse();
    assertThat(problems.get(() -> "after")).isEmpty();
    assertThat(ran).containsExactly("before");
    assertThatThrownBy(() -> problems.all(() -> problems.recover(() -> {}), () -> "never built"))
        .isInstanceOf(Problems.Recorded.class);
    Problems one = new Problems(0);
    one.add(at(1, 1, "only"));
    one.add(at(1, 1, "more"));
    assertThat(one.inDocumentOrder())
        .extracting(PlanLoadException::problem)
        .containsExactly("only");
  }

  @Test
  void inDocumentOrder_sortsByLineThenColumn_keepingTheOrderFoundAtOnePlace() {
    Problems problems = new Problems(10);
    problems.add(at(3, 5, "c"));
    problems.add(at(1, 9, "b"));
    problems.add(at(3, 2, "d"));
    problems.add(at(1, 1, "a1"));
    problems.add(at(1, 1, "a2"));
    problems.add(at(10, 1, "e"));

    assertThat(problems.inDocumentOrder())
        .extracting(PlanLoadException::problem)
        .containsExactly("a1", "a2", "b", "d", "c", "e");
  }
}
