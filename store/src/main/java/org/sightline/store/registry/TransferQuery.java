package org.sightline.store.registry;

import java.util.List;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

/**
 * Filters of the transfers list (all optional, combined with AND) and the page wanted. {@code
 * supplier} is an organization id or a name/alias; {@code ids}, when not null, restricts the result
 * to those ids (used after a full-text search).
 */
public record TransferQuery(
    String recipientCountry,
    String supplier,
    String supplierCountry,
    TechnologyCategory technology,
    TransferStatus status,
    Integer yearFrom,
    Integer yearTo,
    List<String> ids,
    int page,
    int size) {

  public static final int MAX_SIZE = 500;

  public static TransferQuery all(int page, int size) {
    return new TransferQuery(null, null, null, null, null, null, null, null, page, size);
  }
}
