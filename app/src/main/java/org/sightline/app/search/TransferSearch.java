package org.sightline.app.search;

import java.util.List;
import org.sightline.core.screen.NameMatch;

/**
 * Full-text search over transfers (summaries, supplier names and aliases, end users, sources,
 * technologies, statuses, lenders) that also knows organization names: text no record contains may
 * still name an organization, misspelt or in another script ("Hikvison", "华为"). Any text is a valid
 * query.
 */
public interface TransferSearch {
  /** How the ids were found. */
  enum Found {
    /** Records with every word. */
    ALL_WORDS,
    /** No record had every word: records of the organizations the text names. */
    NAMES,
    /** No record had every word and the text names no organization: records with any word. */
    ANY_WORD,
    NOTHING
  }

  /**
   * The ids (any visibility; callers filter what is public), how they were found, and the
   * organizations whose names are close to the text: those used ({@link Found#NAMES}), or
   * suggestions ("did you mean").
   */
  record Result(List<String> ids, Found found, List<NameMatch> names) {
    public Result {
      ids = List.copyOf(ids);
      names = List.copyOf(names);
    }
  }

  Result search(String query);

  /** Ids of the transfers matching the query, any visibility; callers filter what is public. */
  default List<String> matchingIds(String query) {
    return search(query).ids();
  }
}
