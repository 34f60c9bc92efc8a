package org.sightline.core.analyse;

import java.util.List;

/**
 * The transfers of one supplier organization. {@code id} is the register id, or null when the
 * supplier is known only by the name the records give it.
 */
public record SupplierTally(
    String id, String name, String country, int transfers, List<String> transferIds) {}
