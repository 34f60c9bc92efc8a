package org.sightline.app.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.sightline.app.screening.PublishedNames;
import org.sightline.app.web.RegisterHead;
import org.sightline.core.registry.OrganizationNames;
import org.sightline.core.screen.NameMatch;
import org.sightline.core.screen.NameMatcher;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.sightline.store.search.SearchHits;
import org.sightline.store.search.SearchIndex;

/**
 * The index's full-text search first; when no record has every word, the screening matcher reads
 * the text as an organization's name (typos, legal forms, other scripts) and the records are that
 * organization's; failing that, records with any of the words. Names close to the text but not
 * matching it are offered as suggestions.
 *
 * <p>The index first catches up with revisions written since it last did, by this instance or
 * another sharing the database. Catching up takes the index's lock and asks the database, so it
 * runs only when the register's version has moved ({@link RegisterHead}); the searches in between
 * run side by side.
 */
final class NameAwareSearch implements TransferSearch {
  /** Names scoring this much are suggested even below the matching threshold. */
  static final double SUGGEST = 0.65;

  private final SearchIndex index;
  private final Register register;
  private final RegisterHead head;
  private final PublishedNames names;
  private final AtomicReference<RegisterHead.Version> indexed = new AtomicReference<>();

  NameAwareSearch(SearchIndex index, Register register, RegisterHead head, PublishedNames names) {
    this.index = index;
    this.register = register;
    this.head = head;
    this.names = names;
  }

  @Override
  public Result search(String query) {
    RegisterHead.Version version = head.current();
    if (!version.equals(indexed.get())) {
      index.catchUp(register);
      indexed.set(version);
    }
    SearchHits hits = index.search(query, JdbcRegister.MAX_QUERY_IDS);
    List<NameMatch> close = names.match(query, SUGGEST, 5);
    List<NameMatch> suggestions =
        close.stream()
            .filter(m -> !OrganizationNames.sameOrganization(query, m.matchedName()))
            .toList();
    if (hits.total() > 0 && !hits.anyWord()) {
      return new Result(hits.ids(), Found.ALL_WORDS, suggestions);
    }
    List<NameMatch> named =
        close.stream().filter(m -> m.score() >= NameMatcher.DEFAULT_THRESHOLD).toList();
    if (!named.isEmpty()) {
      Set<String> ids = new LinkedHashSet<>();
      for (NameMatch m : named) {
        for (StoredTransfer t :
            register.transfersOfOrganization(m.organizationId(), Visibility.PUBLIC)) {
          ids.add(t.transfer().id());
        }
      }
      return new Result(new ArrayList<>(ids), Found.NAMES, named);
    }
    if (hits.total() > 0) {
      return new Result(hits.ids(), Found.ANY_WORD, suggestions);
    }
    return new Result(List.of(), Found.NOTHING, suggestions);
  }
}
