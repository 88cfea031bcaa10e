package io.github.ipplan.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

class DotTest {
  @Test
  void id_isAQuotedString_withQuotesAndBackslashesEscaped() {
    assertThat(Dot.id("知识产权局")).isEqualTo("\"知识产权局\"");
    assertThat(Dot.id("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
  }

  @Test
  void network_ofNoPlans_isAnEmptyGraph() {
    PlanCatalog catalog = BundledPlans.load();

    assertThat(Dot.network(catalog, List.of()))
        .isEqualTo("graph collaborations {\n  node [shape=box];\n}\n");
  }
}
