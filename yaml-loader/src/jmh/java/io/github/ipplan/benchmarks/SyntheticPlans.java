package io.github.ipplan.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Writes a registry of bodies and a plan of a given number of tasks over it, as YAML files. */
final class SyntheticPlans {
  static final int BODIES = 1_000;
  private static final String TEXT = "推进知识产权保护和运用工作，完善相关制度，加强部门协作，提升服务水平。";

  private SyntheticPlans() {}

  /** The registry of {@value #BODIES} bodies: {@code body-N}, printed {@code 部门N}. */
  static Path registry(Path directory) {
    StringBuilder yaml = new StringBuilder("agencies:\n");
    for (int i = 0; i < BODIES; i++) {
      yaml.append("  - id: body-")
          .append(i)
          .append('\n')
          .append("    printed: [部门")
          .append(i)
          .append("]\n")
          .append("    full-name: 测试部门")
          .append(i)
          .append('\n')
          .append("    english: Test Body ")
          .append(i)
          .append('\n')
          .append("    kind: state-council-ministry\n")
          .append("    level: central\n");
    }
    return write(directory.resolve("bodies.yaml"), yaml);
  }

  /** A plan of the given number of tasks, 100 to a part, each naming 1 to 4 bodies. */
  static Path plan(Path directory, int tasks) {
    Random random = new Random(tasks);
    StringBuilder yaml =
        new StringBuilder("id: synthetic-")
            .append(tasks)
            .append('\n')
            .append("title: 合成计划\nissuer: 部门0\nissued: 2024-01-01\nstatus: in-force\n")
            .append("period: {from: 2024, to: 2024}\nparts:\n");
    for (int number = 1; number <= tasks; number++) {
      if ((number - 1) % 100 == 0) {
        yaml.append("  - numeral: ")
            .append((number - 1) / 100 + 1)
            .append("部分\n")
            .append("    title: 第")
            .append((number - 1) / 100 + 1)
            .append("部分\n")
            .append("    measures:\n");
      }
      yaml.append("      - number: ")
          .append(number)
          .append('\n')
          .append("        text: ")
          .append(number)
          .append(TEXT)
          .append('\n')
          .append("        responsible: [");
      int first = random.nextInt(BODIES);
      int count = 1 + random.nextInt(4);
      for (int b = 0; b < count; b++) {
        yaml.append(b == 0 ? "" : ", ").append("部门").append((first + b * 7) % BODIES);
      }
      yaml.append("]\n");
    }
    return write(directory.resolve("plan-" + tasks + ".yaml"), yaml);
  }

  private static Path write(Path file, CharSequence text) {
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
