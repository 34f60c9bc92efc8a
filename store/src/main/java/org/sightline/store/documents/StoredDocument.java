package org.sightline.store.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document as stored. {@code text} is exactly the extracted text the candidates' offsets refer
 * to; {@code sha256} is the hex SHA-256 of its UTF-8 bytes; {@code language} is ISO 639-1 ("und"
 * when it could not be told), null for documents stored before languages were identified.
 */
public record StoredDocument(
    long id,
    String sha256,
    String title,
    String url,
    LocalDate docDate,
    String format,
    String text,
    String candidatesJson,
    String author,
    Instant createdAt,
    String language) {}
