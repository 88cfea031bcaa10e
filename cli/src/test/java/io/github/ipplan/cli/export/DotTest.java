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

  @Test
  void network_hasEachBodyWithAPartnerOnce_inRegistryOrder_thenTheEdges() {
    PlanCatalog catalog = BundledPlans.load();
    String dot = Dot.network(catalog, List.of(catalog.plan("national-2021-2022").orElseThrow()));

    List<String> lines = dot.lines().toList();
    List<String> nodes = lines.stream().filter(line -> line.contains(" [label=")).toList();
    // 中央组织部, the registry's first body, shares task 99 with 知识产权局.
    assertThat(lines.get(2)).isEqualTo("  \"cpc-organization-department\" [label=\"中央组织部\"];");
    assertThat(nodes).doesNotHaveDuplicates().hasSizeGreaterThan(2);
    List<Integer> order =
        nodes.stream()
            .map(line -> line.substring(3, line.indexOf('"', 3)))
            .map(id -> catalog.agencies().indexOf(catalog.agency(id).orElseThrow()))
            .toList();
    assertThat(order).isSorted();
    assertThat(lines.subList(2, 2 + nodes.size())).isEqualTo(nodes);
    assertThat(lines)
        .contains("  \"cpc-organization-department\" -- \"cnipa\" [weight=1, label=\"1\"];")
        .last()
        .isEqualTo("}");
    long edges = lines.stream().filter(line -> line.contains(" -- ")).count();
    assertThat((long) lines.size()).isEqualTo(3 + nodes.size() + edges);
  }

  @Test
  void network_hasANodeForABodyNamedOnlyAfterItsPartner() {
    // Task 111 names 联席会议办公室, then 联席会议成员单位, which no other task names.
    PlanCatalog catalog = BundledPlans.load();
    String dot = Dot.network(catalog, List.of(catalog.plan("national-2021-2022").orElseThrow()));

    assertThat(dot)
        .contains("\n  \"joint-conference-members\" [label=\"联席会议成员单位\"];\n")
        .contains(
            "\n  \"joint-conference-office\" -- \"joint-conference-members\" [weight=1,"
                + " label=\"1\"];\n");
  }
}
