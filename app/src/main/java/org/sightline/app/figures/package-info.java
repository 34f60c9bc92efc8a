/**
 * Figures of the published register and the pictures drawn from them: {@code PublishedFigures}
 * (cached per revision), {@code /api/v1/stats}, the world map and choropleth, and the timeline
 * chart. Exposes the figures, the map and the chart to the pages of other rooms.
 */
package org.sightline.app.figures;
