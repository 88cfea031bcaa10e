package io.github.ipplan.yaml;

/**
 * Thrown when a plan or registry file cannot be loaded because of what it contains: bad YAML, an
 * unknown or missing key, a value of the wrong type, an unknown body, a number used twice.
 *
 * <p>The message names the place and the problem in one line, in the form {@code
 * source:line:column: problem, at $.path}, for example {@code my-plan.yaml:42:13: unknown body
 * '知识产权', at $.parts[0].measures[3].responsible[1]; did you mean '知识产权局'?}. The parts are also
 * available separately. Failures to read a file at all are reported as {@link java.io.IOException},
 * not as this exception.
 */
public final class PlanLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The name of the file or resource. */
  private final String source;

  /** The 1-based line, or 0. */
  private final int line;

  /** The 1-based column, or 0. */
  private final int column;

  /** The path to the value, from {@code $}. */
  private final String path;

  /** The problem, without the place. */
  private final String problem;

  /** What may help, or empty. */
  private final String hint;

  PlanLoadException(String source, int line, int column, String path, String problem, String hint) {
    super(
        source
            + ":"
            + line
            + ":"
            + column
            + ": "
            + problem
            + ", at "
            + path
            + (hint.isEmpty() ? "" : "; " + hint));
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
    this.hint = hint;
  }

  /**
   * Returns the name of the file or resource that failed to load.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line of the problem, counting from 1, or 0 when it is not known.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem, counting from 1, or 0 when it is not known.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns the path to the offending value in the document, such as {@code
   * $.parts[2].sections[0].measures[4]}; {@code $} for the document as a whole.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Returns the problem alone, without the place.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns what may help fix the problem, such as {@code did you mean '知识产权局'?} or the place where
   * a repeated number was first used; empty when there is no hint.
   *
   * @return the hint, possibly empty
   */
  public String hint() {
    return hint;
  }
}
