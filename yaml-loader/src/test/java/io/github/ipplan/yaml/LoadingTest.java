package io.github.ipplan.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ipplan.PlanCatalog;
import java.net.URISyntaxException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void aDirectory_isRefusedNamingIt(@TempDir Path dir) {
    assertThatThrownBy(() -> PlanLoader.load(dir))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(dir + ": it is a directory, not a regular file");
  }

  @Test
  void aDevice_isRefusedNamingIt_asAPlanAndAsARegistry() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));

    assertThatThrownBy(() -> PlanLoader.check(LoadOptions.defaults(), zero))
        .isInstanceOf(FileSystemException.class)
        .hasMessage("/dev/zero: it is a device, not a regular file");
    assertThatThrownBy(() -> PlanLoader.load(LoadOptions.defaults().withRegistry(zero)))
        .isInstanceOf(FileSystemException.class)
        .hasMessage("/dev/zero: it is a device, not a regular file");
  }

  @Test
  @Timeout(10)
  void aFifoWithNoWriter_isRefusedAtOnce_asAFileAndAsARegistry(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("plan.yaml");
    assumeTrue(mkfifo(fifo));
    Path plan = Path.of(LoadingTest.class.getResource("/valid/small-plan.yaml").toURI());

    long start = System.nanoTime();
    assertThatThrownBy(() -> PlanLoader.load(fifo))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(fifo + ": it is a FIFO (named pipe), not a regular file");
    assertThatThrownBy(() -> PlanLoader.check(LoadOptions.defaults().withRegistry(fifo), plan))
        .hasMessage(fifo + ": it is a FIFO (named pipe), not a regular file");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void aSymbolicLinkToAPlan_isRead(@TempDir Path dir) throws Exception {
    Path plan =
        Files.copy(
            Path.of(LoadingTest.class.getResource("/valid/small-plan.yaml").toURI()),
            dir.resolve("small-plan.yaml"));
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("link.yaml"), plan);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      assumeTrue(false, "no symbolic links here");
      return;
    }

    assertThat(PlanLoader.load(link).plans()).hasSize(1);
  }

  @Test
  void aReadThatFails_namesTheFile() {
    // Linux: a regular file whose first page is not mapped, so that reading it fails.
    Path memory = Path.of("/proc/self/mem");
    assumeTrue(Files.isRegularFile(memory));

    assertThatThrownBy(() -> PlanLoader.load(memory))
        .isInstanceOf(FileSystemException.class)
        .hasMessage("/proc/self/mem: Input/output error")
        .hasCauseInstanceOf(java.io.IOException.class);
  }

  @Test
  void eachKindOfSpecialFile_isNamed() {
    assertThat(Loading.kind(0010644)).isEqualTo("a FIFO (named pipe)");
    assertThat(Loading.kind(0020666)).isEqualTo("a device");
    assertThat(Loading.kind(0060660)).isEqualTo("a device");
    assertThat(Loading.kind(0140755)).isEqualTo("a socket");
    assertThat(Loading.kind(0120777)).isEqualTo("a special file");
    assertThat(Loading.kind(0170000 | 0010000)).isEqualTo("a special file");
  }

  /** Makes a FIFO with mkfifo(1); false where there is none. */
  static boolean mkfifo(Path fifo) throws InterruptedException {
    try {
      Process process =
          new ProcessBuilder("mkfifo", fifo.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
