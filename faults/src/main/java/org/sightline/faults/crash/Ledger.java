package org.sightline.faults.crash;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every write the server acknowledged (a 2xx answer with an id), across all rounds: the promises a
 * crash must not break. Also notices an identifier handed out a second time.
 */
final class Ledger {
  /** The states a crash-check transfer moves through, in order. */
  enum State {
    DRAFT("draft"),
    IN_REVIEW("in_review"),
    PUBLISHED("published");

    final String key;

    State(String key) {
      this.key = key;
    }

    static State of(String key) {
      for (State s : values()) {
        if (s.key.equals(key)) {
          return s;
        }
      }
      throw new IllegalArgumentException("unexpected state " + key);
    }
  }

  private final Map<String, State> transfers = new HashMap<>();
  private final Set<Long> documents = new HashSet<>();
  private int acknowledged;
  private int acknowledgedThisRound;
  private int reused;
  private final Set<String> reusedIds = new HashSet<>();

  /** A new transfer answered 201; false if that id had been handed out before. */
  synchronized boolean created(String id) {
    count();
    if (transfers.putIfAbsent(id, State.DRAFT) != null) {
      reused++;
      reusedIds.add(id);
      return false;
    }
    return true;
  }

  /** A submit or publish of {@code id} answered 2xx with {@code state}. */
  synchronized void moved(String id, State state) {
    count();
    transfers.merge(id, state, (a, b) -> a.compareTo(b) >= 0 ? a : b);
  }

  /** A document stored for extraction answered 2xx; false if that id had been handed out before. */
  synchronized boolean document(long id) {
    count();
    if (!documents.add(id)) {
      reused++;
      reusedIds.add("document " + id);
      return false;
    }
    return true;
  }

  private void count() {
    acknowledged++;
    acknowledgedThisRound++;
  }

  synchronized Map<String, State> transfers() {
    return Map.copyOf(transfers);
  }

  synchronized Set<Long> documents() {
    return Set.copyOf(documents);
  }

  /** Acknowledged writes (creates, submits, publishes, documents) since the last call. */
  synchronized int takeRound() {
    int n = acknowledgedThisRound;
    acknowledgedThisRound = 0;
    return n;
  }

  synchronized int acknowledged() {
    return acknowledged;
  }

  synchronized int reused() {
    return reused;
  }

  synchronized List<String> reusedIds() {
    return List.copyOf(reusedIds);
  }
}
