package org.sightline.app.organizations;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.sightline.core.analyse.VendorFootprint;

/**
 * One organization: its names, parent (with the register id when the parent is in the register),
 * subsidiaries, and its footprint with the transfers behind it. The footprint rolls its
 * subsidiaries' transfers up into it.
 */
record OrganizationDetail(
    String id,
    String name,
    List<String> aliases,
    String country,
    String kind,
    OrgLink parent,
    List<OrgLink> subsidiaries,
    String note,
    String sourceUrl,
    VendorFootprint footprint,
    @ArraySchema(schema = @Schema(ref = "#/components/schemas/Transfer")) List<Object> transfers,
    Instant updatedAt) {

  /** A reference to another organization; {@code id} is null when it is not in the register. */
  record OrgLink(String id, String name) {}
}
