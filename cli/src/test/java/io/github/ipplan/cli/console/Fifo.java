package io.github.ipplan.cli.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes FIFOs for the tests of files that are not regular files. */
public final class Fifo {
  private Fifo() {}

  /**
   * Makes a FIFO with mkfifo(1).
   *
   * @param fifo where to make it
   * @return false where there is no mkfifo
   * @throws InterruptedException if interrupted while mkfifo runs
   */
  public static boolean make(Path fifo) throws InterruptedException {
    try {
      Process process =
          new ProcessBuilder("mkfifo", fifo.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
