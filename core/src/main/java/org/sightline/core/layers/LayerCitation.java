package org.sightline.core.layers;

/**
 * How a layer must be cited wherever it is shown or exported: title, author, publisher, DOI and
 * address, licence and the date (or year) of the version loaded.
 */
public record LayerCitation(
    String title,
    String author,
    String publisher,
    String doi,
    String url,
    String licence,
    String published) {}
