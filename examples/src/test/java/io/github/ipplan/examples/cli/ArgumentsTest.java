package io.github.ipplan.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentsTest {
  @TempDir Path dir;

  private Path commandLine(String... entries) throws Exception {
    Path file = dir.resolve("cmdline");
    Files.write(file, (String.join("\0", entries) + "\0").getBytes(UTF_8));
    return file;
  }

  @Test
  void recover_keepsArgumentsThatWereDecoded_withoutReadingTheCommandLine() {
    String[] args = {"leads", "知识产权局"};

    assertThat(Arguments.recover(args, dir.resolve("absent"))).isSameAs(args);
  }

  @Test
  void recover_decodesTheRawCommandLineAsUtf8_whenAnArgumentWasMangled() throws Exception {
    Path file = commandLine("java", "-jar", "ipplan.jar", "leads", "知识产权局");

    assertThat(Arguments.recover(new String[] {"leads", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"}, file))
        .containsExactly("leads", "知识产权局");
  }

  @Test
  void recover_keepsTheArguments_whenTheCommandLineCannotBeRead() {
    String[] args = {"leads", "\uFFFD"};

    assertThat(Arguments.recover(args, dir.resolve("absent"))).isSameAs(args);
  }

  @Test
  void recover_keepsTheArguments_whenTheCommandLineHoldsFewerEntries() throws Exception {
    String[] args = {"leads", "\uFFFD", "--plan", "national-2021-2022"};

    assertThat(Arguments.recover(args, commandLine("java", "leads"))).isSameAs(args);
  }
}
