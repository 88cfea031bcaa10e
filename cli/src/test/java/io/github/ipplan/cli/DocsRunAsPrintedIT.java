package io.github.ipplan.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's and the docs' console examples run as printed: every {@code $ } command of a {@code
 * console} block runs, in order, with {@code bash -c} against the packaged {@code
 * cli/target/ipplan.jar}, and prints what the block shows after it, up to the next command or the
 * block's end, as a terminal shows it (standard output and standard error together); a line {@code
 * ...} stands for any lines. {@code echo $?} prints the exit code of the command before it.
 *
 * <p>The commands of each document run in a scratch folder of its own that links {@code cli} and
 * {@code examples} of the repository, so that the files the examples write stay out of it; blank
 * lines at the end of an output are not compared. The commands that cannot run here are listed in
 * {@link #SKIPPED}, with the reason.
 */
class DocsRunAsPrintedIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Commands left out, by how they start, with the reason. */
  private static final Map<String, String> SKIPPED =
      Map.of(
          "mvn ", "builds the project, which this test is part of",
          "java -jar cli/target/ipplan.jar serve", "starts a server that runs until stopped",
          "curl ", "needs the server the serve example starts",
          "java -jar yaml-loader/target/benchmarks.jar", "runs the benchmarks for minutes");

  /** A command of a console block and the lines printed after it. */
  record Example(Path file, int line, String command, List<String> expected) {
    @Override
    public String toString() {
      return ROOT.relativize(file) + ":" + line + ": $ " + command;
    }
  }

  static List<List<Example>> blocks(Path file) throws IOException {
    List<List<Example>> blocks = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, UTF_8);
    List<Example> block = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (block == null) {
        if (line.equals("```console")) {
          block = new ArrayList<>();
        }
      } else if (line.startsWith("```")) {
        blocks.add(block);
        block = null;
      } else if (line.startsWith("$ ")) {
        block.add(new Example(file, i + 1, line.substring(2), new ArrayList<>()));
      } else if (!block.isEmpty()) {
        block.get(block.size() - 1).expected().add(line);
      }
    }
    return blocks;
  }

  static List<Path> documents() throws IOException {
    List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    return documents;
  }

  /** Whether the lines match the expected ones, where a line {@code ...} stands for any lines. */
  static boolean matches(List<String> expected, List<String> actual) {
    if (expected.isEmpty()) {
      return actual.isEmpty();
    }
    if (expected.get(0).equals("...")) {
      for (int skip = 0; skip <= actual.size(); skip++) {
        if (matches(expected.subList(1, expected.size()), actual.subList(skip, actual.size()))) {
          return true;
        }
      }
      return false;
    }
    return !actual.isEmpty()
        && expected.get(0).equals(actual.get(0))
        && matches(expected.subList(1, expected.size()), actual.subList(1, actual.size()));
  }

  private static String skipReason(String command) {
    return SKIPPED.entrySet().stream()
        .filter(entry -> command.startsWith(entry.getKey()) || command.contains(entry.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  record Run(int exit, List<String> lines) {}

  private static Run run(Path dir, String command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(dir.toFile());
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
    builder.environment().put("LC_ALL", "C.UTF-8");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command).isTrue();
    String text = new String(out, UTF_8);
    List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines = lines.subList(0, lines.size() - 1);
    }
    return new Run(process.exitValue(), lines);
  }

  @Test
  void everyConsoleExample_printsWhatTheDocumentShows(@TempDir Path scratch) throws Exception {
    assertThat(ROOT.resolve("cli/target/ipplan.jar")).isRegularFile();
    List<String> failures = new ArrayList<>();
    List<String> ran = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int folder = 0;
    for (Path document : documents()) {
      // A document's examples follow on from each other: a later one reads the files an earlier
      // one wrote.
      Path dir = Files.createDirectory(scratch.resolve("document" + ++folder));
      Files.createSymbolicLink(dir.resolve("cli"), ROOT.resolve("cli"));
      Files.createSymbolicLink(dir.resolve("examples"), ROOT.resolve("examples"));
      for (List<Example> block : blocks(document)) {
        int lastExit = 0;
        boolean serverNeeded = false;
        for (Example example : block) {
          String reason = skipReason(example.command());
          if (reason != null || serverNeeded) {
            serverNeeded |= example.command().contains(" serve");
            skipped.add(example + " (" + (reason == null ? "needs the server" : reason) + ")");
            continue;
          }
          List<String> lines;
          if (example.command().equals("echo $?")) {
            lines = List.of(String.valueOf(lastExit));
          } else {
            Run run = run(dir, example.command());
            lastExit = run.exit();
            lines = run.lines();
          }
          ran.add(example.toString());
          if (!matches(example.expected(), lines)) {
            failures.add(
                example
                    + "\n--- the document shows:\n"
                    + String.join("\n", example.expected())
                    + "\n--- it prints:\n"
                    + String.join("\n", lines));
          }
        }
      }
    }
    assertThat(ran).as("commands run; skipped: %s", skipped).hasSizeGreaterThan(40);
    assertThat(failures).as("examples that print otherwise").isEmpty();
  }

  @Test
  void anEllipsisLine_standsForAnyLines_andEveryOtherLineMustBeEqual() {
    assertThat(matches(List.of("a", "...", "d"), List.of("a", "b", "c", "d"))).isTrue();
    assertThat(matches(List.of("a", "...", "d"), List.of("a", "d"))).isTrue();
    assertThat(matches(List.of("a", "..."), List.of("a", "b"))).isTrue();
    assertThat(matches(List.of("a", "...", "d"), List.of("a", "b", "c"))).isFalse();
    assertThat(matches(List.of("a", "b"), List.of("a", "b", "c"))).isFalse();
    assertThat(matches(List.of("a", "b"), List.of("a", "x"))).isFalse();
    assertThat(matches(List.of(), List.of())).isTrue();
  }
}
