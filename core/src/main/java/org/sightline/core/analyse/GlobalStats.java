package org.sightline.core.analyse;

import java.util.List;

/**
 * The headline figures: published transfers, recipient countries, and the number of countries each
 * technology, supplier country and vendor has reached (largest first).
 */
public record GlobalStats(
    int transfers,
    int recipientCountries,
    List<Reach> countriesPerTechnology,
    List<Reach> countriesPerSupplierCountry,
    List<Reach> countriesPerVendor) {}
