package org.sightline.store.audit;

import java.time.LocalDate;

/**
 * Which audit entries to show; null fields do not filter. {@code user} matches the one who acted
 * and, for account events, the account concerned. Dates are UTC days, both ends included.
 */
public record AuditFilter(String user, String entityType, LocalDate from, LocalDate to) {
  public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
