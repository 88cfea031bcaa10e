package io.github.ipplan.cli.console;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files written whole or not at all, and the failures that leave the old file as it was. */
class AtomicFilesTest {
  @TempDir Path dir;

  /** Content that writes some bytes, then fails as a full disk does. */
  private static final AtomicFiles.Content DISK_FULL =
      out -> {
        out.write("{\"plans\": [".getBytes(UTF_8));
        out.flush();
        throw new IOException("No space left on device");
      };

  private List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  private static Failure failure(Runnable write) {
    try {
      write.run();
    } catch (Failure failure) {
      return failure;
    }
    throw new AssertionError("the write did not fail");
  }

  @Test
  void writeString_createsTheFile_andLeavesNothingElse() throws IOException {
    Path file = dir.resolve("x.json");

    AtomicFiles.writeString(file, "知识产权\n");

    assertThat(Files.readString(file)).isEqualTo("知识产权\n");
    assertThat(names(dir)).containsExactly("x.json");
  }

  @Test
  void writeString_replacesTheOldFile_keepingItsPermissions() throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "old content that is longer");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    AtomicFiles.writeString(file, "new");

    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(names(dir)).containsExactly("x.json");
  }

  @Test
  void aWriteThatFails_leavesTheOldFile_andNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "the good copy");

    Failure failure = failure(() -> AtomicFiles.write(file, DISK_FULL));

    assertThat(failure.code()).isEqualTo(ExitCode.INVALID_FILE);
    assertThat(failure).hasMessage("Cannot write " + file + ": No space left on device");
    assertThat(Files.readString(file)).isEqualTo("the good copy");
    assertThat(names(dir)).containsExactly("x.json");
  }

  @Test
  void aWriteThatFails_createsNoFile() throws IOException {
    Path file = dir.resolve("x.json");

    failure(() -> AtomicFiles.write(file, DISK_FULL));

    assertThat(names(dir)).isEmpty();
  }

  @Test
  void anUnexpectedException_alsoRemovesTheTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "the good copy");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write('x');
                      throw new IllegalStateException("a bug");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(Files.readString(file)).isEqualTo("the good copy");
    assertThat(names(dir)).containsExactly("x.json");
  }

  @Test
  void aDirectoryThatCannotBeWritten_leavesTheOldFile() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Path file = Files.writeString(locked.resolve("x.json"), "the good copy");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeTrue(!Files.isWritable(locked), "running as a user who can write anywhere");

      Failure failure = failure(() -> AtomicFiles.writeString(file, "new"));

      assertThat(failure).hasMessage("Cannot write " + file + ": permission denied");
      assertThat(failure.code()).isEqualTo(ExitCode.INVALID_FILE);
      assertThat(Files.readString(file)).isEqualTo("the good copy");
      assertThat(names(locked)).containsExactly("x.json");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aMissingDirectory_isNamed() {
    Path file = dir.resolve("no/such/x.json");

    assertThat(failure(() -> AtomicFiles.writeString(file, "x")))
        .hasMessage(
            "Cannot write "
                + file
                + ": the directory "
                + dir.resolve("no/such")
                + " does not exist");
  }

  @Test
  void aDirectoryInTheTargetsPlace_isRefused() throws IOException {
    Path taken = Files.createDirectory(dir.resolve("x.json"));

    assertThat(failure(() -> AtomicFiles.writeString(taken, "x")))
        .hasMessage("Cannot write " + taken + ": it is a directory, not a regular file");
    assertThat(names(taken)).isEmpty();
  }

  @Test
  @Timeout(10)
  void aFifoInTheTargetsPlace_isRefusedAtOnce_andKept() throws Exception {
    Path fifo = dir.resolve("x.json");
    assumeTrue(Fifo.make(fifo));

    long start = System.nanoTime();
    Failure failure = failure(() -> AtomicFiles.writeString(fifo, "x"));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(failure)
        .hasMessage(
            "Cannot write " + fifo + ": it is a FIFO, a device or a socket, not a regular file");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
  }

  @Test
  void aSymbolicLink_isFollowed_andKept() throws IOException {
    Path file = Files.writeString(dir.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), file.getFileName());

    AtomicFiles.writeString(link, "new");

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(names(dir)).containsExactly("link.json", "real.json");
  }

  @Test
  void aSymbolicLinkThatLeadsNowhere_isReplacedByTheFile() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("absent"));

    AtomicFiles.writeString(link, "new");

    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(Files.readString(link)).isEqualTo("new");
  }

  private static Map<String, AtomicFiles.Content> files(String... namesAndTexts) {
    Map<String, AtomicFiles.Content> files = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      files.put(namesAndTexts[i], AtomicFiles.utf8(namesAndTexts[i + 1]));
    }
    return files;
  }

  @Test
  void writeDirectory_createsTheDirectoryWithEveryFile() throws IOException {
    Path target = dir.resolve("a/b/package");

    AtomicFiles.writeDirectory(target, files("one.csv", "1\n", "two.csv", "2\n"));

    assertThat(names(target)).containsExactly("one.csv", "two.csv");
    assertThat(Files.readString(target.resolve("two.csv"))).isEqualTo("2\n");
    assertThat(names(dir.resolve("a/b"))).containsExactly("package");
  }

  @Test
  void writeDirectory_thatFails_leavesNoDirectory() throws IOException {
    Path target = dir.resolve("package");
    Map<String, AtomicFiles.Content> files = files("one.csv", "1\n");
    files.put("two.csv", DISK_FULL);

    Failure failure = failure(() -> AtomicFiles.writeDirectory(target, files));

    assertThat(failure).hasMessage("Cannot write " + target + ": No space left on device");
    assertThat(failure.code()).isEqualTo(ExitCode.INVALID_FILE);
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void writeDirectory_intoAnExistingDirectory_replacesItsFiles_andKeepsTheOthers()
      throws IOException {
    Path target = Files.createDirectory(dir.resolve("package"));
    Files.writeString(target.resolve("one.csv"), "old 1");
    Files.writeString(target.resolve("mine.txt"), "mine");

    AtomicFiles.writeDirectory(target, files("one.csv", "1\n", "two.csv", "2\n"));

    assertThat(names(target)).containsExactly("mine.txt", "one.csv", "two.csv");
    assertThat(Files.readString(target.resolve("one.csv"))).isEqualTo("1\n");
    assertThat(Files.readString(target.resolve("mine.txt"))).isEqualTo("mine");
  }

  @Test
  void writeDirectory_thatFails_leavesTheOldFilesAsTheyWere() throws IOException {
    Path target = Files.createDirectory(dir.resolve("package"));
    Files.writeString(target.resolve("one.csv"), "old 1");
    Files.writeString(target.resolve("two.csv"), "old 2");
    Map<String, AtomicFiles.Content> files = files("one.csv", "1\n");
    files.put("two.csv", DISK_FULL);

    failure(() -> AtomicFiles.writeDirectory(target, files));

    assertThat(names(target)).containsExactly("one.csv", "two.csv");
    assertThat(Files.readString(target.resolve("one.csv"))).isEqualTo("old 1");
    assertThat(Files.readString(target.resolve("two.csv"))).isEqualTo("old 2");
  }

  @Test
  void writeDirectory_overAFile_isRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");

    assertThat(failure(() -> AtomicFiles.writeDirectory(file, files("one.csv", "1\n"))))
        .hasMessage("Cannot write " + file + ": it is not a directory");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void writeDirectory_whereAFileWouldReplaceADirectory_writesNothing() throws IOException {
    Path target = Files.createDirectory(dir.resolve("package"));
    Files.writeString(target.resolve("one.csv"), "old 1");
    Files.createDirectory(target.resolve("two.csv"));

    assertThat(
            failure(
                () -> AtomicFiles.writeDirectory(target, files("one.csv", "1", "two.csv", "2"))))
        .hasMessage(
            "Cannot write "
                + target.resolve("two.csv")
                + ": it is a directory, not a regular file");
    assertThat(names(target)).containsExactly("one.csv", "two.csv");
    assertThat(Files.readString(target.resolve("one.csv"))).isEqualTo("old 1");
  }

  @Test
  void reason_namesNoTemporaryFile() {
    Path target = dir.resolve("x.json");

    assertThat(AtomicFiles.reason(target, new AccessDeniedException("/d/.ipplan-1.tmp")))
        .isEqualTo("permission denied");
    assertThat(
            AtomicFiles.reason(
                target, new FileSystemException("/d/.ipplan-1.tmp", null, "Read-only file system")))
        .isEqualTo("Read-only file system");
    assertThat(AtomicFiles.reason(target, new NoSuchFileException("/d/.ipplan-1.tmp")))
        .isEqualTo("no such file or directory");
    assertThat(AtomicFiles.reason(target, new FileSystemException("/d/.ipplan-1.tmp")))
        .isEqualTo("FileSystemException");
    assertThat(AtomicFiles.reason(target, new IOException())).isEqualTo("IOException");
  }

  /** Content that records, while it is written, what the directories hold, then writes the text. */
  private AtomicFiles.Content recording(List<String> seen, Path... directories) {
    return out -> {
      for (Path directory : directories) {
        seen.add(directory.getFileName() + ": " + String.join(" ", names(directory)));
      }
      out.write("1\n".getBytes(UTF_8));
    };
  }

  @Test
  void writeDirectory_intoAnExistingDirectory_stagesTheFilesInsideIt() throws IOException {
    Path target = Files.createDirectory(dir.resolve("package"));
    List<String> seen = new java.util.ArrayList<>();

    AtomicFiles.writeDirectory(target, Map.of("one.csv", recording(seen, dir, target)));

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isEqualTo(dir.getFileName() + ": package");
    assertThat(seen.get(1)).matches("package: \\.ipplan-[0-9a-f]{16}\\.tmp");
    assertThat(names(target)).containsExactly("one.csv");
    assertThat(names(dir)).containsExactly("package");
  }

  @Test
  void writeDirectory_ofANewDirectory_stagesItBesideTheTarget() throws IOException {
    Path target = dir.resolve("package");
    List<String> seen = new java.util.ArrayList<>();

    AtomicFiles.writeDirectory(target, Map.of("one.csv", recording(seen, dir)));

    assertThat(seen).singleElement().asString().matches(".*: \\.ipplan-[0-9a-f]{16}\\.tmp");
    assertThat(names(dir)).containsExactly("package");
    assertThat(Files.readString(target.resolve("one.csv"))).isEqualTo("1\n");
  }

  @Test
  void writeDirectory_replacingAFile_keepsItsPermissions() throws IOException {
    Path target = Files.createDirectory(dir.resolve("package"));
    Path one = Files.writeString(target.resolve("one.csv"), "old 1");
    Files.setPosixFilePermissions(one, PosixFilePermissions.fromString("rw-------"));

    AtomicFiles.writeDirectory(target, files("one.csv", "1\n"));

    assertThat(Files.readString(one)).isEqualTo("1\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(one)))
        .isEqualTo("rw-------");
  }
}
