package io.github.ipplan.cli.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A client that asks for one cheap resource again and again, one request after the other, and times
 * each answer: what the attack tests measure while an attack runs.
 */
final class WellBehavedClient {
  /** The latencies measured: their median and 99th percentile, and how many there were. */
  record Latency(String during, long p50Micros, long p99Micros, int requests) {
    long p99Millis() {
      return p99Micros / 1000;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "serve, well-behaved client during %s: p50 %.1f ms, p99 %.1f ms (%d requests)",
          during,
          p50Micros / 1000.0,
          p99Micros / 1000.0,
          requests);
    }
  }

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** One client for every measurement, so that none pays for starting one. */
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

  private WellBehavedClient() {}

  /** Sends {@code GET path} a hundred times, so that the server and the client are warmed up. */
  static void warmUp(URI server, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT).build();
    for (int i = 0; i < 100; i++) {
      CLIENT.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    }
  }

  /**
   * Sends {@code GET path} for the given time (and at most 2,000 times), each answer checked to be
   * a 200 with the expected body, and returns the latencies, printed to standard output.
   */
  static Latency measure(URI server, String path, String expected, Duration time, String during)
      throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();
    HttpRequest request = HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT).build();
    List<Long> nanos = new ArrayList<>();
    long end = System.nanoTime() + time.toNanos();
    while (System.nanoTime() < end && nanos.size() < 2000) {
      long start = System.nanoTime();
      HttpResponse<String> response =
          CLIENT.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
      nanos.add(System.nanoTime() - start);
      assertThat(response.statusCode()).as(during).isEqualTo(200);
      assertThat(response.body()).as(during).isEqualTo(expected);
    }
    Collections.sort(nanos);
    Latency latency =
        new Latency(
            during,
            nanos.get((nanos.size() - 1) / 2) / 1000,
            nanos.get((int) Math.ceil(nanos.size() * 0.99) - 1) / 1000,
            nanos.size());
    System.out.println(latency);
    return latency;
  }
}
