package org.sightline.core.analyse;

import java.util.List;

/**
 * How many recipient countries one thing (a technology, a supplier country, a vendor) has reached:
 * the country codes and the transfers behind them. {@code key} is the technology key, the supplier
 * country code, or the vendor's id (its name when it has no register id).
 */
public record Reach(
    String key, String name, int countries, List<String> countryCodes, List<String> transferIds) {}
