package io.github.ipplan.json;

import static io.github.ipplan.json.Json.MAPPER;
import static io.github.ipplan.testing.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import io.github.ipplan.yaml.testing.RandomPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A catalog written and read back is equal to the one written: the same bodies, equal plans. */
class RoundTripTest {
  private static final PlanCatalog BUNDLED = BundledPlans.load();

  private static PlanCatalog roundTrip(PlanCatalog catalog) throws Exception {
    String json = Json.writeValid("catalog", catalog);
    return MAPPER.readValue(json, PlanCatalog.class);
  }

  @Test
  void theBundledCatalog_readsBackEqual() throws Exception {
    PlanCatalog again = roundTrip(BUNDLED);

    assertThat(again.agencies()).isEqualTo(BUNDLED.agencies());
    assertThat(again.plans()).isEqualTo(BUNDLED.plans());
    assertThat(again.plans()).hasSize(2);
    assertThat(again.plans().get(0).measures().size() + again.plans().get(1).measures().size())
        .isEqualTo(115 + 48);
    assertThat(Json.write(again)).isEqualTo(Json.write(BUNDLED));
  }

  @Test
  void theBundledCatalog_readsBackEqual_fromPrettyJson_whateverTheMappersSettings()
      throws Exception {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new IpplanModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    String pretty = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(BUNDLED);

    PlanCatalog again = mapper.readValue(pretty, PlanCatalog.class);

    assertThat(again.plans()).isEqualTo(BUNDLED.plans());
    assertThat(
            new ObjectMapper()
                .registerModule(new IpplanModule())
                .readValue(pretty, PlanCatalog.class)
                .plans())
        .isEqualTo(BUNDLED.plans());
  }

  @Test
  void aCatalogInsideAnotherDocument_isReadInPlace() throws Exception {
    String json = "{\"before\": 1, \"catalog\": " + Json.write(BUNDLED) + ", \"after\": [2]}";

    Wrapper wrapper = MAPPER.readValue(json, Wrapper.class);

    assertThat(wrapper.catalog.plans()).isEqualTo(BUNDLED.plans());
    assertThat(wrapper.after).containsExactly(2);
  }

  /** A document that holds a catalog among other fields. */
  static final class Wrapper {
    public int before;
    public PlanCatalog catalog = PlanCatalog.of(List.of(), List.of());
    public List<Integer> after = List.of();
  }

  @Test
  void randomPlans_readBackEqual() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Plan plan = RandomPlans.generate(seed, BUNDLED.agencies());
              PlanCatalog catalog = PlanCatalog.of(BUNDLED.agencies(), List.of(plan));
              String json = Json.writeValid("catalog", catalog);
              PlanCatalog again;
              try {
                again = MAPPER.readValue(json, PlanCatalog.class);
              } catch (Exception e) {
                throw new AssertionError(
                    "plan from seed " + seed + " did not read back: " + json, e);
              }
              assertThat(again.plans())
                  .as("plan from seed %s, written as %s", seed, json)
                  .containsExactly(plan);
              assertThat(again.agencies()).isEqualTo(BUNDLED.agencies());
            });
  }
}
