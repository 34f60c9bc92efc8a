/**
 * The overview pages: {@code /}, the map of where the trade goes with headline figures, and {@code
 * /network}, who supplies whom. Exposes nothing.
 */
package org.sightline.app.overview;
