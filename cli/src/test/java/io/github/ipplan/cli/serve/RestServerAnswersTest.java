package io.github.ipplan.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.yaml.BundledPlans;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the server adds to the routes' answers: its own errors, headers and address. */
class RestServerAnswersTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode body(RawHttp.Answer answer, int status) throws IOException {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.head()).contains("\r\ncontent-type: application/json; charset=utf-8");
    JsonNode body = MAPPER.readTree(answer.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    return body;
  }

  @Test
  void aCommandThatThrows_is500_namingTheExceptionsType_only() throws Exception {
    CommandRunner failing =
        (catalog, args, out, err) -> {
          throw new IllegalStateException("secret detail");
        };
    try (RestServer server =
        RestServer.start(CATALOG, failing, InetAddress.getLoopbackAddress(), 0)) {
      RawHttp.Answer plans = RawHttp.exchange(server.uri(), RawHttp.get("/plans"));
      RawHttp.Answer search = RawHttp.exchange(server.uri(), RawHttp.get("/search?q=a"));

      assertThat(body(plans, 500).get("error").asText())
          .isEqualTo("Internal error: IllegalStateException.");
      assertThat(body(search, 500).get("error").asText())
          .isEqualTo("Internal error: IllegalStateException.");
      assertThat(plans.head()).doesNotContain("retry-after").doesNotContain("allow:");
    }
  }

  @Test
  void aSearchThatWaitedLongerThanTheSearchWait_is503_withRetryAfter() throws Exception {
    ServeLimits noWait =
        new ServeLimits(
            8,
            Duration.ofSeconds(1),
            8,
            64,
            Duration.ofSeconds(10),
            Duration.ofSeconds(10),
            Duration.ofSeconds(10),
            16 * 1024,
            1000,
            64,
            1,
            8,
            Duration.ofNanos(-1),
            1024 * 1024);
    try (RestServer server =
        RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0, noWait)) {
      RawHttp.Answer search = RawHttp.exchange(server.uri(), RawHttp.get("/search?q=a"));
      RawHttp.Answer plans = RawHttp.exchange(server.uri(), RawHttp.get("/plans"));

      assertThat(body(search, 503).get("error").asText())
          .isEqualTo(
              "The server is busy (waited for a search thread too long); try again in a second.");
      assertThat(search.head()).contains("\r\nretry-after: 1");
      assertThat(plans.status()).isEqualTo(200);
      assertThat(plans.head()).doesNotContain("retry-after");
    }
  }

  @Test
  void onAnIpv6Address_theUriBracketsIt() throws Exception {
    InetAddress loopback6 = InetAddress.getByName("::1");
    boolean available;
    try (ServerSocket probe = new ServerSocket(0, 1, loopback6)) {
      available = probe.isBound();
    } catch (IOException e) {
      available = false;
    }
    assumeThat(available).as("IPv6 loopback").isTrue();
    assertThat(loopback6).isInstanceOf(Inet6Address.class);
    try (RestServer server = RestServer.start(CATALOG, Ipplan::run, loopback6, 0)) {
      URI uri = server.uri();

      assertThat(uri.toString()).startsWith("http://[0:0:0:0:0:0:0:1]:").endsWith("/");
      assertThat(uri.getPort()).isPositive();
      assertThat(RawHttp.exchange(uri, RawHttp.get("/plans")).status()).isEqualTo(200);
    }
  }

  /** Runs the command line after sleeping, as a slow command would. */
  private static CommandRunner slow(long millis) {
    return (catalog, args, out, err) -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      return Ipplan.run(catalog, args, out, err);
    };
  }

  @Test
  void aConnectionBeingAnswered_outlastsTheHeadTimeout_andWaitsItOnceAnswered() throws Exception {
    ServeLimits limits =
        ServeLimits.DEFAULT.withTimeouts(
            Duration.ofMillis(400), Duration.ofSeconds(10), Duration.ofSeconds(10));
    try (RestServer server =
        RestServer.start(CATALOG, slow(1200), InetAddress.getLoopbackAddress(), 0, limits)) {
      long start = System.nanoTime();
      // Kept alive: the server answers, then closes the connection once it has sent no next
      // request for the head timeout (the socket's read timeout is 5 s).
      RawHttp.Answer answer =
          RawHttp.exchange(server.uri(), "GET /plans HTTP/1.1\r\nHost: x\r\n\r\n");
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(answer.status()).isEqualTo(200);
      assertThat(MAPPER.readTree(answer.body())).hasSize(2);
      assertThat(millis).isBetween(1200L + 400L, 4500L);
    }
  }

  @Test
  void stop_returnsWithinASecond_whileARequestIsInProgress() throws Exception {
    RestServer server = RestServer.start(CATALOG, slow(5000), InetAddress.getLoopbackAddress(), 0);
    CompletableFuture<RawHttp.Answer> answer =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return RawHttp.exchange(server.uri(), RawHttp.get("/plans"));
              } catch (IOException e) {
                return new RawHttp.Answer(-1, "", "");
              }
            });
    Thread.sleep(500);

    long start = System.nanoTime();
    server.stop();
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(millis).isLessThan(2000L);
    assertThat(answer.get(10, TimeUnit.SECONDS).status()).isNotEqualTo(200);
  }

  @Test
  void close_closesThePort() throws Exception {
    RestServer server = RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0);
    URI uri = server.uri();
    assertThat(RawHttp.exchange(uri, RawHttp.get("/plans")).status()).isEqualTo(200);

    server.close();

    assertThatThrownBy(() -> RawHttp.connect(uri, 1000).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void aPortInUse_isAnIOExceptionNamingIt_causedByTheBindException() throws Exception {
    try (RestServer first =
        RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0)) {
      int port = first.uri().getPort();

      assertThatThrownBy(
              () -> RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), port))
          .isExactlyInstanceOf(IOException.class)
          .hasMessage("Failed to bind to /127.0.0.1:" + port)
          .hasCauseExactlyInstanceOf(BindException.class);
      assertThat(RawHttp.exchange(first.uri(), RawHttp.get("/plans")).status()).isEqualTo(200);
    }
  }

  @Test
  void aRequestLineUpToTheHeadLimit_isAnswered_withoutTheServersVersion() throws Exception {
    try (RestServer server =
        RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0)) {
      String path = "/" + "a".repeat(12_000);
      RawHttp.Answer answer = RawHttp.exchange(server.uri(), RawHttp.get(path));

      assertThat(body(answer, 404).get("error").asText()).startsWith("No such resource: '/aaa");
      assertThat(answer.head()).doesNotContain("\r\nserver:").doesNotContain("jetty");
    }
  }

  @Test
  void escapesInThePath_areDecodedByTheRoutes_notRefusedByTheServer() throws Exception {
    try (RestServer server =
        RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0)) {
      RawHttp.Answer truncated = RawHttp.exchange(server.uri(), RawHttp.get("/bodies/%E7%9F"));
      RawHttp.Answer notUtf8 = RawHttp.exchange(server.uri(), RawHttp.get("/bodies/%FF"));

      assertThat(body(truncated, 400).get("error").asText())
          .isEqualTo("'%E7%9F' does not decode as UTF-8.");
      assertThat(body(notUtf8, 400).get("error").asText())
          .isEqualTo("'%FF' does not decode as UTF-8.");
    }
  }

  @Test
  void theBytesOfAnswers_areReleased_whenSent_andWhenTheClientIsGone() throws Exception {
    int size =
        new RestApi(CATALOG, Ipplan::run)
            .handle("GET", "/plans/national-2021-2022", null)
            .bytes()
            .length;
    // Room for five answers less a byte: four held by clients that never read, and one more only
    // once theirs are released.
    ServeLimits limits =
        ServeLimits.DEFAULT
            .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(800))
            .withSearchesAndAnswers(1, 8, 5 * size - 1);
    try (RestServer server =
        RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0, limits)) {
      for (int i = 0; i < 6; i++) {
        assertThat(
                RawHttp.exchange(server.uri(), RawHttp.get("/plans/national-2021-2022")).status())
            .as("answer %d, read in full", i)
            .isEqualTo(200);
      }
      List<Socket> sockets = new ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          sockets.add(RawHttp.neverReading(server.uri(), "/plans/national-2021-2022", 100));
        }
        assertThat(RawHttp.connectionsAfterWaiting(server, 10)).isZero();
      } finally {
        for (Socket socket : sockets) {
          socket.close();
        }
      }

      assertThat(RawHttp.exchange(server.uri(), RawHttp.get("/plans/national-2021-2022")).status())
          .isEqualTo(200);
    }
  }
}
