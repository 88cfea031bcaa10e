package io.github.ipplan.cli.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.console.ExitCode;
import io.github.ipplan.cli.export.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The REST server's routes, apart from any server: takes a method, a raw (percent-encoded) path and
 * query, and answers with a status and a JSON body. Every route is a command of the command line
 * over HTTP and answers what that command writes with {@code --format json} ({@link #ROUTES} pairs
 * them; {@code GET /} lists them): {@code /indicators?plan=national-2021-2022} is {@code ipplan
 * indicators --plan national-2021-2022 --format json}. {@code plan} filters every listing.
 *
 * <p>Errors are {@code {"status": 404, "error": "...", "nearest": [...]}}: 404 for an unknown body,
 * plan, measure, project or route (with the nearest names or ids where there are some), 400 for a
 * bad request (a query parameter the route does not take or one given twice, a measure or project
 * number that is not a positive number, an empty query, a query over {@link
 * ServeLimits#maxQueryChars()} characters or {@link ServeLimits#maxTerms()} terms, a malformed
 * percent escape), 405 for any method but GET. Errors quote at most {@value #MAX_QUOTED} characters
 * of what was sent. Thread-safe: the catalog is, and each request runs a command line of its own.
 */
final class RestApi {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The most characters of a request an error quotes. */
  static final int MAX_QUOTED = 200;

  /**
   * An answer: the HTTP status and the JSON body (a domain value, a list of them, a map or a JSON
   * tree, as the command line's JSON writes them).
   */
  record Response(int status, Object body) {
    /** Returns the body as the bytes sent: pretty-printed JSON in UTF-8. */
    byte[] bytes() {
      return body instanceof byte[] rendered ? rendered : Json.pretty(body).getBytes(UTF_8);
    }
  }

  /** A request that cannot be answered, with the status to answer it with. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Response response;

    Refusal(int status, String message, List<String> nearest) {
      super(message, null, false, false);
      ObjectNode body = JSON.objectNode().put("status", status).put("error", message);
      if (!nearest.isEmpty()) {
        nearest.forEach(body.putArray("nearest")::add);
      }
      this.response = new Response(status, body);
    }
  }

  private final PlanCatalog catalog;
  private final CommandRunner runner;
  private final ServeLimits limits;

  /**
   * The answers found, rendered once: keyed by route and canonical id (a plan's or a body's), so
   * there are at most as many as the catalog has resources, whatever names and spellings are asked.
   */
  private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

  /** The answers of the latest searches, as queried: {@value #SEARCHES_HELD} bytes at most. */
  private final Cache<String, byte[]> searched =
      CacheBuilder.newBuilder()
          .maximumWeight(SEARCHES_HELD)
          .<String, byte[]>weigher((query, answer) -> 2 * query.length() + answer.length)
          .build();

  /** The bytes of search answers held for the next client to ask the same. */
  static final int SEARCHES_HELD = 16 * 1024 * 1024;

  RestApi(PlanCatalog catalog, CommandRunner runner) {
    this(catalog, runner, ServeLimits.DEFAULT);
  }

  RestApi(PlanCatalog catalog, CommandRunner runner, ServeLimits limits) {
    this.catalog = catalog;
    this.runner = runner;
    this.limits = limits;
  }

  /** Returns an error answer that is not about the catalog: a status and its message. */
  static Response error(int status, String message) {
    return new Refusal(status, message, List.of()).response;
  }

  /**
   * Quotes text sent by a client, cut to {@value #MAX_QUOTED} characters with its full length when
   * it is longer: {@code 'abc'}, {@code 'aaa…' (100000 characters)}.
   */
  static String quoted(String text) {
    if (text.length() <= MAX_QUOTED) {
      return "'" + text + "'";
    }
    int end = MAX_QUOTED;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return "'" + text.substring(0, end) + "…' (" + text.length() + " characters)";
  }

  /** Tells whether a raw path is the search route, whose answers take longest to compute. */
  static boolean isSearch(String rawPath) {
    try {
      return segments(rawPath).equals(List.of("search"));
    } catch (Refusal malformed) {
      return false;
    }
  }

  /**
   * Answers one request.
   *
   * @param method the HTTP method
   * @param rawPath the path as sent, percent-encoded
   * @param rawQuery the query as sent, percent-encoded, or {@code null}
   * @return the status and body
   */
  Response handle(String method, String rawPath, String rawQuery) {
    try {
      if (!method.equals("GET")) {
        throw new Refusal(405, "Only GET is allowed, not " + quoted(method) + ".", List.of());
      }
      return new Response(200, route(segments(rawPath), query(rawQuery)));
    } catch (Refusal refusal) {
      return refusal.response;
    }
  }

  private Object route(List<String> path, Map<String, String> query) {
    int size = path.size();
    String first = size > 0 ? path.get(0) : "";
    if (size == 0) {
      allow(query);
      return RestRoutes.list();
    }
    if (first.equals("plans")) {
      if (size == 1) {
        allow(query);
        return command("plans");
      }
      Plan plan = plan(path.get(1));
      if (size == 2) {
        allow(query);
        return render("plan " + plan.id(), () -> plan);
      }
      if (size == 4 && path.get(2).equals("measures")) {
        allow(query);
        Measure measure = measure(plan, path.get(3));
        return command("measure", "--", plan.id(), Integer.toString(measure.number()));
      }
      if (size == 4 && path.get(2).equals("projects")) {
        allow(query);
        return command("project", "--", plan.id(), Integer.toString(project(plan, path.get(3))));
      }
    } else if (first.equals("bodies")) {
      if (size == 1) {
        allow(query, "plan");
        return command("bodies", planOption(query));
      }
      Agency agency = agency(path.get(1));
      String id = agency.id();
      if (size == 2) {
        allow(query);
        return command("body", "--", id);
      }
      if (size == 3 && BODY_LISTS.contains(path.get(2))) {
        allow(query, "plan");
        return command(path.get(2), planOption(query), "--", id);
      }
    } else if (size == 1 && (first.equals("indicators"))) {
      allow(query, "plan", "source");
      String source = query.containsKey("source") ? agency(query.get("source")).id() : null;
      return command("indicators", planOption(query), source == null ? "" : "--source=" + source);
    } else if (size == 1 && (first.equals("projects") || first.equals("collaborations"))) {
      allow(query, "plan");
      return command(first, planOption(query));
    } else if (size == 2 && first.equals("collaborations")) {
      allow(query, "plan");
      return command(first, planOption(query), "--", agency(path.get(1)).id());
    } else if (first.equals("search") && size == 1) {
      allow(query, "q", "plan");
      String q = query.getOrDefault("q", "");
      String plan = planOption(query);
      String key = plan + "\u0000" + q;
      byte[] found = searched.getIfPresent(key);
      if (found == null) {
        checkSearch(q);
        found = run("search", plan, "--", q);
        searched.put(key, found);
      }
      return found;
    }
    throw new Refusal(
        404,
        "No such resource: "
            + quoted("/" + String.join("/", path))
            + ". Resources: "
            + String.join(", ", RestRoutes.ROUTES.keySet())
            + ".",
        List.of());
  }

  /** The lists of a body's tasks, each the command of that name. */
  private static final Set<String> BODY_LISTS = Set.of("leads", "participates", "involves");

  /** Refuses a parameter the route does not take, naming it and those it takes. */
  private static void allow(Map<String, String> query, String... names) {
    List<String> allowed = List.of(names);
    for (String name : query.keySet()) {
      if (!allowed.contains(name)) {
        throw new Refusal(
            400,
            "Unknown parameter "
                + quoted(name)
                + (allowed.isEmpty()
                    ? "; this resource takes none."
                    : "; this resource takes " + String.join(", ", allowed) + "."),
            List.of());
      }
    }
  }

  /** The {@code --plan} option for the plan the query names, or nothing where it names none. */
  private String planOption(Map<String, String> query) {
    String id = query.get("plan");
    return id == null ? "" : "--plan=" + plan(id).id();
  }

  /** Answers as the command line does with these arguments and {@code --format json}, once. */
  private byte[] command(String... args) {
    String key = String.join("\u0000", args);
    byte[] answer = rendered.get(key);
    if (answer == null) {
      answer = run(args);
      rendered.put(key, answer);
    }
    return answer;
  }

  /**
   * Runs the command line with these arguments (empty ones left out) and {@code --format json}
   * after the command's name; its output is the answer, and its exit code the status: 3 is 404, 2
   * is 400, any other but 0 is 500, with the first line it printed on standard error.
   */
  private byte[] run(String... args) {
    List<String> line = new ArrayList<>();
    line.add(args[0]);
    line.add("--format");
    line.add("json");
    for (int i = 1; i < args.length; i++) {
      if (!args[i].isEmpty()) {
        line.add(args[i]);
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        runner.run(
            catalog, line.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    if (code != ExitCode.SUCCESS.code()) {
      int status =
          code == ExitCode.NOT_FOUND.code() ? 404 : code == ExitCode.USAGE.code() ? 400 : 500;
      throw new Refusal(status, err.toString().lines().findFirst().orElse(""), List.of());
    }
    return out.toString().strip().getBytes(UTF_8);
  }

  private byte[] render(String key, Supplier<Object> body) {
    return rendered.computeIfAbsent(key, k -> Json.pretty(body.get()).getBytes(UTF_8));
  }

  private Plan plan(String id) {
    return catalog
        .plan(id)
        .orElseThrow(
            () ->
                new Refusal(
                    404,
                    "No plan is called "
                        + quoted(id)
                        + ". Plans: "
                        + catalog.plans().stream().map(Plan::id).collect(Collectors.joining(", "))
                        + ".",
                    catalog.nearestPlanIds(id, 3)));
  }

  private static Measure measure(Plan plan, String number) {
    int n = number(number, "measure");
    return plan.measure(n)
        .orElseThrow(
            () ->
                new Refusal(
                    404,
                    "Plan "
                        + plan.id()
                        + " has no measure "
                        + n
                        + "; it has "
                        + plan.measures().size()
                        + ".",
                    List.of()));
  }

  private static int project(Plan plan, String number) {
    int n = number(number, "project");
    if (plan.project(n).isEmpty()) {
      throw new Refusal(
          404,
          "Plan " + plan.id() + " has no project " + n + "; it has " + plan.projects().size() + ".",
          List.of());
    }
    return n;
  }

  /** Reads a measure's or a project's number, a positive whole number, or refuses with 400. */
  private static int number(String number, String what) {
    if (number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        int n = Integer.parseInt(number);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException emptyOrBeyondInt) {
        // Refused below, as any other text that is not a positive int.
      }
    }
    throw new Refusal(
        400,
        "A " + what + " number is a positive whole number, not " + quoted(number) + ".",
        List.of());
  }

  private Agency agency(String name) {
    String wanted = name.strip();
    Optional<Agency> agency = catalog.agency(wanted);
    if (agency.isEmpty()) {
      throw new Refusal(
          404, "No body is called " + quoted(wanted) + ".", catalog.nearestNames(wanted, 5));
    }
    return agency.get();
  }

  /** Refuses a search the command line would not make or the limits do not allow. */
  private void checkSearch(String text) {
    if (text.isBlank()) {
      throw new Refusal(400, "search needs a term to look for, e.g. /search?q=展会", List.of());
    }
    if (text.length() > limits.maxQueryChars()) {
      throw new Refusal(
          400,
          "A search is at most "
              + limits.maxQueryChars()
              + " characters long; this one has "
              + text.length()
              + ".",
          List.of());
    }
    int terms = terms(text);
    if (terms > limits.maxTerms()) {
      throw new Refusal(
          400,
          "A search has at most "
              + limits.maxTerms()
              + " terms (words between spaces); this one has "
              + terms
              + ".",
          List.of());
    }
  }

  /** Counts the words between white space, as {@link PlanCatalog#search} splits a query. */
  static int terms(String query) {
    int terms = 0;
    boolean inTerm = false;
    for (int i = 0; i < query.length(); ) {
      int c = query.codePointAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (!space && !inTerm) {
        terms++;
      }
      inTerm = !space;
      i += Character.charCount(c);
    }
    return terms;
  }

  /** Splits a raw path into its decoded segments, leaving out empty ones. */
  static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String segment : rawPath.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(decode(segment, false));
      }
    }
    return segments;
  }

  /** Decodes a raw query into its parameters; refuses a name given twice. */
  static Map<String, String> query(String rawQuery) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : Objects.requireNonNullElse(rawQuery, "").split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] nameAndValue = pair.split("=", 2);
      String name = decode(nameAndValue[0], true);
      String value = nameAndValue.length > 1 ? decode(nameAndValue[1], true) : "";
      if (parameters.putIfAbsent(name, value) != null) {
        throw new Refusal(
            400, "The parameter " + quoted(name) + " is given twice; give it once.", List.of());
      }
    }
    return parameters;
  }

  /**
   * Decodes percent escapes as UTF-8 bytes; in a query, {@code +} is a space too. Refuses with 400
   * a malformed escape or bytes that are not UTF-8.
   */
  static String decode(String raw, boolean plusIsSpace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (low < 0) {
          throw new Refusal(400, "Malformed percent escape in " + quoted(raw) + ".", List.of());
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        int codePoint = raw.codePointAt(i);
        bytes.writeBytes(Character.toString(codePoint).getBytes(UTF_8));
        i += Character.charCount(codePoint) - 1;
      }
    }
    try {
      return UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Refusal(400, quoted(raw) + " does not decode as UTF-8.", List.of());
    }
  }
}
