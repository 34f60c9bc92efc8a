package org.sightline.faults.crash;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.faults.Target;

/**
 * Looks every acknowledged write up by id in the database itself (not through the server's
 * rate-limited public reads), while the server is down.
 */
final class RegisterProbe {
  private static final int BATCH = 500;

  /** What the database holds of the ledger's promises. */
  record Findings(
      int transfersChecked,
      int documentsChecked,
      List<String> missing,
      List<String> behind,
      int published,
      int publishedByCheck) {
    int lost() {
      return missing.size() + behind.size();
    }
  }

  private RegisterProbe() {}

  static Findings check(Target target, Ledger ledger) throws SQLException {
    Map<String, Ledger.State> promised = ledger.transfers();
    Set<Long> documents = ledger.documents();
    try (Connection c = target.connect()) {
      Map<String, String> states = transferStates(c, new ArrayList<>(promised.keySet()));
      Set<Long> found = documentIds(c, new ArrayList<>(documents));
      List<String> missing = new ArrayList<>();
      List<String> behind = new ArrayList<>();
      promised.forEach(
          (id, state) -> {
            String stored = states.get(id);
            if (stored == null) {
              missing.add("transfer " + id);
            } else if (Ledger.State.of(stored).compareTo(state) < 0) {
              behind.add("transfer " + id + " is " + stored + ", acknowledged as " + state.key);
            }
          });
      for (long id : documents) {
        if (!found.contains(id)) {
          missing.add("document " + id);
        }
      }
      return new Findings(
          promised.size(),
          documents.size(),
          missing,
          behind,
          count(c, "SELECT COUNT(*) FROM transfer WHERE state = 'published'"),
          count(
              c,
              "SELECT COUNT(*) FROM transfer WHERE state = 'published' AND summary LIKE '"
                  + Writers.MARKER
                  + " record %'"));
    }
  }

  private static Map<String, String> transferStates(Connection c, List<String> ids)
      throws SQLException {
    Map<String, String> states = new HashMap<>();
    eachRow(
        c,
        "SELECT id, state FROM transfer WHERE id IN (",
        ids,
        rs -> states.put(rs.getString(1), rs.getString(2)));
    return states;
  }

  private static Set<Long> documentIds(Connection c, List<Long> ids) throws SQLException {
    Set<Long> found = new HashSet<>();
    eachRow(
        c, "SELECT id FROM extract_document WHERE id IN (", ids, rs -> found.add(rs.getLong(1)));
    return found;
  }

  /** A row of a result, read while it is current. */
  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  /**
   * Runs {@code select}, which ends in "IN (", for the ids, {@link #BATCH} at a time (the drivers
   * cap a statement's parameters), and hands each row to {@code reader}.
   */
  private static void eachRow(Connection c, String select, List<?> ids, RowReader reader)
      throws SQLException {
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<?> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
      try (PreparedStatement ps = c.prepareStatement(select + placeholders(batch.size()) + ")")) {
        for (int i = 0; i < batch.size(); i++) {
          ps.setObject(i + 1, batch.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
          }
        }
      }
    }
  }

  private static int count(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
