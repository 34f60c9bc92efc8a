package org.sightline.store.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored document as lists show it (the extraction queue, a contributor's work): without its
 * text, with how many of its candidates are decided.
 *
 * @param candidates how many candidates extraction proposed
 * @param decided how many of them have a decision
 */
public record WaitingDocument(
    long id,
    String title,
    String url,
    LocalDate docDate,
    String author,
    Instant createdAt,
    int candidates,
    int decided,
    String language) {}
