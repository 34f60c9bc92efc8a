/**
 * Figures of the published register and the pictures drawn from them: {@code PublishedFigures}
 * (cached per revision, and as of the end of a past day from the revisions), {@code /api/v1/stats},
 * the world map and choropleth, the timeline chart and the pages' date control ({@code
 * AsOfControl}). Exposes the figures, the map, the chart and the date control to other rooms.
 */
package org.sightline.app.figures;
