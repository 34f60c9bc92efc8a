package org.sightline.app.organizations;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.sightline.core.analyse.LenderTotal;
import org.sightline.core.analyse.VendorFootprint;

/**
 * One organization: its names, parent (with the register id when the parent is in the register),
 * subsidiaries, and its footprint with the transfers behind it. The footprint rolls its
 * subsidiaries' transfers (at every level) up into it; {@code via_subsidiaries} are the ids of
 * those that name a subsidiary and not the organization itself. {@code financing} is what it
 * financed as a lender (amounts per currency, transfer ids; null when none), {@code
 * end_user_transfer_ids} the transfers it received as end user. {@code transfers} are the
 * footprint's records.
 */
record OrganizationDetail(
    String id,
    String name,
    List<String> aliases,
    String country,
    String kind,
    OrganizationFamilies.OrgLink parent,
    List<OrganizationFamilies.OrgLink> subsidiaries,
    String note,
    String sourceUrl,
    VendorFootprint footprint,
    List<String> viaSubsidiaries,
    LenderTotal financing,
    List<String> endUserTransferIds,
    @ArraySchema(schema = @Schema(ref = "#/components/schemas/Transfer")) List<Object> transfers,
    Instant updatedAt) {}
