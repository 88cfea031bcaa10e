package io.github.ipplan.cli.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.yaml.BundledPlans;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 200 clients × 50 requests against {@code ipplan.jar serve} in its own JVM with a 256 MiB heap:
 * every answer must be the one {@link RestApi} gives, and the process must stay under {@value
 * #RSS_BOUND_MIB} MiB of resident memory.
 */
class RestServerLoadIT {
  static final long RSS_BOUND_MIB = 512;
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Resident and peak resident memory of a process, in KiB, from /proc (Linux). */
  private static long[] memoryKib(long pid) throws IOException {
    long rss = -1;
    long peak = -1;
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = Long.parseLong(line.replaceAll("\\D", ""));
      } else if (line.startsWith("VmHWM:")) {
        peak = Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return new long[] {rss, peak};
  }

  @Test
  void twoHundredClients_fiftyRequestsEach_allAnsweredCorrectly_inBoundedMemory() throws Exception {
    String q = URLEncoder.encode("知识产权 保护", UTF_8);
    List<String> paths =
        List.of(
            "/plans",
            "/bodies",
            "/bodies/CNIPA/leads",
            "/plans/national-2021-2022",
            "/plans/guangzhou-2021-2025/measures/3",
            "/search?q=" + q,
            "/search?q=" + URLEncoder.encode("展会", UTF_8),
            "/bodies/" + URLEncoder.encode("知识产权", UTF_8),
            "/plans/national-2021-2022/measures/x",
            "/bodies/CNIPA/involves");
    RestApi api = new RestApi(BundledPlans.load(), Ipplan::run);
    List<byte[]> expected = new ArrayList<>();
    List<Integer> statuses = new ArrayList<>();
    for (String path : paths) {
      int question = path.indexOf('?');
      RestApi.Response answer =
          question < 0
              ? api.handle("GET", path, null)
              : api.handle("GET", path.substring(0, question), path.substring(question + 1));
      expected.add(answer.bytes());
      statuses.add(answer.status());
    }

    ProcessBuilder builder =
        new ProcessBuilder(JAVA, "-Xmx256m", "-jar", "target/ipplan.jar", "serve", "--port", "0");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    ExecutorService clients = Executors.newFixedThreadPool(200);
    ExecutorService io = Executors.newFixedThreadPool(8);
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
      String line =
          CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      return out.readLine();
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .get(60, TimeUnit.SECONDS);
      URI uri = URI.create(line.split(" ")[2]);
      long[] before = memoryKib(process.pid());
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(TIMEOUT)
              .executor(io)
              .build();
      long start = System.nanoTime();
      List<Future<long[]>> results = new ArrayList<>();
      for (int c = 0; c < 200; c++) {
        int first = c;
        results.add(
            clients.submit(
                () -> {
                  long[] micros = new long[50];
                  for (int r = 0; r < 50; r++) {
                    int i = (first + r) % paths.size();
                    HttpRequest request =
                        HttpRequest.newBuilder(uri.resolve(paths.get(i))).timeout(TIMEOUT).build();
                    long sent = System.nanoTime();
                    HttpResponse<byte[]> response =
                        client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    micros[r] = (System.nanoTime() - sent) / 1000;
                    assertThat(response.statusCode())
                        .as(paths.get(i) + " " + new String(response.body(), UTF_8))
                        .isEqualTo(statuses.get(i));
                    assertThat(response.body()).as(paths.get(i)).isEqualTo(expected.get(i));
                  }
                  return micros;
                }));
      }
      long[] all = new long[200 * 50];
      int n = 0;
      for (Future<long[]> result : results) {
        for (long micros : result.get(120, TimeUnit.SECONDS)) {
          all[n++] = micros;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] after = memoryKib(process.pid());
      Arrays.sort(all);
      System.out.printf(
          Locale.ROOT,
          "serve under load, 200 clients × 50 requests, -Xmx256m: %d answers, all correct, in %.1f"
              + " s; p50 %.1f ms, p99 %.1f ms; resident memory %d MiB before, %d MiB after,"
              + " peak %d MiB%n",
          n,
          seconds,
          all[(n - 1) / 2] / 1000.0,
          all[(int) Math.ceil(n * 0.99) - 1] / 1000.0,
          before[0] / 1024,
          after[0] / 1024,
          after[1] / 1024);

      assertThat(n).isEqualTo(10_000);
      assertThat(after[1] / 1024).isLessThan(RSS_BOUND_MIB);
      assertThat(process.isAlive()).isTrue();
    } finally {
      clients.shutdownNow();
      io.shutdownNow();
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
