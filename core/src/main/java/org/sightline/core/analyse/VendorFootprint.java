package org.sightline.core.analyse;

import java.util.List;

/**
 * Where a vendor (with the subsidiaries the caller rolls up into it) has supplied: the recipient
 * countries and the technologies, each with the transfers behind it.
 */
public record VendorFootprint(
    List<String> organizationIds,
    List<Tally> countries,
    List<Tally> technologies,
    List<String> transferIds) {}
