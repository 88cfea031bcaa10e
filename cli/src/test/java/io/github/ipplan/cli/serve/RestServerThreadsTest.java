package io.github.ipplan.cli.serve;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.yaml.BundledPlans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The server's threads (named {@code ipplan-rest…}, daemons so that they never keep a process
 * alive) end with it, also when it fails to start; and a connection that takes nothing for the idle
 * timeout is closed.
 */
class RestServerThreadsTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();

  private static Set<Thread> restThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().startsWith("ipplan-rest"))
        .collect(Collectors.toSet());
  }

  /** The threads named ipplan-rest… started since, alive. */
  private static Set<Thread> startedSince(Set<Thread> before) {
    Set<Thread> started = restThreads();
    started.removeAll(before);
    return started;
  }

  private static boolean allEndWithin(Set<Thread> threads, long millis)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (threads.stream().anyMatch(Thread::isAlive) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return threads.stream().noneMatch(Thread::isAlive);
  }

  @Test
  void theServersThreads_areNamedDaemons_thatEndWhenItStops() throws Exception {
    Set<Thread> before = restThreads();
    // Started from a thread that is no daemon, whose threads would be none either by default.
    AtomicReference<RestServer> started0 = new AtomicReference<>();
    Thread starter =
        new Thread(
            () -> {
              try {
                started0.set(
                    RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    starter.setDaemon(false);
    starter.start();
    starter.join();
    RestServer server = started0.get();
    assertThat(RawHttp.exchange(server.uri(), RawHttp.get("/search?q=a")).status()).isEqualTo(200);
    assertThat(RawHttp.exchange(server.uri(), RawHttp.get("/plans")).status()).isEqualTo(200);
    Set<Thread> started = startedSince(before);

    assertThat(started)
        .extracting(Thread::getName)
        .contains("ipplan-rest-watch", "ipplan-rest-search")
        .anyMatch(name -> name.matches("ipplan-rest-\\d+"));
    assertThat(started).allMatch(Thread::isDaemon, "daemon");

    server.stop();

    assertThat(allEndWithin(started, 5000)).as("threads ended").isTrue();
  }

  @Test
  void aServerThatFailsToStart_leavesNoThreads() throws Exception {
    try (RestServer first =
        RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0)) {
      Set<Thread> before = restThreads();

      assertThatThrownBy(
              () ->
                  RestServer.start(
                      CATALOG,
                      Ipplan::run,
                      InetAddress.getLoopbackAddress(),
                      first.uri().getPort()))
          .isInstanceOf(IOException.class);

      assertThat(allEndWithin(startedSince(before), 5000)).as("threads ended").isTrue();
    }
  }

  @Test
  void aClientThatTakesNothingForTheIdleTimeout_isClosed_beforeTheAnswerTimeout() throws Exception {
    ServeLimits limits =
        ServeLimits.DEFAULT.withTimeouts(
            Duration.ofSeconds(20), Duration.ofMillis(500), Duration.ofSeconds(20));
    try (RestServer server =
            RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0, limits);
        Socket socket = new Socket()) {
      socket.setReceiveBufferSize(1024);
      socket.connect(new InetSocketAddress(server.uri().getHost(), server.uri().getPort()));
      socket
          .getOutputStream()
          .write(
              "GET /plans/national-2021-2022 HTTP/1.1\r\nHost: x\r\n\r\n"
                  .repeat(20)
                  .getBytes(ISO_8859_1));
      long opened = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (server.connections() == 0 && System.nanoTime() < opened) {
        Thread.sleep(5);
      }
      assertThat(server.connections()).isOne();
      long start = System.nanoTime();
      long deadline = start + TimeUnit.SECONDS.toNanos(8);
      while (server.connections() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(server.connections()).isZero();
      assertThat(millis).isBetween(200L, 8000L);
    }
  }
}
