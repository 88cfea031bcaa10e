package io.github.ipplan.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep that closes connections slow to send a request head or to take an answer. The limits
 * are 100 ms where a connection must be closed (it is given 5 s to be) and a minute where it must
 * not (it is watched for 600 ms).
 */
class ConnectionWatchTest {
  private static final Duration SHORT = Duration.ofMillis(100);
  private static final Duration LONG = Duration.ofMinutes(1);
  private ConnectionWatch watch;

  /** A connection whose end point counts down when it is closed. */
  private static final class Client {
    final CountDownLatch closed = new CountDownLatch(1);
    final Connection connection;

    Client() {
      EndPoint endPoint =
          (EndPoint)
              Proxy.newProxyInstance(
                  EndPoint.class.getClassLoader(),
                  new Class<?>[] {EndPoint.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                      closed.countDown();
                    }
                    return objectMethod(proxy, method.getName(), args);
                  });
      connection =
          (Connection)
              Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (proxy, method, args) ->
                      method.getName().equals("getEndPoint")
                          ? endPoint
                          : objectMethod(proxy, method.getName(), args));
    }

    private static Object objectMethod(Object proxy, String name, Object[] args) {
      return switch (name) {
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        case "toString" -> "client";
        default -> null;
      };
    }

    boolean closedWithin(long millis) throws InterruptedException {
      return closed.await(millis, TimeUnit.MILLISECONDS);
    }
  }

  private Client opened(ConnectionWatch watch) {
    Client client = new Client();
    watch.onOpened(client.connection);
    return client;
  }

  @AfterEach
  void stop() {
    if (watch != null) {
      watch.stop();
    }
  }

  private static ServeLimits limits(Duration head, Duration answer) {
    return ServeLimits.DEFAULT.withTimeouts(head, LONG, answer).withConnections(256, LONG);
  }

  @Test
  void aConnectionThatSendsNoRequestHead_isClosedAfterTheHeadTimeout() throws Exception {
    watch = new ConnectionWatch(limits(SHORT, LONG));
    Client client = opened(watch);

    assertThat(client.closedWithin(5000)).isTrue();
    assertThat(watch.open()).isZero();
  }

  @Test
  void aConnectionBeingAnswered_isKeptPastTheHeadTimeout_untilItWaitsAgain() throws Exception {
    watch = new ConnectionWatch(limits(SHORT, LONG));
    Client client = opened(watch);
    watch.busy(client.connection);

    assertThat(client.closedWithin(600)).isFalse();
    assertThat(watch.open()).isOne();

    watch.waiting(client.connection);
    assertThat(client.closedWithin(5000)).isTrue();
  }

  @Test
  void aConnectionSlowToTakeItsAnswer_isClosedAfterTheAnswerTimeout() throws Exception {
    watch = new ConnectionWatch(limits(LONG, SHORT));
    Client waiting = opened(watch);
    Client busy = opened(watch);
    watch.busy(busy.connection);

    assertThat(busy.closedWithin(5000)).isTrue();
    assertThat(waiting.closedWithin(600)).isFalse();
    assertThat(watch.open()).isOne();
  }

  @Test
  void atTheConnectionLimit_waitingConnectionsAreClosedAfterTheBusyIdleTimeout() throws Exception {
    watch =
        new ConnectionWatch(
            ServeLimits.DEFAULT.withTimeouts(LONG, LONG, LONG).withConnections(2, SHORT));
    Client first = opened(watch);

    assertThat(first.closedWithin(600)).as("one connection of two").isFalse();

    // The first has waited 600 ms, longer than the busy idle timeout: the second fills the limit.
    // (Once the first is closed the limit is no longer reached, and the second may wait its head
    // timeout again; whether the same sweep closes it too depends on the sweep's timing.)
    opened(watch);
    assertThat(first.closedWithin(5000)).isTrue();
    assertThat(watch.open()).isLessThanOrEqualTo(1);
  }

  @Test
  void aClosedConnection_isNoLongerWatched_andAnUnknownOneIsNotAdded() {
    watch = new ConnectionWatch(limits(LONG, LONG));
    Client client = opened(watch);
    Client unknown = new Client();

    assertThat(watch.open()).isOne();
    watch.busy(unknown.connection);
    watch.waiting(unknown.connection);
    assertThat(watch.open()).isOne();
    watch.onClosed(client.connection);
    assertThat(watch.open()).isZero();
    watch.busy(client.connection);
    assertThat(watch.open()).isZero();
  }

  @Test
  void afterStop_nothingIsClosed() throws Exception {
    watch = new ConnectionWatch(limits(SHORT, SHORT));
    watch.stop();
    Client client = opened(watch);

    assertThat(client.closedWithin(600)).isFalse();
    assertThat(watch.open()).isOne();
  }
}
