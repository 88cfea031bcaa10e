package io.github.ipplan.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipplan.cli.Ipplan;
import io.github.ipplan.yaml.BundledPlans;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The table of subcommands by name: the names it writes out are those the commands declare. */
class CommandsTest {
  @Test
  void eachName_isTheNameItsCommandDeclares() {
    for (Map.Entry<String, Class<?>> command : Commands.byName().entrySet()) {
      assertThat(command.getValue().getAnnotation(Command.class).name())
          .as(command.getValue().getName())
          .isEqualTo(command.getKey());
    }
  }

  @Test
  void eachClass_isListedOnce_helpLast() {
    List<Class<?>> all = new ArrayList<>(Commands.byName().values());

    assertThat(all).doesNotHaveDuplicates();
    assertThat(all.get(all.size() - 1).getAnnotation(Command.class).name()).isEqualTo("help");
  }

  @Test
  void theUsage_listsTheCommands_inTheTablesOrder() {
    StringWriter out = new StringWriter();
    Ipplan.run(
        BundledPlans.load(),
        new String[] {"--help"},
        new PrintWriter(out),
        new PrintWriter(new StringWriter()));

    String usage = out.toString();
    String commands = usage.substring(usage.indexOf("\nCommands:\n") + "\nCommands:\n".length());
    List<String> listed = new ArrayList<>();
    for (String line : commands.split("\n", -1)) {
      if (line.isEmpty()) {
        break;
      }
      if (line.startsWith("  ") && !line.startsWith("   ")) {
        listed.add(line.strip().split(" ", 2)[0]);
      }
    }
    assertThat(listed).containsExactlyElementsOf(Commands.byName().keySet());
  }
}
