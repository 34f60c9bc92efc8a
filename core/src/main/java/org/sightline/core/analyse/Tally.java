package org.sightline.core.analyse;

import java.util.List;

/**
 * A count of transfers under one label (a technology key, a country code, a supplier), with the ids
 * of those transfers in id order. {@code name} is the human label.
 */
public record Tally(String key, String name, int transfers, List<String> transferIds) {}
