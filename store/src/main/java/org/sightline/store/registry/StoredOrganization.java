package org.sightline.store.registry;

import java.time.Instant;
import org.sightline.core.model.Organization;

/** An organization as the register holds it: the record plus its revision and last change. */
public record StoredOrganization(Organization organization, int revision, Instant updatedAt) {}
