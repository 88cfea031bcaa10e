package io.github.ipplan;

/**
 * How a measure's bodies share its work, as the responsibility clause prints it.
 *
 * <p>The national plan closes each task with a clause such as {@code （财政部、知识产权局负责）} (the bodies are
 * responsible jointly) or {@code （中央宣传部、知识产权局按职责分工负责）} (each body is responsible according to its
 * own duties). Either way the first body leads.
 */
public enum Assignment {
  /** The bodies are responsible together: the clause ends in {@code 负责}. */
  JOINT("负责"),
  /** Each body is responsible by its own duties: the clause ends in {@code 按职责分工负责}. */
  BY_DUTY("按职责分工负责");

  private final String printedWords;

  Assignment(String printedWords) {
    this.printedWords = printedWords;
  }

  /**
   * Returns the words that end the responsibility clause in the source, after the bodies.
   *
   * @return {@code 负责} or {@code 按职责分工负责}
   */
  public String printedWords() {
    return printedWords;
  }
}
