package org.sightline.store.documents;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored document whose candidates are not all decided yet, as the review queue lists it.
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
    int decided) {}
