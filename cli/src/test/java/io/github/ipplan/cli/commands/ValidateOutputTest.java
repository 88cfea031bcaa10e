package io.github.ipplan.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What {@code validate} prints for files that are valid. */
class ValidateOutputTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final Path SAMPLE = Path.of("../examples/samples/national-2024-sample.yaml");
  private static final Path SAMPLE_REGISTRY = Path.of("../examples/samples/sample-agencies.yaml");
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Ipplan.run(CATALOG, args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void validate_asJson_ofValidFiles_saysEveryFileAndTheWholeAreValid() throws Exception {
    assertThat(
            run(
                "--registry",
                SAMPLE_REGISTRY.toString(),
                "validate",
                "--format",
                "json",
                SAMPLE.toString()))
        .isZero();

    assertThat(new ObjectMapper().readTree(out.toString()))
        .isEqualTo(
            new ObjectMapper()
                .readTree(
                    "{\"valid\": true, \"files\": [{\"file\": \""
                        + SAMPLE
                        + "\", \"valid\": true, \"errors\": []}]}"));
    assertThat(err.toString()).isEmpty();
  }
}
