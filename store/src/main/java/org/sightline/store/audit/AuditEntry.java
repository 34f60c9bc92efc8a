package org.sightline.store.audit;

import java.time.Instant;

/**
 * One line of the admins' audit log: a revision of a record (with its author's real username) or an
 * event about an account or token. {@code revision} is null for account events; {@code detail} is
 * the revision's reason or the event's detail.
 */
public record AuditEntry(
    Instant at,
    String actor,
    String action,
    String entityType,
    String entityId,
    Integer revision,
    String detail) {}
