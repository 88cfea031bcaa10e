package io.github.ipplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ipplan.PlanCatalog;
import io.github.ipplan.yaml.BundledPlans;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The limits' arithmetic, and Jackson constraints that hold the parser to the same limits. */
class LimitsTest {
  private static final ObjectMapper CONSTRAINED =
      new ObjectMapper(
              JsonFactory.builder().streamReadConstraints(IpplanModule.readConstraints()).build())
          .registerModule(new IpplanModule());

  @Test
  void plainLength_countsTheDigitsSignAndPointOfThePlainForm() {
    assertThat(Limits.plainLength(new BigDecimal("0"))).isEqualTo(1); // 0
    assertThat(Limits.plainLength(new BigDecimal("160"))).isEqualTo(3); // 160
    assertThat(Limits.plainLength(new BigDecimal("1.6e2"))).isEqualTo(3); // 160
    assertThat(Limits.plainLength(new BigDecimal("-1e3"))).isEqualTo(5); // -1000
    assertThat(Limits.plainLength(new BigDecimal("12.5"))).isEqualTo(4); // 12.5
    assertThat(Limits.plainLength(new BigDecimal("-12.5"))).isEqualTo(5); // -12.5
    assertThat(Limits.plainLength(new BigDecimal("0.5"))).isEqualTo(3); // 0.5
    assertThat(Limits.plainLength(new BigDecimal("0.05"))).isEqualTo(4); // 0.05
    assertThat(Limits.plainLength(new BigDecimal("-0.05"))).isEqualTo(5); // -0.05
    assertThat(Limits.plainLength(new BigDecimal("0.00"))).isEqualTo(4); // 0.00
    assertThat(Limits.plainLength(new BigDecimal("1.25"))).isEqualTo(4); // 1.25
    for (String number : new String[] {"0.125", "-7.5", "123.45", "1e5", "-2.5e-3", "9e-1"}) {
      BigDecimal value = new BigDecimal(number);
      assertThat(Limits.plainLength(value)).as(number).isEqualTo(value.toPlainString().length());
    }
  }

  @Test
  void step_showsShortPlainKeysAsFieldsAndQuotesTheRest() {
    assertThat(Limits.step("plans")).isEqualTo(".plans");
    assertThat(Limits.step("a1")).isEqualTo(".a1");
    assertThat(Limits.step("")).isEqualTo("['']");
    assertThat(Limits.step("1a")).isEqualTo("['1a']");
    assertThat(Limits.step("a-b")).isEqualTo("['a-b']");
    assertThat(Limits.step("知识产权")).isEqualTo("['知识产权']");
  }

  @Test
  void readConstraints_areTheReadersLimits() {
    StreamReadConstraints constraints = IpplanModule.readConstraints();
    assertThat(constraints.getMaxDocumentLength()).isEqualTo(16L * 1024 * 1024);
    assertThat(constraints.getMaxNestingDepth()).isEqualTo(32);
    assertThat(constraints.getMaxStringLength()).isEqualTo(65_536);
    assertThat(constraints.getMaxNameLength()).isEqualTo(65_536);
    assertThat(constraints.getMaxNumberLength())
        .isEqualTo(StreamReadConstraints.defaults().getMaxNumberLength());
  }

  @Test
  void aConstrainedMapper_readsTheBundledCatalog() throws Exception {
    PlanCatalog catalog = BundledPlans.load();
    assertThat(CONSTRAINED.readValue(Json.write(catalog), PlanCatalog.class).plans())
        .isEqualTo(catalog.plans());
  }

  @Test
  void aConstrainedMapper_stopsTheParserAtALimit() {
    String text = "{\"bodies\": [], \"plans\": [], \"x\": \"" + "知".repeat(65_537) + "\"}";
    assertThatThrownBy(() -> CONSTRAINED.readValue(text, PlanCatalog.class))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("65537")
        .hasMessageContaining("65536");
    String deep = "{\"x\":" + "[".repeat(32) + "]".repeat(32) + "}";
    assertThatThrownBy(() -> CONSTRAINED.readValue(deep, PlanCatalog.class))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("(33)")
        .hasMessageContaining("maximum allowed (32,");
  }
}
