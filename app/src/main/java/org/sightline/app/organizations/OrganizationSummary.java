package org.sightline.app.organizations;

import java.util.List;
import org.sightline.core.model.Organization;

/** An organization in a search result. */
record OrganizationSummary(
    String id, String name, List<String> aliases, String country, String kind) {
  static OrganizationSummary of(Organization o) {
    return new OrganizationSummary(
        o.id(), o.name(), o.aliases(), o.country(), o.kind() == null ? null : o.kind().key());
  }
}
