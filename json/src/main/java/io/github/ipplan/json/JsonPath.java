package io.github.ipplan.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * The path of a value in a catalog document, such as {@code $.plans[0].measures[3].text}: each step
 * knows the path it was taken from, and the path is written out only for an error. A key is written
 * as {@link Limits#step} writes it, an index as {@code [3]}.
 */
final class JsonPath {
  /** The document itself, {@code $}. */
  static final JsonPath ROOT = new JsonPath(null, null, 0);

  private final @Nullable JsonPath parent;
  private final @Nullable String key;
  private final int index;

  private JsonPath(@Nullable JsonPath parent, @Nullable String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  /** The path of a field's value in the object at this path. */
  JsonPath field(String key) {
    return new JsonPath(this, key, 0);
  }

  /** The path of an item, counted from 0, of the list at this path. */
  JsonPath index(int index) {
    return new JsonPath(this, null, index);
  }

  /**
   * The path of a parser's current token: the field it is in, or the item of a list once the list
   * has one.
   */
  static JsonPath of(@Nullable JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null; c = c.getParent()) {
      chain.push(c);
    }
    JsonPath path = ROOT;
    for (JsonStreamContext c : chain) {
      if (c.inObject() && c.getCurrentName() != null) {
        path = path.field(c.getCurrentName());
      } else if (c.inArray() && c.getEntryCount() > 0) {
        path = path.index(c.getCurrentIndex());
      }
    }
    return path;
  }

  @Override
  public String toString() {
    Deque<JsonPath> steps = new ArrayDeque<>();
    for (JsonPath p = this; p.parent != null; p = p.parent) {
      steps.push(p);
    }
    StringBuilder path = new StringBuilder("$");
    for (JsonPath step : steps) {
      if (step.key != null) {
        path.append(Limits.step(step.key));
      } else {
        path.append('[').append(step.index).append(']');
      }
    }
    return path.toString();
  }
}
