package org.sightline.core.extract;

/**
 * A highlighted span for the review page: what was recognised at [start, end) of the extracted
 * text.
 *
 * @param type one of country, demonym, capital, place, organization, lender, agency, technology,
 *     cue, status, hedge
 * @param value the country code, canonical organization name, technology key or status key
 */
public record MentionSpan(int start, int end, String type, String value) {}
