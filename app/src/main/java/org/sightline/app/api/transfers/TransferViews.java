package org.sightline.app.api.transfers;

import org.sightline.store.registry.StoredTransfer;
import org.springframework.stereotype.Component;

/** Maps a stored transfer to the contract's Transfer JSON (the same shape as the JSONL export). */
@Component
public class TransferViews {
  public Object view(StoredTransfer stored) {
    return TransferView.of(stored);
  }
}
