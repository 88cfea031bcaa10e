package io.github.ipplan.cli;

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
  void recover_keepsArgumentsThatWereDecoded_evenWhereTheCommandLineLinesUpWithThem()
      throws Exception {
    String[] args = {"leads", "知识产权局"};

    assertThat(Arguments.recover(args, commandLine("java", "leads", "知识产权局"))).isSameAs(args);
  }

  @Test
  void recover_ofThisProcess_keepsArgumentsThatWereDecoded() {
    String[] args = {"plans", "--json"};

    assertThat(Arguments.recover(args)).isSameAs(args);
  }

  @Test
  void recover_decodesTheCommandLine_whenItHoldsTheArgumentsAndNothingElse() throws Exception {
    Path file = commandLine("leads", "知识产权局");

    assertThat(Arguments.recover(new String[] {"leads", "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD"}, file))
        .containsExactly("leads", "知识产权局");
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

  @Test
  void recover_keepsATrailingEmptyArgument() throws Exception {
    Path file = commandLine("java", "-jar", "ipplan.jar", "search", "知识产权", "");

    assertThat(Arguments.recover(new String[] {"search", "\uFFFD\uFFFD\uFFFD\uFFFD", ""}, file))
        .containsExactly("search", "知识产权", "");
  }

  @Test
  void recover_keepsEmptyArguments_wherever_theyStand() throws Exception {
    Path file = commandLine("java", "-jar", "ipplan.jar", "", "search", "", "知识产权", "", "");

    assertThat(Arguments.recover(new String[] {"", "search", "", "\uFFFD\uFFFD", "", ""}, file))
        .containsExactly("", "search", "", "知识产权", "", "");
  }

  @Test
  void recover_decodesBytesThatAreNotUtf8_asReplacementCharacters_inTheirPlace() throws Exception {
    Path file = dir.resolve("cmdline");
    byte[] prefix = "java\0search\0".getBytes(UTF_8);
    byte[] bad = {(byte) 0xFF, 'a', (byte) 0xC3};
    byte[] rest = "\0知识产权\0\0".getBytes(UTF_8);
    byte[] all = new byte[prefix.length + bad.length + rest.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(bad, 0, all, prefix.length, bad.length);
    System.arraycopy(rest, 0, all, prefix.length + bad.length, rest.length);
    Files.write(file, all);

    assertThat(
            Arguments.recover(
                new String[] {"search", "\uFFFDa\uFFFD", "\uFFFD\uFFFD\uFFFD\uFFFD", ""}, file))
        .containsExactly("search", "\uFFFDa\uFFFD", "知识产权", "");
  }

  @Test
  void recover_keepsTheArguments_whenTheCommandLineDoesNotLineUpWithThem() throws Exception {
    String[] args = {"search", "\uFFFD", "--plan", "national-2021-2022"};

    assertThat(
            Arguments.recover(
                args, commandLine("java", "search", "知", "--plan", "national-2021-2022", "x")))
        .isSameAs(args);
  }

  @Test
  void entries_endAtEachNul_andALastEntryWithoutOneCounts() {
    assertThat(Arguments.entries("a\0\0b\0".getBytes(UTF_8))).containsExactly("a", "", "b");
    assertThat(Arguments.entries("a\0b".getBytes(UTF_8))).containsExactly("a", "b");
    assertThat(Arguments.entries(new byte[0])).isEmpty();
    assertThat(Arguments.entries("\0".getBytes(UTF_8))).containsExactly("");
  }
}
