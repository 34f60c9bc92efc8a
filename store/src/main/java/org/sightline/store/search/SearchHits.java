package org.sightline.store.search;

import java.util.List;

/** Transfer ids best match first (at most the limit asked for) and the total number of matches. */
public record SearchHits(List<String> ids, long total) {
  public SearchHits {
    ids = List.copyOf(ids);
  }
}
