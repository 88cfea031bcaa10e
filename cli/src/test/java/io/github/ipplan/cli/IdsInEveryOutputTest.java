package io.github.ipplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every id any output prints names a value: the rendered text with ids, the JSON of every query
 * command, the JSON, CSV, DOT and GraphML exports and the data package all print ids that {@link
 * PlanCatalog#provision(String)} finds.
 */
class IdsInEveryOutputTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();

  /** A plan id, alone or followed by the steps of an element's place, as a whole word. */
  private static final Pattern ID =
      Pattern.compile(
          "(?<![\\w/-])(?:"
              + CATALOG.plans().stream()
                  .map(plan -> Pattern.quote(plan.id()))
                  .collect(Collectors.joining("|"))
              + ")(?:/[a-z][a-z-]*(?:/[0-9]+)?)*(?![\\w/-])");

  private String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Ipplan.run(() -> CATALOG, args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as("exit code of %s: %s", List.of(args), err).isZero();
    return out.toString();
  }

  private static Set<String> ids(String output) {
    Set<String> ids = new TreeSet<>();
    Matcher matcher = ID.matcher(output);
    while (matcher.find()) {
      ids.add(matcher.group());
    }
    return ids;
  }

  private List<String> outputs(Path dataPackage) throws IOException {
    List<String> outputs = new ArrayList<>();
    for (Plan plan : CATALOG.plans()) {
      String id = plan.id();
      outputs.add(run("text", "--ids", id));
      outputs.add(run("measure", id, "1", "--format", "json"));
      if (!plan.projects().isEmpty()) {
        outputs.add(run("project", id, "1", "--format", "json"));
      }
    }
    for (String body : List.of("知识产权局", "中央宣传部", "市知识产权局")) {
      outputs.add(run("body", body, "--format", "json"));
      outputs.add(run("leads", body, "--format", "json"));
      outputs.add(run("participates", body, "--format", "json"));
      outputs.add(run("involves", body, "--format", "json"));
      outputs.add(run("collaborations", body, "--format", "json"));
    }
    outputs.add(run("plans", "--format", "json"));
    outputs.add(run("bodies", "--format", "json"));
    outputs.add(run("collaborations", "--format", "json"));
    outputs.add(run("indicators", "--format", "json"));
    outputs.add(run("projects", "--format", "json"));
    for (String text : List.of("知识产权", "保护", "意见", "国务院", "2025")) {
      outputs.add(run("search", text, "--format", "json"));
    }
    for (String kind : List.of("json", "csv", "dot", "graphml")) {
      outputs.add(run("export", kind));
    }
    run("export", "datapackage", "-o", dataPackage.toString());
    try (Stream<Path> files = Files.list(dataPackage)) {
      for (Path file : files.sorted().toList()) {
        outputs.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return outputs;
  }

  @Test
  void everyIdPrinted_namesTheValueThatTheCatalogFindsForIt(@TempDir Path dir) throws Exception {
    Set<String> ids = new TreeSet<>();
    outputs(dir.resolve("package")).forEach(output -> ids.addAll(ids(output)));

    List<String> numbered = new ArrayList<>();
    // The plans number 115 and 48 measures, 7 projects and 13 indicators.
    IntStream.rangeClosed(1, 115).forEach(n -> numbered.add("national-2021-2022/measure/" + n));
    IntStream.rangeClosed(1, 48).forEach(n -> numbered.add("guangzhou-2021-2025/measure/" + n));
    IntStream.rangeClosed(1, 7).forEach(n -> numbered.add("guangzhou-2021-2025/project/" + n));
    IntStream.rangeClosed(1, 13).forEach(n -> numbered.add("guangzhou-2021-2025/indicator/" + n));
    assertThat(ids)
        .as("ids found")
        .hasSizeGreaterThan(250)
        .containsAll(numbered)
        .contains(
            "national-2021-2022",
            "national-2021-2022/measure/27",
            "national-2021-2022/part/1/section/2",
            "guangzhou-2021-2025/indicator/3");
    assertThat(ids.stream().filter(id -> CATALOG.provision(id).isEmpty()))
        .as("ids printed that name nothing")
        .isEmpty();
  }

  @Test
  void theDataPackage_namesHeadingsByTheirPlaceUnderEachHeading(@TempDir Path dir)
      throws Exception {
    run("export", "datapackage", "-o", dir.resolve("package").toString());

    String headings = Files.readString(dir.resolve("package/headings.csv"));
    String measures = Files.readString(dir.resolve("package/measures.csv"));

    assertThat(headings)
        .contains("\nnational-2021-2022/part/1,national-2021-2022,,1,1,part,一,一、,完善知识产权制度,")
        .contains(
            "\nnational-2021-2022/part/1/section/3,national-2021-2022,national-2021-2022/part/1,2,3,section,三,（三）,完善新兴领域和特定领域知识产权规则,")
        .doesNotContain("/heading/");
    assertThat(measures)
        .contains(
            "\nnational-2021-2022/measure/20,national-2021-2022,20,national-2021-2022/part/1/section/3,");
  }
}
