package org.sightline.store.registry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sightline.core.model.Revision;

/**
 * Read access to the register, the one way adapters (web app, CLI, exports, search index) query
 * records. Every method takes a {@link Visibility}: the public sees published records only. Lists
 * are ordered by id unless stated otherwise.
 */
public interface Register {

  Optional<StoredTransfer> findTransfer(String id, Visibility visibility);

  /** Filters and pages the transfers (see {@link TransferQuery}); ordered by id. */
  Page<StoredTransfer> findTransfers(TransferQuery query, Visibility visibility);

  /** Streams every visible transfer in id order without holding them all in memory. */
  void forEachTransfer(Visibility visibility, Consumer<StoredTransfer> action);

  /** The visible transfers whose suppliers include this organization. */
  List<StoredTransfer> transfersOfOrganization(String organizationId, Visibility visibility);

  Optional<StoredOrganization> findOrganization(String id, Visibility visibility);

  /** Resolves a name or alias (case, punctuation and legal suffixes ignored) to an organization. */
  Optional<StoredOrganization> findOrganizationByName(String nameOrAlias, Visibility visibility);

  List<StoredOrganization> organizations(Visibility visibility);

  /** The organizations whose parent is this one (by name or alias of the parent). */
  List<StoredOrganization> subsidiariesOf(String organizationId, Visibility visibility);

  /** A record's revisions, oldest first; entityType is "transfer" or "organization". */
  List<Revision> history(String entityType, String entityId);

  /** Id of the newest revision (0 when none): derived state compares it to know it is stale. */
  long lastRevisionId();

  /** Revisions with id greater than afterId, oldest first, at most limit of them. */
  List<Revision> revisionsAfter(long afterId, int limit);

  long countTransfers(Visibility visibility);

  /**
   * How many revisions have an id up to this one, or -1 when unknown. Revision ids are assigned
   * when a transaction writes but become visible when it commits, so derived state that follows the
   * log compares this count to notice revisions that arrived below its watermark.
   */
  default long countRevisionsUpTo(long revisionId) {
    return -1;
  }

  /**
   * The published transfers as they stood just before this instant, rebuilt from the revisions:
   * each as its latest revision then, kept when that revision left it published; in id order.
   */
  List<StoredTransfer> publishedTransfersBefore(Instant instant);

  /**
   * The published organizations just before this instant, like {@link #publishedTransfersBefore}.
   */
  List<StoredOrganization> publishedOrganizationsBefore(Instant instant);

  /** When the register's first revision was written; empty when there is none. */
  Optional<Instant> firstRevisionAt();
}
