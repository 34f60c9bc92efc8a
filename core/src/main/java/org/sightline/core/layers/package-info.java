/**
 * Layers: external, country-level indices (such as Carnegie's AI &amp; Big Data Global Surveillance
 * Index) kept beside the sourced register, never merged into it, each with its citation; the
 * indicators users import per country and year; and the pure functions that compare them with the
 * register (coverage gaps, cross-tabs). Parsing and mapping rules live here; storage is the
 * store's, pages and commands the app's.
 */
package org.sightline.core.layers;
