package org.sightline.store.layers;

/**
 * One indicator as the cross-tab offers it: its name, how many countries and which years have a
 * value, and the layer it comes from (null when a user imported it).
 */
public record IndicatorSummary(
    String name, int countries, int firstYear, int lastYear, String layerId) {}
