package io.github.ipplan.yaml;

import static io.github.ipplan.yaml.PrintedForms.quote;

import io.github.ipplan.Agency;
import java.util.Optional;

/**
 * The stage that writes the metadata the user gives ({@link PlanImporter.Metadata}) over what the
 * front matter read: takes the draft after its title is read, and gives it the values supplied,
 * each with a note on the plan and a metadata finding saying it is supplied by the user. An issuer
 * given is resolved through the registries like a signatory.
 */
final class SuppliedMetadata {
  private SuppliedMetadata() {}

  static void apply(PlanImporter.Metadata given, Draft draft, ImportReport report) {
    given
        .title()
        .ifPresent(
            title -> {
              draft.meta.title = title;
              supplied(report, PlanKeys.TITLE, "The title " + quote(title), title);
            });
    given.issuer().ifPresent(name -> issuer(name, draft, report));
    given
        .issued()
        .ifPresent(
            date -> {
              draft.meta.issued = date;
              supplied(report, PlanKeys.ISSUED, "The issue date " + date, date.toString());
            });
    given
        .published()
        .ifPresent(
            date -> {
              draft.meta.published = date;
              supplied(report, PlanKeys.PUBLISHED, "The publication date " + date, date.toString());
            });
    given
        .documentNumber()
        .ifPresent(
            number -> {
              draft.meta.documentNumber = number;
              supplied(
                  report, PlanKeys.DOCUMENT_NUMBER, "The document number " + quote(number), number);
            });
  }

  private static void issuer(String name, Draft draft, ImportReport report) {
    report.forgetUnknown("$." + PlanKeys.ISSUER);
    Optional<Agency> agency = report.registry().find(name);
    draft.meta.issuer = agency.map(Agency::name).orElse(name);
    supplied(
        report,
        PlanKeys.ISSUER,
        "The issuer " + quote(name),
        quote(name)
            + agency.map(a -> ", body '" + a.id() + "'").orElse(", which no registry knows"));
    if (agency.isEmpty()) {
      report.resolve(name, 0, "$." + PlanKeys.ISSUER);
    }
  }

  private static void supplied(ImportReport report, String key, String what, String value) {
    report.unlinedPlanNote(what + " is supplied by the user, not read from the copy.");
    report.meta(0, key, value + ", supplied by the user");
  }
}
