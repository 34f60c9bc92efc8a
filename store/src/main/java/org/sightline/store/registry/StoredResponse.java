package org.sightline.store.registry;

import java.time.Instant;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.TransferResponse;

/**
 * A response as stored: its content, where it stands (in review, published or retracted), who added
 * it (for the two-person rule; never shown to the public), and when it last changed state.
 */
public record StoredResponse(
    TransferResponse response,
    PublicationState state,
    String createdBy,
    int revision,
    Instant createdAt,
    Instant updatedAt) {}
