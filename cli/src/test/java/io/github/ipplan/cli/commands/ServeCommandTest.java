package io.github.ipplan.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Test
  void serve_onPortZero_printsTheLoopbackUrl_servesIt_andStopsWhenInterrupted() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger code = new AtomicInteger(-1);
    Thread serving =
        new Thread(
            () ->
                code.set(
                    Ipplan.run(
                        CATALOG,
                        new String[] {"serve", "--port", "0"},
                        new PrintWriter(out, true),
                        new PrintWriter(err, true))));
    serving.start();
    Pattern listening = Pattern.compile("Listening on (http://127\\.0\\.0\\.1:\\d+/) ");
    Matcher url = listening.matcher("");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!url.reset(out.toString()).find() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(out.toString())
        .matches("Listening on http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl-C to stop\\)\\n");
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url.group(1)).resolve("/bodies/CNIPA"))
            .timeout(TIMEOUT)
            .build();
    assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);

    serving.interrupt();
    serving.join(TIMEOUT.toMillis());

    assertThat(serving.isAlive()).isFalse();
    assertThat(code.get()).isZero();
    assertThat(err.toString()).isEmpty();
    HttpClient fresh = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    assertThatThrownBy(() -> fresh.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void serve_onAPortOutOfRange_isAUsageError() {
    StringWriter err = new StringWriter();
    int code =
        Ipplan.run(
            CATALOG,
            new String[] {"serve", "--port", "70000"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("The port must be between 0 and 65535, not 70000.\n");
  }
}
