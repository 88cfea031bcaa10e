package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {
  private final LoadOptions defaults = LoadOptions.defaults();

  @Test
  void defaults_areTheDocumentedLimits() {
    assertThat(defaults.registries()).isEmpty();
    assertThat(defaults.bundledPlans()).isFalse();
    assertThat(defaults.maxBytes()).isEqualTo(4 * 1024 * 1024);
    assertThat(defaults.maxAliases()).isEqualTo(50);
    assertThat(defaults.maxDepth()).isEqualTo(32);
    assertThat(defaults.maxScalarLength()).isEqualTo(64 * 1024);
    assertThat(defaults.maxNodes()).isEqualTo(100_000);
    assertThat(defaults.maxLineLength()).isEqualTo(64 * 1024 + 1024);
  }

  @Test
  void eachWithMethod_changesItsOwnValueOnly() {
    LoadOptions options =
        defaults
            .withRegistry(Path.of("a.yaml"))
            .withRegistry(Path.of("b.yaml"))
            .withBundledPlans(true)
            .withMaxBytes(10)
            .withMaxAliases(0)
            .withMaxDepth(1)
            .withMaxScalarLength(7)
            .withMaxNodes(1);

    assertThat(options.registries()).containsExactly(Path.of("a.yaml"), Path.of("b.yaml"));
    assertThat(options.bundledPlans()).isTrue();
    assertThat(options.maxBytes()).isEqualTo(10);
    assertThat(options.maxAliases()).isZero();
    assertThat(options.maxDepth()).isEqualTo(1);
    assertThat(options.maxScalarLength()).isEqualTo(7);
    assertThat(options.maxNodes()).isEqualTo(1);
    assertThat(options.maxLineLength()).isEqualTo(7 + 1024);
    assertThat(defaults.maxBytes()).isEqualTo(LoadOptions.DEFAULT_MAX_BYTES);
  }

  @Test
  void limitsBelowTheirLeast_areRejected() {
    assertThatThrownBy(() -> defaults.withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBytes must be 1 or more: 0");
    assertThatThrownBy(() -> defaults.withMaxAliases(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAliases must be 0 or more: -1");
    assertThatThrownBy(() -> defaults.withMaxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be 1 or more: 0");
    assertThatThrownBy(() -> defaults.withMaxNodes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNodes must be 1 or more: 0");
    assertThatThrownBy(() -> defaults.withMaxScalarLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxScalarLength must be from 1 to 2147482623: 0");
  }

  @Test
  void aNullRegistry_isRejected_namingIt() {
    assertThatThrownBy(() -> defaults.withRegistry(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("registry");
  }

  @Test
  void theLongestScalar_leavesRoomForTheLineAllowance() {
    assertThat(defaults.withMaxScalarLength(Integer.MAX_VALUE - 1024).maxLineLength())
        .isEqualTo(Integer.MAX_VALUE);
    assertThatThrownBy(() -> defaults.withMaxScalarLength(Integer.MAX_VALUE - 1023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxScalarLength must be from 1 to 2147482623: 2147482624");
  }

  @Test
  void equalOptions_areEqualWithEqualHashCodes_andAnyDifferenceMakesThemUnequal() {
    LoadOptions same = LoadOptions.defaults().withBundledPlans(false);

    assertThat(same).isEqualTo(defaults).hasSameHashCodeAs(defaults);
    assertThat(defaults.withRegistry(Path.of("a.yaml")))
        .isEqualTo(defaults.withRegistry(Path.of("a.yaml")))
        .hasSameHashCodeAs(defaults.withRegistry(Path.of("a.yaml")));
    for (LoadOptions other :
        List.of(
            defaults.withRegistry(Path.of("a.yaml")),
            defaults.withBundledPlans(true),
            defaults.withMaxBytes(1),
            defaults.withMaxAliases(1),
            defaults.withMaxDepth(1),
            defaults.withMaxScalarLength(1),
            defaults.withMaxNodes(1))) {
      assertThat(other).as(other.toString()).isNotEqualTo(defaults);
      assertThat(other.hashCode()).as(other.toString()).isNotEqualTo(defaults.hashCode());
    }
    assertThat(defaults).isNotEqualTo("LoadOptions");
  }

  @Test
  void toString_listsEveryValue() {
    assertThat(defaults.withRegistry(Path.of("a.yaml")))
        .hasToString(
            "LoadOptions{registries=[a.yaml], "
                + "bundledPlans=false, maxBytes=4194304, maxAliases=50, maxDepth=32, maxScalarLength=65536, "
                + "maxNodes=100000}");
  }
}
