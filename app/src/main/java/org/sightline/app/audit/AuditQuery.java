package org.sightline.app.audit;

import java.util.Locale;
import org.sightline.app.web.Days;
import org.sightline.core.schema.Checks;
import org.sightline.store.audit.AuditFilter;
import org.sightline.store.audit.AuditLog;

/**
 * The audit log's filters as typed on the {@code /admin/audit} page, as API parameters or as
 * command options: entries by or about a user, of one entity type, from and to a UTC day. Blank is
 * no filter, and names and types are read in any letter case. One reading for the three; each
 * caller says in its own words what it refuses.
 */
record AuditQuery(String user, String entity, String from, String to) {
  /** What a day filter must look like, for the callers' messages. */
  static final String DAY = "a day like 2026-11-29";

  /** How a caller refuses a filter: a problem listed on the page, a 400, a one-line error. */
  interface Refusal {
    /** {@code filter} is {@code entity}, {@code from} or {@code to}; {@code value} as typed. */
    void refuse(String filter, String value);
  }

  /** The filter these values ask for; a value that cannot be read is refused and left out. */
  AuditFilter read(Refusal refusal) {
    String type = lowerCase(entity);
    if (type != null && !AuditLog.ENTITY_TYPES.contains(type)) {
      refusal.refuse("entity", entity);
      type = null;
    }
    return new AuditFilter(
        lowerCase(user),
        type,
        Days.optional(from, typed -> refusal.refuse("from", from)),
        Days.optional(to, typed -> refusal.refuse("to", to)));
  }

  private static String lowerCase(String value) {
    String v = Checks.blankToNull(value);
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }
}
