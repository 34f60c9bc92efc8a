package org.sightline.store.documents;

import java.time.LocalDate;

/**
 * A document to keep: its extracted text, where it came from, and the candidates extraction
 * proposed (a JSON array), so review decisions refer to what the reviewer saw.
 *
 * @param format txt, html, pdf or pasted
 * @param docDate the publication date given by the submitter, or null
 * @param language the language it is written in (ISO 639-1, or "und"), or null if not identified
 */
public record NewDocument(
    String text,
    String title,
    String url,
    LocalDate docDate,
    String format,
    String candidatesJson,
    String author,
    String language) {}
