package io.github.ipplan.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.junit.jupiter.api.Test;

/** The standard streams the command line prints to. */
class ConsoleTest {
  @Test
  void theStreams_areOpenOnStandardOutputAndError() {
    for (PrintStream stream : new PrintStream[] {Console.out(), Console.err()}) {
      stream.print("");
      stream.flush();
      assertThat(stream.checkError()).isFalse();
    }
    for (PrintWriter writer : new PrintWriter[] {Console.outWriter(), Console.errWriter()}) {
      writer.print("");
      writer.flush();
      assertThat(writer.checkError()).isFalse();
    }
  }
}
