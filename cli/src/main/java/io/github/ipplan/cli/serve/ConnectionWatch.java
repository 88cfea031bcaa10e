package io.github.ipplan.cli.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;

/**
 * Closes the connections that take too long: to send a complete request head (a client sending half
 * a request, or one byte at a time, which an idle timeout alone never ends), or to receive an
 * answer (a client that reads one byte now and then). Each open connection is waiting for a request
 * head or busy with a request; a sweep every few milliseconds closes those in one state for longer
 * than its limit. While the connection limit is reached, a connection may wait for a request head
 * only {@link ServeLimits#busyIdleTimeout()}, so that idle ones make room. Thread-safe.
 */
final class ConnectionWatch implements Connection.Listener {
  /** Whether a connection is busy with a request, and since when (System.nanoTime()). */
  private record State(boolean busy, long since) {}

  private final Map<Connection, State> states = new ConcurrentHashMap<>();
  private final long headNanos;
  private final long answerNanos;
  private final int maxConnections;
  private final long busyHeadNanos;
  private final ScheduledExecutorService sweeper =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "ipplan-rest-watch");
            thread.setDaemon(true);
            return thread;
          });

  ConnectionWatch(ServeLimits limits) {
    this.headNanos = limits.headTimeout().toNanos();
    this.answerNanos = limits.answerTimeout().toNanos();
    this.maxConnections = limits.maxConnections();
    this.busyHeadNanos = Math.min(headNanos, limits.busyIdleTimeout().toNanos());
    long shortest = Math.min(busyHeadNanos, answerNanos);
    long period = Math.max(20, Math.min(1000, shortest / 10_000_000));
    sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public void onOpened(Connection connection) {
    states.put(connection, new State(false, System.nanoTime()));
  }

  @Override
  public void onClosed(Connection connection) {
    states.remove(connection);
  }

  /** Notes that a connection has sent a complete request head and is being answered. */
  void busy(Connection connection) {
    states.computeIfPresent(connection, (key, state) -> new State(true, System.nanoTime()));
  }

  /** Notes that a connection has been answered and may send its next request. */
  void waiting(Connection connection) {
    states.computeIfPresent(connection, (key, state) -> new State(false, System.nanoTime()));
  }

  /** Returns the number of connections open. */
  int open() {
    return states.size();
  }

  private void sweep() {
    long now = System.nanoTime();
    long head = states.size() >= maxConnections ? busyHeadNanos : headNanos;
    states.forEach(
        (connection, state) -> {
          long limit = state.busy() ? answerNanos : head;
          if (now - state.since() > limit && states.remove(connection, state)) {
            connection.getEndPoint().close();
          }
        });
  }

  /** Stops sweeping. */
  void stop() {
    sweeper.shutdownNow();
  }
}
