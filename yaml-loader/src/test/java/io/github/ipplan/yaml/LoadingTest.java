package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.PlanCatalog;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadingTest {
  @Test
  void aBundledResourceMissingFromTheJar_isAnIllegalState() {
    assertThatThrownBy(() -> Loading.resource("no-such-plan.yaml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Bundled resource missing from the jar: no-such-plan.yaml");
  }

  @Test
  void aBundledResource_isReadWhole_andMarkedBundled() {
    Loading.Source registry = Loading.resource(Loading.REGISTRY_RESOURCE);

    assertThat(registry.name()).isEqualTo("agencies.yaml");
    assertThat(registry.bundled()).isTrue();
    assertThat(new String(registry.bytes(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("id: cnipa");
  }

  @Test
  void load_takesAListOfFiles_asWellAsAnArray() throws Exception {
    Path plan = Path.of(LoadingTest.class.getResource("/valid/small-plan.yaml").toURI());

    PlanCatalog fromList = PlanLoader.load(List.of(plan));

    assertThat(fromList.plans())
        .singleElement()
        .satisfies(p -> assertThat(p.id()).isEqualTo("sample-2023"));
    assertThat(fromList.plans()).isEqualTo(PlanLoader.load(plan).plans());
  }

  @Test
  void aFileOfExactlyTheLimit_isRead() throws URISyntaxException, java.io.IOException {
    Path plan = Path.of(LoadingTest.class.getResource("/valid/small-plan.yaml").toURI());
    int size = (int) java.nio.file.Files.size(plan);

    assertThat(PlanLoader.load(LoadOptions.defaults().withMaxBytes(size), plan).plans()).hasSize(1);
    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withMaxBytes(size - 1), plan))
        .isInstanceOf(PlanLoadException.class)
        .hasMessage(
            plan + ":0:0: the file has more than the limit of " + (size - 1) + " bytes, at $");
  }
}
