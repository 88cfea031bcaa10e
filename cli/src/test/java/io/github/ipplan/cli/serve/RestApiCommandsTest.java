package io.github.ipplan.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * REST is the command line over HTTP: every query command has a route that answers what the command
 * writes with {@code --format json}, {@code plan} filters every listing, and a parameter a route
 * does not take, or one given twice, is a 400 that names it.
 */
class RestApiCommandsTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final RestApi API = new RestApi(CATALOG, Ipplan::run);

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static RestApi.Response get(String path, String query) {
    return API.handle("GET", path, query);
  }

  private static JsonNode json(RestApi.Response response) throws Exception {
    return MAPPER.readTree(response.bytes());
  }

  private static JsonNode commandLine(String line) throws Exception {
    List<String> args = new ArrayList<>(List.of(line.split(" ")));
    args.add("--format");
    args.add("json");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Ipplan.run(
            CATALOG, args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(line + ": " + err).isZero();
    return MAPPER.readTree(out.toString());
  }

  /** Each route with its query ({@code -} for none) and the command line it answers as. */
  private static final List<String> ROUTES_AND_COMMANDS =
      List.of(
          "/plans|-|plans",
          "/plans/national-2021-2022/measures/11|-|measure national-2021-2022 11",
          "/plans/guangzhou-2021-2025/projects/3|-|project guangzhou-2021-2025 3",
          "/bodies|-|bodies",
          "/bodies|plan=guangzhou-2021-2025|bodies --plan guangzhou-2021-2025",
          "/bodies/cnipa|-|body 知识产权局",
          "/bodies/cnipa/leads|-|leads 知识产权局",
          "/bodies/cnipa/leads|plan=guangzhou-2021-2025|leads 知识产权局 --plan guangzhou-2021-2025",
          "/bodies/cnipa/participates|plan=national-2021-2022|participates cnipa --plan"
              + " national-2021-2022",
          "/bodies/cnipa/involves|plan=guangzhou-2021-2025|involves CNIPA --plan guangzhou-2021-2025",
          "/indicators|-|indicators",
          "/indicators|plan=guangzhou-2021-2025|indicators --plan guangzhou-2021-2025",
          "/indicators|source=cnipa&plan=guangzhou-2021-2025|indicators --source 知识产权局 --plan"
              + " guangzhou-2021-2025",
          "/projects|-|projects",
          "/projects|plan=national-2021-2022|projects --plan national-2021-2022",
          "/collaborations|-|collaborations",
          "/collaborations|plan=national-2021-2022|collaborations --plan national-2021-2022",
          "/collaborations/cnipa|-|collaborations 知识产权局",
          "/collaborations/cnipa|plan=guangzhou-2021-2025|collaborations 知识产权局 --plan"
              + " guangzhou-2021-2025",
          "/search|q=%E4%BF%9D%E6%8A%A4|search 保护",
          "/search|q=%E4%BF%9D%E6%8A%A4&plan=guangzhou-2021-2025|search 保护 --plan"
              + " guangzhou-2021-2025");

  @Test
  void everyRoute_answersWhatItsCommandWritesAsJson() throws Exception {
    for (String row : ROUTES_AND_COMMANDS) {
      String[] parts = row.split("\\|");
      RestApi.Response response = get(parts[0], parts[1].equals("-") ? null : parts[1]);

      assertThat(response.status())
          .as(row + ": " + new String(response.bytes(), StandardCharsets.UTF_8))
          .isEqualTo(200);
      assertThat(json(response)).as(row).isEqualTo(commandLine(parts[2]));
    }
  }

  @Test
  void planFiltersALeadsList_toThatPlansTasks() throws Exception {
    JsonNode all = json(get("/bodies/cnipa/leads", null));
    JsonNode national = json(get("/bodies/cnipa/leads", "plan=national-2021-2022"));
    JsonNode guangzhou = json(get("/bodies/cnipa/leads", "plan=guangzhou-2021-2025"));

    // The national body leads tasks of the national plan only; the city's plan names city bodies.
    assertThat(national).hasSize(36).isEqualTo(all);
    assertThat(guangzhou).isEmpty();
  }

  @Test
  void anUnknownParameter_is400_namingIt_andWhatTheRouteTakes() throws Exception {
    RestApi.Response response = get("/bodies/cnipa/leads", "plann=guangzhou-2021-2025");

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("error").asText())
        .isEqualTo("Unknown parameter 'plann'; this resource takes plan.");
    assertThat(json(get("/plans", "plan=x")).get("error").asText())
        .isEqualTo("Unknown parameter 'plan'; this resource takes none.");
  }

  @Test
  void aRepeatedParameter_is400_namingIt() throws Exception {
    RestApi.Response response = get("/search", "q=a&q=b");

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("error").asText())
        .isEqualTo("The parameter 'q' is given twice; give it once.");
  }

  @Test
  void anUnknownPlanInTheQuery_is404_withTheNearestIds() throws Exception {
    RestApi.Response response = get("/indicators", "plan=guangzhou-2021");

    assertThat(response.status()).isEqualTo(404);
    assertThat(json(response).get("nearest").get(0).asText()).isEqualTo("guangzhou-2021-2025");
  }

  @Test
  void anUnknownProject_is404_andABadNumber400() throws Exception {
    RestApi.Response missing = get("/plans/guangzhou-2021-2025/projects/8", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(json(missing).get("error").asText())
        .isEqualTo("Plan guangzhou-2021-2025 has no project 8; it has 7.");
    assertThat(get("/plans/guangzhou-2021-2025/projects/x", null).status()).isEqualTo(400);
  }

  @Test
  void anUnknownSource_is404_withTheNearestNames() throws Exception {
    RestApi.Response response = get("/indicators", "source=" + encoded("知识产权"));

    assertThat(response.status()).isEqualTo(404);
    assertThat(json(response).get("nearest").get(0).asText()).isEqualTo("知识产权局");
  }

  @Test
  void theRoot_listsEveryRoute_withItsCommand() throws Exception {
    JsonNode routes = json(get("/", null)).get("routes");

    assertThat(routes.get("/indicators?plan=&source=").asText())
        .isEqualTo("indicators [--plan] [--source] --format json");
    assertThat(routes.size()).isEqualTo(RestRoutes.ROUTES.size()).isEqualTo(15);
  }

  @Test
  void aBodyNameLikeAnOption_isAName_notAnOption() throws Exception {
    RestApi.Response response = get("/bodies/--help", null);

    assertThat(response.status()).isEqualTo(404);
    assertThat(json(response).get("error").asText()).startsWith("No body is called '--help'.");
  }
}
