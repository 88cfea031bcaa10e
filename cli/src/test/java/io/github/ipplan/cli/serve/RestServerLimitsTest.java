package io.github.ipplan.cli.serve;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.yaml.BundledPlans;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each limit and timeout of {@code serve}, hit, and what the client sees. */
class RestServerLimitsTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ServeLimits SHORT =
      ServeLimits.DEFAULT.withTimeouts(
          Duration.ofMillis(800), Duration.ofMillis(800), Duration.ofMillis(1500));

  private static JsonNode error(RawHttp.Answer answer, int status) throws IOException {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.head()).contains("\r\ncontent-type: application/json; charset=utf-8");
    JsonNode body = MAPPER.readTree(answer.body());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    return body;
  }

  /** Reads until the server closes the connection and returns how long that took, in ms. */
  private static long millisUntilClosed(Socket socket, long start) throws IOException {
    InputStream in = socket.getInputStream();
    try {
      while (in.read() >= 0) {
        // The answers written before the close.
      }
    } catch (SocketTimeoutException e) {
      return Long.MAX_VALUE;
    } catch (IOException reset) {
      // Closed with a reset: closed all the same.
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void everyMalformedRequest_getsA4xxJsonAnswer_namingWhatIsWrong() throws Exception {
    try (RestServer server =
        RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0)) {
      String[][] cases = {
        {
          RawHttp.get("/bodies/%zz"),
          "400",
          "Not a well-formed HTTP request: 'malformed percent" + " escape in the path'."
        },
        {RawHttp.get("/search?q=%"), "400", "Malformed percent escape in '%'."},
        {RawHttp.get("/search?q=%E7%9F"), "400", "'%E7%9F' does not decode as UTF-8."},
        {
          RawHttp.get("/bodies/%00"),
          "400",
          "Not a well-formed HTTP request: 'Illegal character" + " in path'."
        },
        {"GARBAGE\r\n\r\n", "400", "Not a well-formed HTTP request: 'No URI'."},
        {"GET /plans HTTP/1.1\r\n\r\n", "400", "Not a well-formed HTTP request: 'No Host'."},
        {
          "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
          "505",
          "HTTP Version Not Supported: 'Unknown Version'."
        },
        {
          RawHttp.get("/" + "a".repeat(20_000)),
          "414",
          "The request line is longer than 16,384 bytes."
        },
        {
          "GET /plans HTTP/1.1\r\nHost: x\r\nX: " + "a".repeat(20_000) + "\r\n\r\n",
          "431",
          "The request line and headers are larger than 16,384 bytes."
        },
        {
          "POST /plans HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc",
          "405",
          "Only GET is allowed, not 'POST'."
        },
      };
      for (String[] c : cases) {
        JsonNode body = error(RawHttp.exchange(server.uri(), c[0]), Integer.parseInt(c[1]));
        assertThat(body.get("error").asText()).as(c[2]).isEqualTo(c[2]);
      }
    }
  }

  @Test
  void errors_quoteAtMost200CharactersOfTheRequest_withItsLength() throws Exception {
    RestApi api = new RestApi(CATALOG, Ipplan::run);
    String name = "名".repeat(10_000);
    String cut = "名".repeat(200) + "…' (10000 characters)";

    assertThat(MAPPER.readTree(api.handle("GET", "/bodies/" + name, null).bytes()).get("error"))
        .hasToString("\"No body is called '" + cut + ".\"");
    assertThat(MAPPER.readTree(api.handle("GET", "/plans/" + name, null).bytes()).get("error"))
        .hasToString(
            "\"No plan is called '" + cut + ". Plans: national-2021-2022, guangzhou-2021-2025.\"");
    assertThat(
            MAPPER
                .readTree(
                    api.handle("GET", "/plans/national-2021-2022/measures/" + name, null).bytes())
                .get("error")
                .asText())
        .isEqualTo("A measure number is a positive whole number, not '" + cut + ".");
    assertThat(
            MAPPER
                .readTree(api.handle("GET", "/x/" + "%zz".repeat(1000), null).bytes())
                .get("error")
                .asText())
        .isEqualTo("Malformed percent escape in '" + "%zz".repeat(66) + "%z…' (3000 characters).");
  }

  @Test
  void searches_overTheQueryLimits_are400_namingTheLimit() throws Exception {
    RestApi api = new RestApi(CATALOG, Ipplan::run);

    RestApi.Response tooLong = api.handle("GET", "/search", "q=" + "a".repeat(1001));
    RestApi.Response tooManyTerms = api.handle("GET", "/search", "q=" + "的+".repeat(65));
    RestApi.Response atTheLimits =
        api.handle("GET", "/search", "q=" + "的+".repeat(63) + "a".repeat(1000 - 127));

    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(MAPPER.readTree(tooLong.bytes()).get("error").asText())
        .isEqualTo("A search is at most 1000 characters long; this one has 1001.");
    assertThat(tooManyTerms.status()).isEqualTo(400);
    assertThat(MAPPER.readTree(tooManyTerms.bytes()).get("error").asText())
        .isEqualTo("A search has at most 64 terms (words between spaces); this one has 65.");
    assertThat(atTheLimits.status()).isEqualTo(200);
    assertThat(RestApi.terms("a\u3000b\u00a0c  d ")).isEqualTo(4);
  }

  @Test
  void aHalfSentRequest_isClosedAfterTheHeadTimeout() throws Exception {
    try (RestServer server =
            RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0, SHORT);
        Socket socket = RawHttp.connect(server.uri(), 5000)) {
      long start = System.nanoTime();
      socket.getOutputStream().write("GET /plans HTTP/1.1\r\n".getBytes(ISO_8859_1));

      assertThat(millisUntilClosed(socket, start)).isBetween(700L, 3000L);
    }
  }

  @Test
  void aHeadSentOneByteAtATime_isClosedAfterTheHeadTimeout() throws Exception {
    try (RestServer server =
            RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0, SHORT);
        Socket socket = RawHttp.connect(server.uri(), 5000)) {
      long start = System.nanoTime();
      CompletableFuture<Long> closed =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return millisUntilClosed(socket, start);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      byte[] head = ("GET /plans HTTP/1.1\r\nX: " + "a".repeat(100)).getBytes(ISO_8859_1);
      try {
        for (int i = 0; i < head.length && !closed.isDone(); i++) {
          socket.getOutputStream().write(head[i]);
          Thread.sleep(50);
        }
      } catch (IOException closedWhileWriting) {
        // What the test waits for.
      }

      assertThat(closed.get(5, TimeUnit.SECONDS)).isBetween(700L, 3000L);
    }
  }

  @Test
  void aClientThatNeverReads_isClosed_andItsAnswersReleased() throws Exception {
    try (RestServer server =
        RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0, SHORT)) {
      List<Socket> sockets = new ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          sockets.add(RawHttp.neverReading(server.uri(), "/plans/national-2021-2022", 300));
        }
        Thread.sleep(300);
        assertThat(server.connections()).isEqualTo(4);
        assertThat(RawHttp.connectionsAfterWaiting(server, 5)).isZero();
      } finally {
        for (Socket socket : sockets) {
          socket.close();
        }
      }
    }
  }

  @Test
  void connectionsOverTheLimit_wait_untilIdleOnesAreClosed() throws Exception {
    ServeLimits eight = ServeLimits.DEFAULT.withConnections(8, Duration.ofMillis(500));
    try (RestServer server =
        RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0, eight)) {
      List<Socket> idle = new ArrayList<>();
      try {
        // Timed from before the first idle connection: no slot frees before the first of them
        // has been idle for 500 ms, however long the connecting and the pause below take.
        long start = System.nanoTime();
        for (int i = 0; i < 8; i++) {
          idle.add(RawHttp.connect(server.uri(), 5000));
        }
        Thread.sleep(200);

        RawHttp.Answer answer = RawHttp.exchange(server.uri(), RawHttp.get("/plans"));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer.status()).isEqualTo(200);
        assertThat(millis).isBetween(450L, 5000L);
      } finally {
        for (Socket socket : idle) {
          socket.close();
        }
      }
    }
  }

  @Test
  void searchesBeyondTheQueue_are503_withRetryAfter() throws Exception {
    ServeLimits one = ServeLimits.DEFAULT.withSearchesAndAnswers(1, 1, 64 * 1024 * 1024);
    try (RestServer server =
        RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0, one)) {
      String search = RawHttp.get("/search?q=" + RestServerAttackTest.expensiveQuery());
      List<CompletableFuture<RawHttp.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        answers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return RawHttp.exchange(server.uri(), search.getBytes(UTF_8));
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  }
                }));
      }
      int busy = 0;
      for (CompletableFuture<RawHttp.Answer> future : answers) {
        RawHttp.Answer answer = future.get(30, TimeUnit.SECONDS);
        if (answer.status() == 503) {
          busy++;
          assertThat(answer.head()).contains("\r\nretry-after: 1");
          assertThat(error(answer, 503).get("error").asText())
              .isEqualTo("The server is busy (1 searches are waiting); try again in a second.");
        } else {
          assertThat(answer.status()).isEqualTo(200);
        }
      }

      assertThat(busy).isPositive().isLessThan(24);
    }
  }

  @Test
  void answersBeyondTheBytesHeld_are503() throws Exception {
    ServeLimits small = ServeLimits.DEFAULT.withSearchesAndAnswers(1, 8, 50_000);
    try (RestServer server =
        RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0, small)) {
      RawHttp.Answer large =
          RawHttp.exchange(server.uri(), RawHttp.get("/plans/national-2021-2022"));
      RawHttp.Answer small2 = RawHttp.exchange(server.uri(), RawHttp.get("/plans"));

      assertThat(error(large, 503).get("error").asText())
          .isEqualTo(
              "The server is busy (it holds 50,000 bytes of answers not yet sent); try again in a"
                  + " second.");
      assertThat(small2.status()).isEqualTo(200);
    }
  }
}
