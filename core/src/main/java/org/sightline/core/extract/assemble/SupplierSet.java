package org.sightline.core.extract.assemble;

import java.util.ArrayList;
import java.util.List;

/** The organizations of one home country named together as suppliers. */
final class SupplierSet {
  final String country;
  final List<String> orgs = new ArrayList<>(2);
  boolean newOrg;

  SupplierSet(String country) {
    this.country = country;
  }

  void add(String name, boolean isNew) {
    if (!orgs.contains(name)) {
      orgs.add(name);
    }
    newOrg |= isNew;
  }
}
