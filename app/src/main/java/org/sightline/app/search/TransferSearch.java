package org.sightline.app.search;

import java.util.List;

/**
 * Full-text search over transfers (summaries, supplier names and aliases, end users, sources).
 * Implementations throw {@link IllegalArgumentException} for a query they cannot parse.
 */
public interface TransferSearch {
  /** Ids of the transfers matching the query, any visibility; callers filter what is public. */
  List<String> matchingIds(String query);
}
