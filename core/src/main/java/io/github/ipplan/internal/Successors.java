package io.github.ipplan.internal;

import io.github.ipplan.internal.NameIndex.Names;
import io.github.ipplan.internal.NameIndex.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link NameIndex} rules on successors: every successor is in the registry, and no body is its
 * own successor through a chain of successors. Stateless and thread-safe. Not part of the API.
 */
final class Successors {
  private Successors() {}

  /**
   * Returns the first problem with the successors of a registry's bodies, or empty.
   *
   * @param names the bodies, in registry order
   * @param byId each id with the position of its body
   * @return the first problem, or empty
   */
  static Optional<Problem> problem(List<Names> names, Map<String, Integer> byId) {
    for (int i = 0; i < names.size(); i++) {
      Names body = names.get(i);
      Optional<String> successor = body.successorId();
      if (successor.isPresent() && !byId.containsKey(successor.get())) {
        return Optional.of(
            new Problem(
                i,
                "Body "
                    + Quote.of(body.id())
                    + " names a successor "
                    + Quote.of(successor.get())
                    + " that is not in the registry"));
      }
    }
    return cycle(names, byId);
  }

  /** Finds the first body whose chain of successors comes back to a body of the chain. */
  private static Optional<Problem> cycle(List<Names> names, Map<String, Integer> byId) {
    Map<String, Integer> walk = new HashMap<>(); // id -> the walk that first reached it
    for (int i = 0; i < names.size(); i++) {
      Names body = names.get(i);
      List<String> chain = new ArrayList<>();
      while (body != null && !walk.containsKey(body.id())) {
        walk.put(body.id(), i);
        chain.add(body.id());
        body = body.successorId().map(id -> names.get(byId.get(id))).orElse(null);
      }
      if (body != null && walk.get(body.id()) == i) {
        List<String> loop = chain.subList(chain.indexOf(body.id()), chain.size());
        StringBuilder path = new StringBuilder();
        for (String id : loop) {
          path.append(id).append(" → ");
        }
        path.append(body.id());
        return Optional.of(
            new Problem(
                byId.get(loop.get(0)),
                "Body "
                    + Quote.of(loop.get(0))
                    + " is its own successor through a cycle: "
                    + Quote.of(path.toString())));
      }
    }
    return Optional.empty();
  }
}
