package io.github.ipplan.cli.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The routes apart from any server, over a command line that records what it is asked to run: the
 * command line each route runs, how a raw path and query are decoded, the errors of a request that
 * cannot be answered, and which answers are computed once.
 */
class RestApiTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Records each command line it runs; answers with its exit code, output and error output. */
  private static final class Recorder implements CommandRunner {
    final List<List<String>> lines = Collections.synchronizedList(new ArrayList<>());
    private final int code;
    private final String out;
    private final String err;

    Recorder(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    Recorder() {
      this(0, "[ ]\n", "");
    }

    @Override
    public int run(PlanCatalog catalog, String[] args, PrintWriter stdout, PrintWriter stderr) {
      lines.add(List.of(args));
      stdout.print(out);
      stderr.print(err);
      stdout.flush();
      stderr.flush();
      return code;
    }

    /** The one line run, joined with spaces. */
    String only() {
      assertThat(lines).hasSize(1);
      return String.join(" ", lines.get(0));
    }
  }

  private static String error(RestApi.Response response, int status) throws IOException {
    assertThat(response.status()).isEqualTo(status);
    JsonNode body = MAPPER.readTree(response.bytes());
    assertThat(body.get("status").asInt()).isEqualTo(status);
    return body.get("error").asText();
  }

  /** The command line a route runs, joined with spaces. */
  private static String lineOf(String path, String query) {
    Recorder recorder = new Recorder();
    RestApi.Response response = new RestApi(CATALOG, recorder).handle("GET", path, query);
    assertThat(response.status()).as(path + "?" + query).isEqualTo(200);
    return recorder.only();
  }

  private static String errorOf(String path, String query, int status) throws IOException {
    Recorder recorder = new Recorder();
    String error = error(new RestApi(CATALOG, recorder).handle("GET", path, query), status);
    assertThat(recorder.lines).as("commands run").isEmpty();
    return error;
  }

  @Test
  void eachRoute_runsItsCommand_withTheCanonicalIds_andFormatJsonAfterTheName() {
    assertThat(lineOf("/plans", null)).isEqualTo("plans --format json");
    assertThat(lineOf("/plans/national-2021-2022/measures/10", null))
        .isEqualTo("measure --format json -- national-2021-2022 10");
    assertThat(lineOf("/plans/guangzhou-2021-2025/projects/7", null))
        .isEqualTo("project --format json -- guangzhou-2021-2025 7");
    assertThat(lineOf("/bodies", "")).isEqualTo("bodies --format json");
    assertThat(lineOf("/bodies", "plan=guangzhou-2021-2025"))
        .isEqualTo("bodies --format json --plan=guangzhou-2021-2025");
    assertThat(lineOf("/bodies/CNIPA", null)).isEqualTo("body --format json -- cnipa");
    assertThat(lineOf("/bodies/%20CNIPA%20/involves", null))
        .isEqualTo("involves --format json -- cnipa");
    assertThat(lineOf("/bodies/cnipa/participates", "plan=national-2021-2022"))
        .isEqualTo("participates --format json --plan=national-2021-2022 -- cnipa");
    assertThat(lineOf("/indicators", null)).isEqualTo("indicators --format json");
    assertThat(lineOf("/indicators", "source=%E5%9B%BD%E7%9F%A5%E5%B1%80"))
        .isEqualTo("indicators --format json --source=cnipa");
    assertThat(lineOf("/projects", "plan=national-2021-2022"))
        .isEqualTo("projects --format json --plan=national-2021-2022");
    assertThat(lineOf("/collaborations", null)).isEqualTo("collaborations --format json");
    assertThat(lineOf("/collaborations/CNIPA", "plan=guangzhou-2021-2025"))
        .isEqualTo("collaborations --format json --plan=guangzhou-2021-2025 -- cnipa");
    assertThat(lineOf("/search", "q=%E5%B1%95%E4%BC%9A")).isEqualTo("search --format json -- 展会");
    assertThat(lineOf("/search", "plan=guangzhou-2021-2025&q=a+b"))
        .isEqualTo("search --format json --plan=guangzhou-2021-2025 -- a b");
  }

  @Test
  void theAnswer_isTheCommandsOutput_withoutTheSpaceAroundIt() {
    RestApi api = new RestApi(CATALOG, new Recorder(0, "\n  {\"a\": 1}\n\n", ""));

    assertThat(new String(api.handle("GET", "/plans", null).bytes(), UTF_8))
        .isEqualTo("{\"a\": 1}");
    assertThat(new String(api.handle("GET", "/search", "q=x").bytes(), UTF_8))
        .isEqualTo("{\"a\": 1}");
  }

  @Test
  void theCommandsExitCode_isTheStatus_withTheFirstLineItPrintedOnStandardError()
      throws IOException {
    String err = "first line\nsecond line\n";

    assertThat(
            error(
                new RestApi(CATALOG, new Recorder(3, "", err)).handle("GET", "/plans", null), 404))
        .isEqualTo("first line");
    assertThat(
            error(
                new RestApi(CATALOG, new Recorder(2, "", err)).handle("GET", "/plans", null), 400))
        .isEqualTo("first line");
    assertThat(
            error(
                new RestApi(CATALOG, new Recorder(1, "", err)).handle("GET", "/plans", null), 500))
        .isEqualTo("first line");
    assertThat(
            error(
                new RestApi(CATALOG, new Recorder(4, "", "")).handle("GET", "/search", "q=x"), 500))
        .isEmpty();
  }

  @Test
  void anAnswer_isComputedOnce_perResource_whateverNameItIsAskedBy() {
    Recorder recorder = new Recorder();
    RestApi api = new RestApi(CATALOG, recorder);

    for (String name : List.of("cnipa", "CNIPA", "%E5%9B%BD%E7%9F%A5%E5%B1%80", "cnipa")) {
      assertThat(api.handle("GET", "/bodies/" + name + "/leads", null).status()).isEqualTo(200);
    }
    assertThat(api.handle("GET", "/bodies/cnipa/leads", "plan=national-2021-2022").status())
        .isEqualTo(200);

    assertThat(recorder.lines)
        .containsExactly(
            List.of("leads", "--format", "json", "--", "cnipa"),
            List.of("leads", "--format", "json", "--plan=national-2021-2022", "--", "cnipa"));
  }

  @Test
  void aSearch_isRunOnce_perQueryAndPlan_andARefusedOneNever() {
    Recorder recorder = new Recorder();
    RestApi api = new RestApi(CATALOG, recorder);

    api.handle("GET", "/search", "q=a");
    api.handle("GET", "/search", "q=a");
    api.handle("GET", "/search", "q=a&plan=national-2021-2022");
    api.handle("GET", "/search", "q=%20");
    api.handle("GET", "/search", "q=%20");

    assertThat(recorder.lines)
        .containsExactly(
            List.of("search", "--format", "json", "--", "a"),
            List.of("search", "--format", "json", "--plan=national-2021-2022", "--", "a"));
  }

  @Test
  void theSearchAnswersHeld_are16MegabytesAtMost_theLatest() {
    Recorder recorder = new Recorder(0, "x".repeat(1024 * 1024), "");
    RestApi api = new RestApi(CATALOG, recorder);

    for (int i = 0; i < 40; i++) {
      assertThat(api.handle("GET", "/search", "q=t" + i).status()).isEqualTo(200);
    }
    api.handle("GET", "/search", "q=t39");
    assertThat(recorder.lines).hasSize(40);
    api.handle("GET", "/search", "q=t0");
    assertThat(recorder.lines).hasSize(41);
  }

  @Test
  void theSearchesHeld_countTheirQueries_twoBytesACharacter() {
    Recorder recorder = new Recorder(0, "x", "");
    RestApi api = new RestApi(CATALOG, recorder);

    // 10,000 searches of 1,000 characters answered with 1 byte: 20 MB held were they all kept.
    for (int i = 0; i < 10_000; i++) {
      api.handle("GET", "/search", "q=" + String.format(Locale.ROOT, "%04d", i) + "a".repeat(996));
    }
    api.handle("GET", "/search", "q=0000" + "a".repeat(996));

    assertThat(recorder.lines).hasSize(10_001);
  }

  @Test
  void aFailedCommand_isRunAgain_whenAskedAgain() {
    Recorder recorder = new Recorder(1, "", "boom\n");
    RestApi api = new RestApi(CATALOG, recorder);

    api.handle("GET", "/plans", null);
    api.handle("GET", "/plans", null);
    api.handle("GET", "/search", "q=a");
    api.handle("GET", "/search", "q=a");

    assertThat(recorder.lines).hasSize(4);
  }

  @Test
  void aParameterTheRouteDoesNotTake_is400_namingWhatItTakes() throws IOException {
    String none = "Unknown parameter 'x'; this resource takes none.";
    assertThat(errorOf("/", "x=1", 400)).isEqualTo(none);
    assertThat(errorOf("/plans", "x=1", 400)).isEqualTo(none);
    assertThat(errorOf("/plans/national-2021-2022", "x=1", 400)).isEqualTo(none);
    assertThat(errorOf("/plans/national-2021-2022/measures/1", "x=1", 400)).isEqualTo(none);
    assertThat(errorOf("/plans/national-2021-2022/projects/1", "x=1", 400)).isEqualTo(none);
    assertThat(errorOf("/bodies/cnipa", "plan=national-2021-2022", 400))
        .isEqualTo("Unknown parameter 'plan'; this resource takes none.");
    String plan = "Unknown parameter 'x'; this resource takes plan.";
    assertThat(errorOf("/bodies", "x=1", 400)).isEqualTo(plan);
    assertThat(errorOf("/bodies/cnipa/involves", "x=1", 400)).isEqualTo(plan);
    assertThat(errorOf("/projects", "x=1", 400)).isEqualTo(plan);
    assertThat(errorOf("/collaborations", "x=1", 400)).isEqualTo(plan);
    assertThat(errorOf("/collaborations/cnipa", "x=1", 400)).isEqualTo(plan);
    assertThat(errorOf("/indicators", "x=1", 400))
        .isEqualTo("Unknown parameter 'x'; this resource takes plan, source.");
    assertThat(errorOf("/search", "x=1&q=a", 400))
        .isEqualTo("Unknown parameter 'x'; this resource takes q, plan.");
  }

  @Test
  void aPathNoRouteHas_is404_listingTheResources() throws IOException {
    String resources =
        ". Resources: /, /plans, /plans/{id}, /plans/{id}/measures/{n}, /plans/{id}/projects/{n},"
            + " /bodies?plan=, /bodies/{name}, /bodies/{name}/leads?plan=,"
            + " /bodies/{name}/participates?plan=, /bodies/{name}/involves?plan=,"
            + " /indicators?plan=&source=, /projects?plan=, /collaborations?plan=,"
            + " /collaborations/{name}?plan=, /search?q=&plan=.";
    for (String path :
        List.of(
            "/plans/national-2021-2022/measures",
            "/plans/national-2021-2022/tasks/1",
            "/plans/national-2021-2022/measures/1/x",
            "/bodies/cnipa/owns",
            "/bodies/cnipa/leads/x",
            "/indicators/x",
            "/projects/x",
            "/collaborations/cnipa/x",
            "/search/x",
            "/searches",
            "/nothing")) {
      assertThat(errorOf(path, null, 404))
          .as(path)
          .isEqualTo("No such resource: '" + path + "'" + resources);
    }
    assertThat(errorOf("//plans//national-2021-2022///x", null, 404))
        .startsWith("No such resource: '/plans/national-2021-2022/x'.");
  }

  @Test
  void aMissingMeasureOrProject_is404_sayingHowManyThePlanHas() throws IOException {
    assertThat(errorOf("/plans/national-2021-2022/measures/116", null, 404))
        .isEqualTo("Plan national-2021-2022 has no measure 116; it has 115.");
    assertThat(errorOf("/plans/guangzhou-2021-2025/measures/49", null, 404))
        .isEqualTo("Plan guangzhou-2021-2025 has no measure 49; it has 48.");
    assertThat(errorOf("/plans/guangzhou-2021-2025/projects/8", null, 404))
        .isEqualTo("Plan guangzhou-2021-2025 has no project 8; it has 7.");
  }

  @Test
  void aNumber_isAPositiveWholeNumberInAsciiDigits() throws IOException {
    assertThat(lineOf("/plans/national-2021-2022/measures/9", null)).endsWith(" 9");
    assertThat(lineOf("/plans/national-2021-2022/measures/0100", null)).endsWith(" 100");
    assertThat(lineOf("/plans/guangzhou-2021-2025/projects/1", null)).endsWith(" 1");
    String[][] cases = {
      {"+5", "+5"},
      {"%EF%BC%95", "５"},
      {"5%20", "5 "},
      {"0", "0"},
      {"00", "00"},
      {"2147483648", "2147483648"},
      {"%2F", "/"},
      {"%3A", ":"},
    };
    for (String[] c : cases) {
      assertThat(errorOf("/plans/national-2021-2022/projects/" + c[0], null, 400))
          .as(c[0])
          .isEqualTo("A project number is a positive whole number, not '" + c[1] + "'.");
    }
  }

  @Test
  void anUnknownPlanOrBody_is404_withTheNearestIdsOrNames() throws IOException {
    RestApi.Response plan =
        new RestApi(CATALOG, new Recorder()).handle("GET", "/bodies", "plan=guangzhou");
    assertThat(error(plan, 404))
        .isEqualTo(
            "No plan is called 'guangzhou'. Plans: national-2021-2022, guangzhou-2021-2025.");
    assertThat(MAPPER.readTree(plan.bytes()).get("nearest"))
        .hasSize(CATALOG.nearestPlanIds("guangzhou", 3).size());
    assertThat(MAPPER.readTree(plan.bytes()).get("nearest").get(0).asText())
        .isEqualTo("guangzhou-2021-2025");

    String name = "名".repeat(200);
    assertThat(errorOf("/collaborations/" + name, null, 404))
        .isEqualTo("No body is called '" + name + "'.");
    assertThat(errorOf("/bodies/" + name + "x", null, 404))
        .isEqualTo("No body is called '" + name + "…' (201 characters).");
  }

  @Test
  void onlyGet_isAllowed() throws IOException {
    Recorder recorder = new Recorder();
    RestApi api = new RestApi(CATALOG, recorder);

    assertThat(error(api.handle("HEAD", "/plans", null), 405))
        .isEqualTo("Only GET is allowed, not 'HEAD'.");
    assertThat(error(api.handle("get", "/plans", null), 405))
        .isEqualTo("Only GET is allowed, not 'get'.");
    assertThat(MAPPER.readTree(api.handle("POST", "/x", null).bytes()).has("nearest")).isFalse();
    assertThat(recorder.lines).isEmpty();
  }

  @Test
  void theQuery_skipsEmptyPairs_andAParameterWithoutEqualsIsEmpty() throws IOException {
    assertThat(lineOf("/search", "&q=a&&plan=national-2021-2022&"))
        .isEqualTo("search --format json --plan=national-2021-2022 -- a");
    assertThat(lineOf("/search", "q=a=b")).isEqualTo("search --format json -- a=b");
    assertThat(lineOf("/search", "q=%41%4a%4A%30%39+%2B"))
        .isEqualTo("search --format json -- AJJ09 +");
    assertThat(errorOf("/search", "q", 400))
        .isEqualTo("search needs a term to look for, e.g. /search?q=展会");
    assertThat(errorOf("/plans", "=x", 400))
        .isEqualTo("Unknown parameter ''; this resource takes none.");
    assertThat(errorOf("/search", "q=a&q", 400))
        .isEqualTo("The parameter 'q' is given twice; give it once.");
  }

  @Test
  void percentEscapes_decodeAsUtf8_andAMalformedOneIs400() throws IOException {
    assertThat(RestApi.decode("%E5%B1%95%e4%bc%9a", false)).isEqualTo("展会");
    assertThat(RestApi.decode("a%20b+c", false)).isEqualTo("a b+c");
    assertThat(RestApi.decode("a%20b+c", true)).isEqualTo("a b c");
    assertThat(RestApi.decode("%F0%9F%98%80😀x%41", false)).isEqualTo("😀😀xA");
    assertThat(RestApi.decode("%00%7F", false)).isEqualTo("\u0000\u007f");
    for (String bad : List.of("%", "%4", "a%4", "%G1", "%1G", "%-1", "x%%41")) {
      assertThat(errorOf("/bodies/" + bad, null, 400))
          .as(bad)
          .isEqualTo("Malformed percent escape in '" + bad + "'.");
    }
    assertThat(errorOf("/search", "q=%FF", 400)).isEqualTo("'%FF' does not decode as UTF-8.");
  }

  @Test
  void searches_atTheLimits_areRun_andPastThemRefused() throws IOException {
    ServeLimits limits =
        new ServeLimits(
            1,
            Duration.ofSeconds(1),
            1,
            1,
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            1024,
            7,
            3,
            1,
            1,
            Duration.ofSeconds(1),
            1024);
    Recorder recorder = new Recorder();
    RestApi api = new RestApi(CATALOG, recorder, limits);

    assertThat(api.handle("GET", "/search", "q=ab+cd+e").status()).isEqualTo(200);
    assertThat(error(api.handle("GET", "/search", "q=ab+cd+ef"), 400))
        .isEqualTo("A search is at most 7 characters long; this one has 8.");
    assertThat(error(api.handle("GET", "/search", "q=a+b+c+d"), 400))
        .isEqualTo("A search has at most 3 terms (words between spaces); this one has 4.");
    assertThat(recorder.lines).hasSize(1);
  }

  @Test
  void terms_areTheRunsOfCharactersBetweenWhiteSpace() {
    assertThat(RestApi.terms("")).isZero();
    assertThat(RestApi.terms(" \t\u3000")).isZero();
    assertThat(RestApi.terms("a")).isEqualTo(1);
    assertThat(RestApi.terms("  ab\tc\n\nd ")).isEqualTo(3);
    assertThat(RestApi.terms("😀 😀😀\u00a0x")).isEqualTo(3);
  }

  @Test
  void quoted_isTheWholeText_upTo200Characters_elseCutWithItsLength() {
    assertThat(RestApi.quoted("")).isEqualTo("''");
    assertThat(RestApi.quoted("a".repeat(200))).isEqualTo("'" + "a".repeat(200) + "'");
    assertThat(RestApi.quoted("a".repeat(201)))
        .isEqualTo("'" + "a".repeat(200) + "…' (201 characters)");
    // A character outside the BMP is two chars: it is not cut in half.
    assertThat(RestApi.quoted("a".repeat(199) + "😀b"))
        .isEqualTo("'" + "a".repeat(199) + "…' (202 characters)");
    assertThat(RestApi.quoted("a".repeat(198) + "😀b"))
        .isEqualTo("'" + "a".repeat(198) + "😀…' (201 characters)");
  }

  @Test
  void isSearch_isTheSearchRoute_onlyAsDecoded() {
    assertThat(RestApi.isSearch("/search")).isTrue();
    assertThat(RestApi.isSearch("//search/")).isTrue();
    assertThat(RestApi.isSearch("/%73earch")).isTrue();
    assertThat(RestApi.isSearch("/search/x")).isFalse();
    assertThat(RestApi.isSearch("/searches")).isFalse();
    assertThat(RestApi.isSearch("/")).isFalse();
    assertThat(RestApi.isSearch("/search%")).isFalse();
  }
}
