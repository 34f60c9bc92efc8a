package org.sightline.store.registry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.Transfer;

/**
 * Links transfer suppliers named without an id to the published organization of that name or alias:
 * a transfer on its way in, or, once organizations are published, the stored transfers that name
 * them.
 */
final class SupplierLinker {
  private final WriteTransaction tx;
  private final NameKeys names;

  /** Name key → id of the published organization it names; loaded on first use. */
  private Map<String, String> orgByKey;

  SupplierLinker(WriteTransaction tx, NameKeys names) {
    this.tx = tx;
    this.names = names;
  }

  /** Suppliers named without an id get the id of the published organization of that name. */
  Transfer link(Transfer t) throws SQLException {
    if (t.supplierOrgs().stream().allMatch(r -> r.id() != null)) {
      return t;
    }
    Map<String, String> byKey = orgByKey();
    List<OrganizationRef> refs = new ArrayList<>();
    boolean changed = false;
    for (OrganizationRef r : t.supplierOrgs()) {
      String id = r.id();
      if (id == null) {
        for (String key : names.keys(r.name(), r.aliases())) {
          id = byKey.get(key);
          if (id != null) {
            break;
          }
        }
      }
      changed |= !Objects.equals(id, r.id());
      refs.add(Objects.equals(id, r.id()) ? r : new OrganizationRef(id, r.name(), r.aliases()));
    }
    return changed ? t.withSupplierOrgs(refs) : t;
  }

  /** Organizations changed in this transaction: the names are read again when next needed. */
  void forgetOrganizations() {
    orgByKey = null;
  }

  /**
   * The stored transfers with a supplier that has no id yet and goes by a name or alias of one of
   * these published organizations, to be saved again (and so linked).
   */
  List<TransferInput> unlinkedTransfersNaming(Set<String> organizationIds) throws SQLException {
    if (organizationIds.isEmpty()) {
      return List.of();
    }
    orgByKey = null;
    Set<String> keys = new TreeSet<>();
    for (StoredOrganization o :
        Rows.organizations(tx.connection(), new ArrayList<>(organizationIds), Visibility.PUBLIC)) {
      keys.addAll(names.keys(o.organization().name(), o.organization().aliases()));
    }
    Set<String> transferIds = new TreeSet<>();
    for (String key : keys) {
      transferIds.addAll(
          Rows.ids(
              tx.connection(),
              "SELECT DISTINCT transfer_id FROM transfer_supplier WHERE org_id IS NULL AND"
                  + " name_keys LIKE ? ESCAPE '\\'",
              List.of("%;" + Rows.likeEscape(key) + ";%")));
    }
    if (transferIds.isEmpty()) {
      return List.of();
    }
    List<TransferInput> relink = new ArrayList<>();
    for (StoredTransfer t :
        Rows.transfers(tx.connection(), new ArrayList<>(transferIds), Visibility.REVIEWER)) {
      relink.add(TransferInput.of(t.transfer()));
    }
    return relink;
  }

  private Map<String, String> orgByKey() throws SQLException {
    if (orgByKey == null) {
      Map<String, String> map = new HashMap<>();
      try (PreparedStatement ps =
              tx.connection()
                  .prepareStatement(
                      "SELECT n.name_key, o.id FROM organization_name n JOIN organization o ON o.id"
                          + " = n.org_id WHERE o.state = 'published' ORDER BY n.name_key, CASE WHEN"
                          + " o.kind = 'agency' THEN 1 ELSE 0 END, o.id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          map.putIfAbsent(rs.getString(1), rs.getString(2));
        }
      }
      orgByKey = map;
    }
    return orgByKey;
  }
}
