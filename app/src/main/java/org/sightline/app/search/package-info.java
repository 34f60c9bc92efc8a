/**
 * Search: the full-text index query ({@code TransferSearch}), the filters a shareable URL carries
 * ({@code SearchFilters}), the records behind them ({@code TransferFinder}), the {@code /search}
 * page and its CSV and JSON downloads. Exposes the filters, the finder and the full-text search.
 */
package org.sightline.app.search;
