package io.github.ipplan.yaml;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What {@link PlanImporter} made of a plain-text copy of a plan: the plan file in the YAML format
 * {@link PlanLoader} reads, and a report of what needs a person's eye. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #notes()}: every note written into the file, on the element it concerns, with the
 *       source line: anomalies of the copy (numbering punctuation unlike its neighbours',
 *       half-width spaces in Chinese text, traditional forms, a paragraph broken by a blank line,
 *       numbers out of order or missing, a clause without 负责);
 *   <li>{@link #unknownBodies()}: names the registries do not know, written as printed, each with
 *       the nearest known names;
 *   <li>{@link #metadata()}: what was read from the text (dates, period, status, source address)
 *       and what the text does not carry and is left for the user;
 *   <li>{@link #errors()}: what {@link PlanLoader#check} says of the written file, against the same
 *       registries; empty when the file loads as it is.
 * </ul>
 */
public final class ImportResult {
  private final String yaml;
  private final ImmutableList<Finding> notes;
  private final ImmutableList<UnknownBody> unknownBodies;
  private final ImmutableList<Finding> metadata;
  private final ImmutableList<PlanLoadException> errors;

  ImportResult(
      String yaml,
      List<Finding> notes,
      List<UnknownBody> unknownBodies,
      List<Finding> metadata,
      List<PlanLoadException> errors) {
    this.yaml = yaml;
    this.notes = ImmutableList.copyOf(notes);
    this.unknownBodies = ImmutableList.copyOf(unknownBodies);
    this.metadata = ImmutableList.copyOf(metadata);
    this.errors = ImmutableList.copyOf(errors);
  }

  /**
   * Returns the plan file.
   *
   * @return YAML text in the plan format, ending in a line break
   */
  public String yaml() {
    return yaml;
  }

  /**
   * Returns the notes written into the file, in document order. An element gets at most 50; a copy
   * that repeats an anomaly further gets one more note on that element saying how many are left
   * out.
   *
   * @return each note with its source line and the path of the element that carries it
   */
  public ImmutableList<Finding> notes() {
    return notes;
  }

  /**
   * Returns the body names that no registry knows, in document order, one entry for each place.
   *
   * @return the unknown names, as printed
   */
  public ImmutableList<UnknownBody> unknownBodies() {
    return unknownBodies;
  }

  /**
   * Returns what was read from the text for the plan's metadata, and what was not found there and
   * is left for the user (line 0).
   *
   * @return the metadata findings, in the order the importer came to them
   */
  public ImmutableList<Finding> metadata() {
    return metadata;
  }

  /**
   * Returns the errors the loader finds in the written file (up to {@link
   * PlanLoader#MAX_ERRORS_PER_FILE}): an unknown body, a key left for the user that the format
   * requires. Empty when the file loads.
   *
   * @return the load errors, empty if the file is valid
   */
  public ImmutableList<PlanLoadException> errors() {
    return errors;
  }

  /**
   * Tells whether the written file loads as it is.
   *
   * @return true when {@link #errors()} is empty
   */
  public boolean loads() {
    return errors.isEmpty();
  }

  /**
   * A remark on an element of the imported plan.
   *
   * @param line the 1-based line of the source text, or 0 where the text prints nothing
   * @param path the path of the element in the plan file, such as {@code $.parts[3].measures[1]}
   * @param message the remark
   */
  public record Finding(int line, String path, String message) {
    /**
     * Checks the parts.
     *
     * @param line the line, 0 or more
     * @param path the path
     * @param message the remark
     */
    public Finding {
      checkNotNull(path, "path");
      checkNotNull(message, "message");
      if (line < 0) {
        throw new IllegalArgumentException("line must be 0 or more: " + line);
      }
    }

    @Override
    public String toString() {
      return (line > 0 ? "line " + line + ", " : "") + path + ": " + message;
    }
  }

  /**
   * A body name no registry knows, written in the plan file as printed.
   *
   * @param name the name as printed
   * @param line the 1-based line of the source text
   * @param path where the file writes it, such as {@code $.parts[0].measures[2].responsible[1]}
   * @param nearest up to five known names close to it, nearest first
   */
  public record UnknownBody(String name, int line, String path, List<String> nearest) {
    /**
     * Checks the parts and copies the list.
     *
     * @param name the name
     * @param line the line
     * @param path the path
     * @param nearest the nearest names
     */
    public UnknownBody {
      checkNotNull(name, "name");
      checkNotNull(path, "path");
      nearest = ImmutableList.copyOf(nearest);
    }
  }
}
