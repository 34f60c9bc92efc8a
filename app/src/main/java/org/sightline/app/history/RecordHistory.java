package org.sightline.app.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sightline.core.json.Json;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.Revision;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.registry.Register;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A record's revision history as the public may see it: when, what kind of change, why, and the
 * names of the fields that changed. Contributors may be at risk, so an author who has an account is
 * shown by role ("a contributor") unless they chose to be named; other authors (imports, the
 * starter data) are shown as they are.
 *
 * <p>Only field names are listed, never old values: a published record's earlier revisions may
 * include wording that was never published (a draft, a change sent back in review).
 */
@Component
public record RecordHistory(Register register, Accounts accounts) {
  /** One revision as the public sees it. {@code changedFields} is empty for a creation. */
  public record Entry(
      int number,
      Instant at,
      String action,
      String by,
      String reason,
      List<String> changedFields) {}

  /** The revisions of a record, oldest first. */
  public List<Entry> of(EntityType type, String entityId) {
    Map<String, String> names = new HashMap<>();
    List<Entry> out = new ArrayList<>();
    for (Revision r : register.history(type.key(), entityId)) {
      out.add(
          new Entry(
              r.number(),
              r.createdAt(),
              r.action(),
              names.computeIfAbsent(r.author(), this::publicAuthor),
              r.reason(),
              changedFields(r.before(), r.after())));
    }
    return out;
  }

  /**
   * How an author appears in public: their username if they opted in, else their role ("a
   * reviewer"); authors without an account (imports, the starter data) as they are.
   */
  public String publicAuthor(String author) {
    return accounts
        .findUser(author)
        .map(a -> accounts.showsPublicName(a.username()) ? a.username() : "a " + a.role().key())
        .orElse(author);
  }

  /** Top-level fields whose value differs between two snapshots (none for a creation). */
  public static List<String> changedFields(String before, String after) {
    if (before == null || after == null) {
      return List.of();
    }
    try {
      JsonNode a = Json.readRecord(after);
      JsonNode b = Json.readRecord(before);
      List<String> changed = new ArrayList<>();
      for (Iterator<String> it = a.propertyNames().iterator(); it.hasNext(); ) {
        String name = it.next();
        if (!Objects.equals(a.get(name), b.get(name))) {
          changed.add(name);
        }
      }
      for (Iterator<String> it = b.propertyNames().iterator(); it.hasNext(); ) {
        String name = it.next();
        if (!a.has(name)) {
          changed.add(name);
        }
      }
      return changed;
    } catch (RuntimeException unreadable) {
      return List.of();
    }
  }
}
