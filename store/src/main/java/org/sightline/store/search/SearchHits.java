package org.sightline.store.search;

import java.util.List;

/**
 * Transfer ids best match first (at most the limit asked for) and the total number of matches.
 * {@code anyWord}: no record had every word of the search, so these have some of them.
 */
public record SearchHits(List<String> ids, long total, boolean anyWord) {
  public SearchHits {
    ids = List.copyOf(ids);
  }

  public SearchHits(List<String> ids, long total) {
    this(ids, total, false);
  }
}
