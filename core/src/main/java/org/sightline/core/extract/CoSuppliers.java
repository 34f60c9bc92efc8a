package org.sightline.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Joins vendors named together in one statement into one candidate. The rules propose one candidate
 * per named organization, so that the model can weigh each vendor on its own ("the local partner
 * beside the foreign vendor"); but when the model believes two of them, and the same sentences
 * state both for the same recipient from the same supplier country ("Dahua and Hikvision cameras
 * have been installed in ..."), annotators record one joint transfer far more often than one per
 * vendor (20 to 4 on the training texts).
 */
public final class CoSuppliers {
  private CoSuppliers() {}

  /**
   * {@code candidates}, most confident first, with each believed candidate that shares its
   * recipient, supplier country and evidence with a more confident believed one folded into it.
   */
  public static List<Candidate> join(List<Candidate> candidates, double believed) {
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      int into = -1;
      if (c.confidence() >= believed && !c.supplierOrgs().isEmpty()) {
        for (int i = 0; i < out.size() && into < 0; i++) {
          if (jointWith(out.get(i), c, believed)) {
            into = i;
          }
        }
      }
      if (into < 0) {
        out.add(c);
      } else {
        out.set(into, fold(out.get(into), c));
      }
    }
    return out;
  }

  private static boolean jointWith(Candidate kept, Candidate c, double believed) {
    return kept.confidence() >= believed
        && !kept.supplierOrgs().isEmpty()
        && kept.recipientCountry().equals(c.recipientCountry())
        && Objects.equals(kept.supplierCountry(), c.supplierCountry())
        && kept.status() == c.status()
        && kept.evidence().equals(c.evidence())
        && kept.supplierOrgs().stream().noneMatch(c.supplierOrgs()::contains);
  }

  /** The stronger candidate, with the other's vendors added after its own. */
  private static Candidate fold(Candidate kept, Candidate c) {
    List<String> orgs = new ArrayList<>(kept.supplierOrgs());
    orgs.addAll(c.supplierOrgs());
    return new Candidate(
        orgs,
        kept.supplierCountry(),
        kept.recipientCountry(),
        kept.endUser(),
        kept.technologies(),
        kept.year(),
        kept.month(),
        kept.value(),
        kept.financing(),
        kept.status(),
        kept.confidence(),
        kept.evidence(),
        kept.newOrganization() || c.newOrganization(),
        kept.features());
  }
}
