package org.sightline.store.registry;

import java.time.Instant;
import org.sightline.core.model.Transfer;

/** A transfer as the register holds it: the record plus its revision number and last change. */
public record StoredTransfer(Transfer transfer, int revision, Instant updatedAt) {}
