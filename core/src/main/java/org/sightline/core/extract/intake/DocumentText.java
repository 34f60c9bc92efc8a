package org.sightline.core.extract.intake;

/**
 * The clean text of a document; extraction offsets refer to {@link #text()}, which should be stored
 * with the source.
 *
 * @param format "txt", "html", "pdf" or "pasted"
 * @param charset the detected character set (txt and html), else null
 * @param title the document's title when the format has one (HTML title, PDF metadata), else null
 */
public record DocumentText(String text, String format, String charset, String title) {}
