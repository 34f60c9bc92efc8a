package org.sightline.core.model;

/**
 * A document a transfer rests on. {@code date} is as precise as the document shows: YYYY-MM-DD,
 * YYYY-MM or YYYY. {@code evidence} is the quote that ties the document to the transfer, when one
 * is recorded.
 */
public record Source(String url, String publisher, String date, String evidence) {}
