package org.sightline.core.model;

import java.time.Instant;

/**
 * One change to a record, kept forever: who made it, when, why, and the record as it was before and
 * after (as JSON snapshots; {@code before} is null for a creation).
 */
public record Revision(
    long id,
    String entityType,
    String entityId,
    int number,
    String action,
    String author,
    String reason,
    Instant createdAt,
    String before,
    String after) {}
