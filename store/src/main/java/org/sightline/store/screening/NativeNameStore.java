package org.sightline.store.screening;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.sightline.core.screen.NativeNames.NativeName;
import org.sightline.store.db.Database;
import org.sightline.store.db.Jdbc;

/**
 * The cited native-script names of organizations, as their own rows beside the register's aliases:
 * an organizations import never touches them, so importing the plain starter file again changes
 * nothing (ADR 0019).
 */
public final class NativeNameStore {
  private final Database database;

  public NativeNameStore(Database database) {
    this.database = database;
  }

  /**
   * Adds the names not stored yet, in one transaction, in the order given; returns how many were
   * added. Every name's organization must exist.
   */
  public int addMissing(List<NativeName> names) {
    return Jdbc.inTransaction(
        database,
        "cannot store the native-script names",
        c -> {
          try (PreparedStatement exists =
                  c.prepareStatement(
                      "SELECT 1 FROM organization_native_name WHERE org_id = ? AND name = ?");
              PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO organization_native_name (org_id, name, script, source_url,"
                          + " position) VALUES (?, ?, ?, ?, ?)")) {
            int added = 0;
            for (int i = 0; i < names.size(); i++) {
              NativeName n = names.get(i);
              exists.setString(1, n.organizationId());
              exists.setString(2, n.name());
              try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                  continue;
                }
              }
              insert.setString(1, n.organizationId());
              insert.setString(2, n.name());
              insert.setString(3, n.script());
              insert.setString(4, n.sourceUrl());
              insert.setInt(5, i);
              insert.executeUpdate();
              added++;
            }
            return added;
          }
        });
  }

  /** Every stored name, by organization and in the order they were given. */
  public List<NativeName> all() {
    return Jdbc.read(
        database,
        "cannot read the native-script names",
        c ->
            Jdbc.list(
                c,
                "SELECT org_id, name, script, source_url FROM organization_native_name"
                    + " ORDER BY org_id, position",
                rs ->
                    new NativeName(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
  }
}
