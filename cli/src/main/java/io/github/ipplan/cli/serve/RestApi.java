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
import io.github.ipplan.Project;
import io.github.ipplan.ProvisionKind;
import io.github.ipplan.SearchHit;
import io.github.ipplan.cli.console.Text;
import io.github.ipplan.cli.export.BodyCounts;
import io.github.ipplan.cli.export.Json;
import io.github.ipplan.cli.export.PlanCounts;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The REST server's routes, apart from any server: takes a method, a raw (percent-encoded) path and
 * query, and answers with a status and a JSON body in the form the command line writes.
 *
 * <pre>
 * GET /plans                          plans --format json
 * GET /plans/{id}                     one plan in full
 * GET /plans/{id}/measures/{n}        measure {id} {n} --format json
 * GET /bodies                         bodies --format json
 * GET /bodies/{name}                  body {name} --format json (any name of the body)
 * GET /bodies/{name}/leads            leads, participates, involves {name} --format json
 * GET /search?q=...                   search ... --format json
 * </pre>
 *
 * <p>Errors are {@code {"status": 404, "error": "...", "nearest": [...]}}: 404 for an unknown body,
 * plan, measure or route (with the nearest names where there are some), 400 for a bad request (a
 * measure number that is not a positive number, an empty query, a query over {@link
 * ServeLimits#maxQueryChars()} characters or {@link ServeLimits#maxTerms()} terms, a malformed
 * percent escape), 405 for any method but GET. Errors quote at most {@value #MAX_QUOTED} characters
 * of what was sent. Immutable and thread-safe: the catalog is.
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

  RestApi(PlanCatalog catalog) {
    this(catalog, ServeLimits.DEFAULT);
  }

  RestApi(PlanCatalog catalog, ServeLimits limits) {
    this.catalog = catalog;
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
    if (first.equals("plans")) {
      if (size == 1) {
        return render("plans", () -> Json.plans(catalog.plans()));
      }
      Plan plan = plan(path.get(1));
      if (size == 2) {
        return render("plan " + plan.id(), () -> plan);
      }
      if (size == 4 && path.get(2).equals("measures")) {
        Measure measure = measure(plan, path.get(3));
        return render("measure " + measure.id(), () -> measure);
      }
    } else if (first.equals("bodies")) {
      if (size == 1) {
        return render("bodies", () -> Json.bodies(rows()));
      }
      Agency agency = agency(path.get(1));
      String id = agency.id();
      if (size == 2) {
        return render("body " + id, () -> Json.body(agency, PlanCounts.of(catalog, agency)));
      }
      if (size == 3) {
        switch (path.get(2)) {
          case "leads":
            return render("leads " + id, () -> catalog.measuresLedBy(agency));
          case "participates":
            return render("participates " + id, () -> catalog.measuresWithParticipant(agency));
          case "involves":
            return render("involves " + id, () -> catalog.measuresInvolving(agency));
          default:
            break;
        }
      }
    } else if (first.equals("search") && size == 1) {
      String q = query.getOrDefault("q", "");
      byte[] found = searched.getIfPresent(q);
      if (found == null) {
        found = Json.pretty(search(q)).getBytes(UTF_8);
        searched.put(q, found);
      }
      return found;
    }
    throw new Refusal(
        404,
        "No such resource: "
            + quoted("/" + String.join("/", path))
            + ". Resources: /plans, /plans/{id}, /plans/{id}/measures/{n}, /bodies,"
            + " /bodies/{name}, /bodies/{name}/leads, /bodies/{name}/participates,"
            + " /bodies/{name}/involves, /search?q=.",
        List.of());
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
    int n = 0;
    if (!number.isEmpty() && number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        n = Integer.parseInt(number);
      } catch (NumberFormatException e) {
        n = 0;
      }
    }
    if (n <= 0) {
      throw new Refusal(
          400,
          "A measure number is a positive whole number, not " + quoted(number) + ".",
          List.of());
    }
    int wanted = n;
    return plan.measure(wanted)
        .orElseThrow(
            () ->
                new Refusal(
                    404,
                    "Plan "
                        + plan.id()
                        + " has no measure "
                        + wanted
                        + "; it has "
                        + plan.measures().size()
                        + ".",
                    List.of()));
  }

  private Agency agency(String name) {
    String wanted = name.strip();
    Optional<Agency> agency = catalog.agency(wanted);
    if (agency.isEmpty()) {
      String message =
          wanted.length() <= MAX_QUOTED
              ? Text.unknownBody(wanted)
              : "No body is called " + quoted(wanted) + ".";
      throw new Refusal(404, message, catalog.nearestNames(wanted, 5));
    }
    return agency.get();
  }

  private List<BodyCounts> rows() {
    List<BodyCounts> rows = new ArrayList<>();
    for (Agency agency : catalog.agencies()) {
      rows.add(
          new BodyCounts(
              agency,
              catalog.measuresLedBy(agency).size(),
              catalog.measuresWithParticipant(agency).size(),
              catalog.indicatorsFromSource(agency).size()));
    }
    return rows;
  }

  private Object search(String text) {
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
    List<SearchHit> hits;
    try {
      hits = catalog.search(text);
    } catch (IllegalArgumentException e) {
      throw new Refusal(400, "search needs a term to look for, e.g. /search?q=展会", List.of());
    }
    Map<String, Measure> measuresById = new HashMap<>();
    Map<String, Project> projectsById = new HashMap<>();
    for (Plan plan : catalog.plans()) {
      plan.measures().forEach(measure -> measuresById.put(measure.id(), measure));
      plan.projects().forEach(project -> projectsById.put(project.id(), project));
    }
    List<Measure> measures =
        hits.stream()
            .filter(hit -> hit.kind() == ProvisionKind.MEASURE)
            .map(hit -> measuresById.get(hit.id()))
            .toList();
    List<Project> projects =
        hits.stream()
            .filter(hit -> hit.kind() == ProvisionKind.PROJECT)
            .map(hit -> projectsById.get(hit.id()))
            .toList();
    return Json.search(measures, projects, hits);
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

  /** Decodes a raw query into its parameters: the first value of each name. */
  static Map<String, String> query(String rawQuery) {
    Map<String, String> parameters = new HashMap<>();
    if (rawQuery == null) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
      parameters.putIfAbsent(name, value);
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
        byte[] encoded = String.valueOf(c).getBytes(UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          encoded = raw.substring(i, i + 2).getBytes(UTF_8);
          i++;
        }
        bytes.writeBytes(encoded);
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
