/**
 * Layers room: external indices loaded as attributed, country-level layers ({@code import --kind
 * aigs}), indicators ({@code import --kind indicators}), their API ({@code /api/v1/layers}, {@code
 * /api/v1/indicators}, {@code /api/v1/crosstab}), the {@code /layers/{id}}, {@code /coverage} and
 * {@code /crosstab} pages, and the layer rows the country pages show beside the register's own
 * records ({@link org.sightline.app.layers.CountryLayers}).
 */
package org.sightline.app.layers;
