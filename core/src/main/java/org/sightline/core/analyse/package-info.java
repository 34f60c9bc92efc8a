/**
 * Analyse: the observatory's figures (country summaries, country profiles, vendor footprints,
 * global statistics) as pure functions over published transfers. Every figure carries the ids of
 * the transfers behind it, so a reader can always expand a number into the records that make it up.
 * Figures are derived state: adapters may cache them but can always recompute them. The records
 * hold the unmodifiable lists {@link org.sightline.core.analyse.Figures} builds ({@code toList},
 * {@code List.copyOf}) and do not copy them a second time.
 */
package org.sightline.core.analyse;
