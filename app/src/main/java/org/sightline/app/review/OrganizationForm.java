package org.sightline.app.review;

import java.util.ArrayList;
import java.util.List;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.PublicationState;
import org.sightline.core.registry.Violation;
import org.springframework.util.MultiValueMap;

/** The organization edit form as typed; aliases are one per line. */
record OrganizationForm(
    String id,
    String name,
    String aliases,
    String country,
    String kind,
    String parent,
    String note,
    String sourceUrl,
    String reason) {

  static OrganizationForm empty() {
    return new OrganizationForm("", "", "", "", "", "", "", "", "");
  }

  static OrganizationForm of(Organization o) {
    return new OrganizationForm(
        o.id(),
        text(o.name()),
        String.join("\n", o.aliases()),
        text(o.country()),
        o.kind() == null ? "" : o.kind().key(),
        text(o.parent()),
        text(o.note()),
        text(o.sourceUrl()),
        "");
  }

  static OrganizationForm of(MultiValueMap<String, String> p) {
    return new OrganizationForm(
        TransferForm.one(p, "id"),
        TransferForm.one(p, "name"),
        TransferForm.one(p, "aliases"),
        TransferForm.one(p, "country"),
        TransferForm.one(p, "kind"),
        TransferForm.one(p, "parent"),
        TransferForm.one(p, "note"),
        TransferForm.one(p, "source_url"),
        TransferForm.one(p, "reason"));
  }

  Organization toOrganization(
      String fixedId, PublicationState state, Countries countries, List<Violation> errors) {
    List<String> names = new ArrayList<>();
    for (String line : aliases.split("\\R")) {
      if (!line.isBlank()) {
        names.add(line.strip());
      }
    }
    OrganizationKind k = null;
    if (!kind.isBlank()) {
      k = OrganizationKind.fromKey(kind).orElse(null);
      if (k == null) {
        errors.add(new Violation("kind", "unknown kind \"" + kind + "\""));
      }
    }
    return new Organization(
        fixedId,
        TransferForm.nullIfBlank(name),
        names,
        TransferForm.country(country, countries),
        k,
        TransferForm.nullIfBlank(parent),
        TransferForm.nullIfBlank(note),
        TransferForm.nullIfBlank(sourceUrl),
        state);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
