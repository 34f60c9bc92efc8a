/**
 * Atom feeds of published and changed transfers, the watch list people subscribe to: all, per
 * recipient country, per organization and per search ({@code /feeds/...}). Exposes nothing.
 */
package org.sightline.app.feeds;
