/**
 * Analyse: the observatory's figures (country summaries, country profiles, vendor footprints,
 * global statistics) as pure functions over published transfers. Every figure carries the ids of
 * the transfers behind it, so a reader can always expand a number into the records that make it up.
 * Figures are derived state: adapters may cache them but can always recompute them.
 */
package org.sightline.core.analyse;
