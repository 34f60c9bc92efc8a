package org.sightline.app.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.DuplicateRule;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.TransferQuery;
import org.sightline.store.registry.Visibility;
import org.springframework.stereotype.Component;

/**
 * The records of the register (published, in review and drafts; not retracted or discarded ones) a
 * transfer may duplicate, by the core's {@link DuplicateRule}. Only the records with the same
 * recipient are read, so a check costs one query.
 */
@Component
public record DuplicateFinder(Register register) {
  /** A record the transfer may duplicate: its id, a title, its state and what agreed. */
  public record PossibleDuplicate(
      String id, String title, PublicationState state, List<String> agreements) {
    public String because() {
      return String.join(", ", agreements);
    }
  }

  /** The possible duplicates of {@code t} among the register's records, except those ids. */
  public List<PossibleDuplicate> of(Transfer t, Set<String> except) {
    if (t.recipientCountry() == null) {
      return List.of();
    }
    List<PossibleDuplicate> out = new ArrayList<>();
    TransferQuery sameRecipient =
        new TransferQuery(
            t.recipientCountry(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            1,
            TransferQuery.MAX_SIZE);
    for (StoredTransfer st : register.findTransfers(sameRecipient, Visibility.REVIEWER).items()) {
      Transfer other = st.transfer();
      if (other.state() == PublicationState.RETRACTED
          || except.contains(other.id())
          || other.id().equals(t.id())) {
        continue;
      }
      DuplicateRule.agreements(t, other)
          .ifPresent(
              why -> out.add(new PossibleDuplicate(other.id(), title(other), other.state(), why)));
    }
    return out;
  }

  /** "Huawei → Kenya (KE)": how the queue and the flags name a transfer. */
  public static String title(Transfer t) {
    String suppliers =
        String.join(", ", t.supplierOrgs().stream().map(OrganizationRef::name).toList());
    if (suppliers.isEmpty()) {
      suppliers = t.supplierCountry() == null ? "?" : FieldLabels.country(t.supplierCountry());
    }
    return suppliers + " → " + FieldLabels.country(t.recipientCountry());
  }
}
