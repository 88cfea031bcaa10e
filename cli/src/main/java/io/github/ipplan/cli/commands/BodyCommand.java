package io.github.ipplan.cli.commands;

import io.github.ipplan.Agency;
import io.github.ipplan.EnumWords;
import io.github.ipplan.cli.console.Counts;
import io.github.ipplan.cli.console.Text;
import io.github.ipplan.cli.export.Json;
import io.github.ipplan.cli.export.PlanCounts;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code body}: everything known about one body. */
@Command(
    name = "body",
    mixinStandardHelpOptions = true,
    description =
        "Everything known about a body: names, kind, tasks led and joined per plan, successor.")
final class BodyCommand extends Subcommand {
  @Parameters(paramLabel = "<name>", arity = "1..*", description = "Any name of the body.")
  List<String> name;

  @Mixin FormatOption output;

  @Override
  void execute() {
    Agency agency = agency(String.join(" ", name));
    List<PlanCounts> plans = PlanCounts.of(catalog(), agency);
    if (output.json()) {
      printJson(Json.body(agency, plans));
      return;
    }
    out().println(agency.name() + "  [" + agency.id() + "]");
    out().println("  printed:      " + String.join(", ", agency.printedNames()));
    out().println("  full name:    " + agency.fullName().orElse("(none)"));
    out()
        .println(
            "  English:      "
                + agency.englishName()
                + (agency.englishNameDescriptive() ? " (descriptive translation)" : ""));
    out().println("  abbreviation: " + agency.abbreviation().orElse("(none)"));
    if (!agency.aliases().isEmpty()) {
      out().println("  aliases:      " + String.join(", ", agency.aliases()));
    }
    out()
        .println(
            "  kind:         "
                + EnumWords.spaced(agency.kind())
                + (agency.isPublicBody() ? "" : " (not a public body)"));
    out().println("  level:        " + agency.level().map(EnumWords::spaced).orElse("(none)"));
    catalog()
        .successor(agency)
        .ifPresent(next -> out().println("  replaced by:  " + Text.body(next)));
    agency.notes().forEach(note -> out().println("  note:         " + note));
    for (PlanCounts plan : plans) {
      out()
          .println(
              "  "
                  + plan.plan().id()
                  + ": leads "
                  + plan.leads()
                  + ", takes part in "
                  + plan.participates()
                  + (plan.reports() > 0
                      ? ", reports " + Counts.of(plan.reports(), "indicator")
                      : ""));
    }
  }
}
