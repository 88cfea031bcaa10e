package io.github.ipplan.cli.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.yaml.BundledPlans;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real HTTP requests against the REST example on a free loopback port. */
class RestServerTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static RestServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    server = RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0);
    client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<String> send(String method, String rawPathAndQuery) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(server.uri().resolve(rawPathAndQuery))
            .timeout(TIMEOUT)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private static HttpResponse<String> get(String rawPathAndQuery) throws Exception {
    return send("GET", rawPathAndQuery);
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    return MAPPER.readTree(response.body());
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, UTF_8).replace("+", "%20");
  }

  /**
   * Counts the national plan's tasks whose responsibility clause (（…负责）) names 知识产权局 first, in the
   * project's copy of the source text.
   */
  private static int tasksLedByCnipaInTheSource() throws IOException {
    Path source =
        Path.of("..", "yaml-loader", "src", "test", "resources", "sources")
            .resolve("national-annual-plan-2021-2022.txt");
    Matcher clause = Pattern.compile("（([^（）]+?)(按职责分工负责|负责)）").matcher(Files.readString(source));
    int count = 0;
    while (clause.find()) {
      if (clause.group(1).split("、")[0].equals("知识产权局")) {
        count++;
      }
    }
    return count;
  }

  @Test
  void uri_isOnLoopback_onTheChosenPort() {
    assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.uri().getPort()).isPositive();
  }

  @Test
  void leads_ofAPercentEncodedName_areTheTasksTheSourcePrintsItFirstIn() throws Exception {
    HttpResponse<String> response = get("/bodies/" + encoded("知识产权局") + "/leads");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode tasks = json(response);
    assertThat(tasks).hasSize(tasksLedByCnipaInTheSource()).hasSize(36);
    List<String> ids = new ArrayList<>();
    tasks.forEach(task -> ids.add(task.get("id").asText()));
    assertThat(ids)
        .containsExactlyElementsOf(
            CATALOG.measuresLedBy(CATALOG.agency("知识产权局").orElseThrow()).stream()
                .map(m -> m.id())
                .toList());
    assertThat(tasks.get(0).get("responsibilities").get(0).get("body").asText()).isEqualTo("cnipa");
  }

  @Test
  void body_byAnyName_isTheBodyWithItsCountsPerPlan() throws Exception {
    JsonNode byAbbreviation = json(get("/bodies/CNIPA"));
    JsonNode byFullName = json(get("/bodies/" + encoded("国家知识产权局")));

    assertThat(byAbbreviation).isEqualTo(byFullName);
    assertThat(byAbbreviation.get("id").asText()).isEqualTo("cnipa");
    assertThat(byAbbreviation.get("plans").get(0).get("leads").asInt()).isEqualTo(36);
  }

  @Test
  void unknownBody_is404_withTheNearestNames() throws Exception {
    HttpResponse<String> response = get("/bodies/" + encoded("知识产权") + "/leads");

    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode error = json(response);
    assertThat(error.get("status").asInt()).isEqualTo(404);
    assertThat(error.get("error").asText()).isEqualTo("No body is called '知识产权'.");
    List<String> nearest = new ArrayList<>();
    error.get("nearest").forEach(name -> nearest.add(name.asText()));
    assertThat(nearest).isEqualTo(CATALOG.nearestNames("知识产权", 5)).contains("知识产权局");
  }

  @Test
  void unknownPlan_is404_withTheNearestIds() throws Exception {
    HttpResponse<String> response = get("/plans/national-2021");

    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode error = json(response);
    assertThat(error.get("error").asText()).startsWith("No plan is called 'national-2021'.");
    assertThat(error.get("nearest").get(0).asText()).isEqualTo("national-2021-2022");
  }

  @Test
  void measure_isTheMeasure_andABadNumberIs400() throws Exception {
    JsonNode measure = json(get("/plans/national-2021-2022/measures/14"));
    assertThat(measure.get("id").asText()).isEqualTo("national-2021-2022/measure/14");

    for (String bad : List.of("x", "0", "-1", "99999999999", "1.5")) {
      HttpResponse<String> response = get("/plans/national-2021-2022/measures/" + bad);
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      assertThat(json(response).get("error").asText())
          .isEqualTo("A measure number is a positive whole number, not '" + bad + "'.");
    }
    assertThat(get("/plans/national-2021-2022/measures/116").statusCode()).isEqualTo(404);
  }

  @Test
  void plansAndBodies_areTheCommandLinesLists() throws Exception {
    JsonNode plans = json(get("/plans"));
    assertThat(plans).hasSize(2);
    assertThat(plans.get(0).get("measures").asInt()).isEqualTo(115);
    assertThat(plans.get(1).get("measures").asInt()).isEqualTo(48);
    JsonNode plan = json(get("/plans/guangzhou-2021-2025"));
    assertThat(plan.get("projects")).hasSize(7);
    assertThat(json(get("/bodies"))).hasSize(CATALOG.agencies().size());
  }

  private static JsonNode commandLine(String... args) throws Exception {
    StringWriter out = new StringWriter();
    assertThat(Ipplan.run(CATALOG, args, new PrintWriter(out), new PrintWriter(new StringWriter())))
        .isZero();
    return MAPPER.readTree(out.toString());
  }

  @Test
  void answers_areWhatTheCommandLineWritesWithFormatJson() throws Exception {
    assertThat(json(get("/bodies"))).isEqualTo(commandLine("bodies", "--format", "json"));
    assertThat(json(get("/plans"))).isEqualTo(commandLine("plans", "--format", "json"));
    assertThat(json(get("/bodies/" + encoded("国知局"))))
        .isEqualTo(commandLine("body", "国知局", "--format", "json"));
    assertThat(json(get("/bodies/CNIPA/participates")))
        .isEqualTo(commandLine("participates", "CNIPA", "--format", "json"));
    assertThat(json(get("/bodies/CNIPA/involves")))
        .isEqualTo(commandLine("involves", "CNIPA", "--format", "json"));
    assertThat(json(get("/plans/guangzhou-2021-2025/measures/3")))
        .isEqualTo(commandLine("measure", "guangzhou-2021-2025", "3", "--format", "json"));
    assertThat(json(get("/search?q=" + encoded("展会"))))
        .isEqualTo(commandLine("search", "展会", "--format", "json"));
    assertThat(json(get("/plans/national-2021-2022")))
        .isEqualTo(
            commandLine("export", "json", "--plan", "national-2021-2022").get("plans").get(0));
  }

  @Test
  void search_findsTheCatalogsHits_andAnEmptyQueryIs400() throws Exception {
    HttpResponse<String> response = get("/search?q=" + encoded("意見 保护"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode result = json(response);
    assertThat(result.get("hits")).hasSize(CATALOG.search("意見 保护").size()).isNotEmpty();
    assertThat(result.get("hits").get(0).get("id").asText())
        .isEqualTo(CATALOG.search("意见 保护").get(0).id());

    for (String empty : List.of("/search", "/search?q=", "/search?q=%20+")) {
      HttpResponse<String> bad = get(empty);
      assertThat(bad.statusCode()).as(empty).isEqualTo(400);
      assertThat(json(bad).get("status").asInt()).isEqualTo(400);
    }
  }

  @Test
  void malformedPercentEscapes_andBytesThatAreNotUtf8_are400() throws Exception {
    assertThat(get("/bodies/%E7%9F").statusCode()).isEqualTo(400);
    // java.net.URI refuses to send %ZZ, so the handler is asked directly.
    RestApi api = new RestApi(CATALOG, Ipplan::run);
    assertThat(api.handle("GET", "/search", "q=%ZZ").status()).isEqualTo(400);
    assertThat(api.handle("GET", "/bodies/%E7%9F%A5%", null).status()).isEqualTo(400);
    assertThat(api.handle("GET", "/search", "q=%E7%9F%A5+%E8%AF%86").status()).isEqualTo(200);
  }

  @Test
  void aPlusInAPath_isAPlus_butInAQueryASpace() throws IOException {
    RestApi api = new RestApi(CATALOG, Ipplan::run);

    assertThat(
            MAPPER.readTree(api.handle("GET", "/bodies/a+b", null).bytes()).get("error").asText())
        .isEqualTo("No body is called 'a+b'.");
    assertThat(
            MAPPER.readTree(
                api.handle("GET", "/search", "q=%E6%84%8F%E8%A7%81+%E4%BF%9D%E6%8A%A4").bytes()))
        .isEqualTo(
            MAPPER.readTree(
                api.handle("GET", "/search", "q=%E6%84%8F%E8%A7%81%20%E4%BF%9D%E6%8A%A4").bytes()));
  }

  @Test
  void concurrentRequests_areAllAnswered() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String path = i % 2 == 0 ? "/search?q=" + encoded("展会") : "/bodies/CNIPA/leads";
      responses.add(
          client.sendAsync(
              HttpRequest.newBuilder(server.uri().resolve(path)).timeout(TIMEOUT).build(),
              HttpResponse.BodyHandlers.ofString(UTF_8)));
    }
    for (CompletableFuture<HttpResponse<String>> response : responses) {
      assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void otherMethods_are405_allowingGet() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE")) {
      HttpResponse<String> response = send(method, "/plans");
      assertThat(response.statusCode()).as(method).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).hasValue("GET");
      assertThat(json(response).get("status").asInt()).isEqualTo(405);
    }
  }

  @Test
  void unknownRoute_is404_andTheRootListsTheRoutes() throws Exception {
    assertThat(get("/").statusCode()).isEqualTo(200);
    assertThat(get("/bodies/CNIPA/owns").statusCode()).isEqualTo(404);
  }

  @Test
  void stop_closesThePort() throws Exception {
    RestServer other = RestServer.start(CATALOG, Ipplan::run, InetAddress.getLoopbackAddress(), 0);
    URI uri = other.uri().resolve("/plans");
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).build();
    assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);

    other.stop();

    HttpClient fresh = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    assertThatThrownBy(() -> fresh.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
  }
}
