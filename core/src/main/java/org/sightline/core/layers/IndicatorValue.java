package org.sightline.core.layers;

/**
 * One country-year value of an indicator (e.g. a regime-type classification), imported by a user or
 * taken from a layer's columns (then named {@code layer-id:column}). Values are categories: a
 * cross-tab groups countries by them.
 */
public record IndicatorValue(String country, int year, String indicator, String value) {}
