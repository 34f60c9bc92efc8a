package org.sightline.store.registry;

import java.time.Instant;
import org.sightline.core.model.Transfer;

/**
 * A transfer to save, with the {@code updated_at} it carries when it comes from an export (kept on
 * creation so that export, import and export again give the same bytes); null means "now".
 */
public record TransferInput(Transfer transfer, Instant updatedAt) {
  public static TransferInput of(Transfer transfer) {
    return new TransferInput(transfer, null);
  }
}
