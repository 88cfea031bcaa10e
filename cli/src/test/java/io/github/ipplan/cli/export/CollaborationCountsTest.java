package io.github.ipplan.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.Agency;
import io.github.ipplan.Measure;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.cli.export.CollaborationCounts.Collaboration;
import io.github.ipplan.yaml.BundledPlans;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollaborationCountsTest {
  private static final PlanCatalog CATALOG = BundledPlans.load();
  private static final List<Measure> NATIONAL =
      CATALOG.plan("national-2021-2022").orElseThrow().measures();
  private static final Agency ORGANIZATION = CATALOG.agency("中央组织部").orElseThrow();
  private static final Agency CNIPA = CATALOG.agency("知识产权局").orElseThrow();

  @Test
  void of_aBodyNamedInOneTask_hasItsPartnersThere_andWhoLeadsIt() {
    // 99. 加大知识产权人才引进培养支持力度。…（中央组织部、知识产权局负责）: the only task naming 中央组织部.
    assertThat(CollaborationCounts.of(NATIONAL, ORGANIZATION))
        .containsExactly(new Collaboration(ORGANIZATION, CNIPA, 1, 1, 0));
  }

  @Test
  void of_putsTheMostSharedPartnersFirst() {
    List<Collaboration> partners = CollaborationCounts.of(NATIONAL, CNIPA);

    assertThat(partners).hasSizeGreaterThan(2);
    assertThat(partners)
        .isSortedAccordingTo(Comparator.comparingInt(Collaboration::shared).reversed());
    assertThat(partners.get(0).shared()).isGreaterThan(partners.get(partners.size() - 1).shared());
    assertThat(partners).contains(new Collaboration(CNIPA, ORGANIZATION, 1, 0, 1));
  }

  @Test
  void network_hasEachPairOnce_theBodyFirstInTheRegistryFirst_mostSharedFirst() {
    List<Collaboration> pairs = CollaborationCounts.network(CATALOG, NATIONAL);

    assertThat(pairs)
        .isSortedAccordingTo(Comparator.comparingInt(Collaboration::shared).reversed());
    assertThat(pairs.get(0).shared()).isGreaterThan(pairs.get(pairs.size() - 1).shared());
    assertThat(pairs.stream().filter(pair -> pair.partner().equals(ORGANIZATION))).isEmpty();
    assertThat(pairs.stream().filter(pair -> pair.body().equals(ORGANIZATION)))
        .containsExactly(new Collaboration(ORGANIZATION, CNIPA, 1, 1, 0));
    assertThat(pairs)
        .allMatch(
            pair ->
                CATALOG.agencies().indexOf(pair.body())
                    < CATALOG.agencies().indexOf(pair.partner()));
  }

  @Test
  void collaborations_asJson_areOneObjectPerPair() {
    assertThat(Json.pretty(Json.collaborations(CollaborationCounts.of(NATIONAL, ORGANIZATION))))
        .isEqualToIgnoringWhitespace(
            "[{\"body\":\"cpc-organization-department\",\"partner\":\"cnipa\",\"shared\":1,"
                + "\"ledByBody\":1,\"ledByPartner\":0}]");
  }
}
