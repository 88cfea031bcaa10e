package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ipplan.Agency;
import io.github.ipplan.Plan;
import io.github.ipplan.PlanCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledCatalogTest {
  private static final PlanCatalog FROM_YAML = BundledPlans.fromYaml();

  @Test
  void bundledCatalog_equalsTheCatalogTheYamlGives_valueForValue() {
    PlanCatalog compiled = BundledPlans.load();

    assertThat(compiled.agencies()).hasSize(51).containsExactlyElementsOf(FROM_YAML.agencies());
    for (int i = 0; i < FROM_YAML.agencies().size(); i++) {
      Agency expected = FROM_YAML.agencies().get(i);
      Agency actual = compiled.agencies().get(i);
      assertThat(actual.aliases()).as(expected.id()).isEqualTo(expected.aliases());
      assertThat(actual.names()).as(expected.id()).isEqualTo(expected.names());
      assertThat(actual.notes()).as(expected.id()).isEqualTo(expected.notes());
    }
    assertThat(compiled.plans())
        .extracting(Plan::id)
        .containsExactly("national-2021-2022", "guangzhou-2021-2025");
    for (int i = 0; i < FROM_YAML.plans().size(); i++) {
      Plan expected = FROM_YAML.plans().get(i);
      Plan actual = compiled.plans().get(i);
      assertThat(actual.outline()).as(expected.id()).isEqualTo(expected.outline());
      assertThat(actual.measures()).as(expected.id()).isEqualTo(expected.measures());
      assertThat(actual.projects()).as(expected.id()).isEqualTo(expected.projects());
      assertThat(actual.indicators()).as(expected.id()).isEqualTo(expected.indicators());
      assertThat(actual.notice()).as(expected.id()).isEqualTo(expected.notice());
      assertThat(actual.notes()).as(expected.id()).isEqualTo(expected.notes());
      assertThat(actual).as(expected.id()).isEqualTo(expected);
    }
    assertThat(compiled.plans().get(0).measures()).hasSize(115);
    assertThat(compiled.plans().get(1).measures()).hasSize(48);
    assertThat(compiled.plans().get(1).projects()).hasSize(7);
    assertThat(compiled.plans().get(1).indicators()).hasSize(13);
  }

  @Test
  void bundledCatalog_answersQueriesAsTheCatalogTheYamlGives() {
    PlanCatalog compiled = BundledPlans.load();

    for (Agency agency : FROM_YAML.agencies()) {
      assertThat(compiled.measuresLedBy(agency)).isEqualTo(FROM_YAML.measuresLedBy(agency));
      assertThat(compiled.measuresInvolving(agency)).isEqualTo(FROM_YAML.measuresInvolving(agency));
      assertThat(compiled.indicatorsFromSource(agency))
          .isEqualTo(FROM_YAML.indicatorsFromSource(agency));
      for (String name : agency.names()) {
        assertThat(compiled.agency(name)).contains(agency);
      }
      for (String alias : agency.aliases()) {
        assertThat(compiled.agency(alias)).contains(agency);
      }
    }
    assertThat(compiled.agency("国知局").map(Agency::id)).contains("cnipa");
  }

  @Test
  void resourceInTheBuild_isWhatTheBundledYamlCompilesTo() throws IOException {
    byte[] shipped;
    try (InputStream in = CompiledCatalog.class.getResourceAsStream(CompiledCatalog.RESOURCE)) {
      assertThat(in).as("the build writes " + CompiledCatalog.RESOURCE).isNotNull();
      shipped = in.readAllBytes();
    }

    assertThat(shipped)
        .as("the compiled catalog is stale: rebuild (mvn process-classes) after changing the YAML")
        .isEqualTo(CatalogWriter.write(FROM_YAML));
  }

  @Test
  void main_writesTheCompiledCatalog_creatingItsDirectory(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a/b/bundled.bin");

    CompiledCatalog.main(new String[] {file.toString()});

    assertThat(Files.readAllBytes(file)).isEqualTo(CatalogWriter.write(FROM_YAML));
  }

  @Test
  void main_withoutOneFile_saysHowToCallIt() {
    assertThatThrownBy(() -> CompiledCatalog.main(new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Usage: CompiledCatalog FILE");
    assertThatThrownBy(() -> CompiledCatalog.main(new String[] {"a", "b"}))
        .hasMessage("Usage: CompiledCatalog FILE");
  }

  @Test
  void load_missingResource_isABrokenJar() {
    assertThatThrownBy(() -> CompiledCatalog.load("missing.bin"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The compiled bundled catalog missing.bin is missing from the jar; rebuild it");
  }
}
