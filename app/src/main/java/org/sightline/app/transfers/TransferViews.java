package org.sightline.app.transfers;

import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.StoredTransfer;
import org.springframework.stereotype.Component;

/**
 * Maps a stored transfer to the contract's Transfer JSON. It delegates to the store's {@link
 * TransferJson}, the mapping the JSON Lines export uses, so the API and the export can never drift
 * apart.
 */
@Component
public class TransferViews {
  public Object view(StoredTransfer stored) {
    return TransferJson.toJson(stored.transfer(), stored.updatedAt());
  }
}
