package org.sightline.app.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.app.review.DuplicateFinder;
import org.sightline.app.web.PageText;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.DuplicateRule;
import org.sightline.store.documents.Label;
import org.sightline.store.documents.StoredDocument;
import org.sightline.store.documents.WaitingDocument;
import org.springframework.stereotype.Component;

/**
 * "Possible duplicate of …" for each candidate of a document: compared by the core's {@link
 * DuplicateRule} with the register's records (published, in review, drafts), with the other
 * candidates of the same document, and with the undecided candidates of the other documents waiting
 * for a decision.
 */
@Component
record CandidateDuplicates(ExtractionService extraction, DuplicateFinder finder, PageText text) {
  /** Documents whose undecided candidates each candidate is compared with. */
  static final int OTHER_DOCUMENTS = 20;

  /**
   * One flag: what the candidate may duplicate ({@code what}, e.g. "T-… Huawei → KE, published"),
   * where to see it, where to compare side by side (null for another candidate), what agreed, and
   * the record's id when it is one (for "add as a source").
   */
  record Flag(String what, String href, String compareHref, String because, String recordId) {}

  /** Flags per candidate index (0-based); candidates without a flag are absent. */
  Map<Integer, List<Flag>> of(StoredDocument doc, int count, Map<Integer, Label> decisions) {
    List<Transfer> proposed = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      proposed.add(extraction.proposedTransfer(doc, i));
    }
    List<Other> others = otherCandidates(doc);
    Map<Integer, List<Flag>> out = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      List<Flag> flags = new ArrayList<>();
      Label decided = decisions.get(i);
      Set<String> own = new HashSet<>();
      if (decided != null && decided.transferId() != null) {
        own.add(decided.transferId());
      }
      for (DuplicateFinder.PossibleDuplicate d : finder.of(proposed.get(i), own)) {
        String href =
            d.state() == PublicationState.PUBLISHED
                ? "/transfers/" + d.id()
                : "/edit/transfers/" + d.id();
        flags.add(
            new Flag(
                d.id() + " " + d.title() + ", " + text.stateLabel(d.state()),
                href,
                "/review/extract/documents/"
                    + doc.id()
                    + "/candidates/"
                    + (i + 1)
                    + "/compare/"
                    + d.id(),
                d.because(),
                d.id()));
      }
      for (int j = 0; j < count; j++) {
        if (j != i && !decisions.containsKey(j)) {
          int other = j;
          DuplicateRule.agreements(proposed.get(i), proposed.get(j))
              .ifPresent(
                  why ->
                      flags.add(
                          new Flag(
                              "candidate " + (other + 1) + " of this document",
                              "#candidate-" + (other + 1),
                              null,
                              String.join(", ", why),
                              null)));
        }
      }
      for (Other o : others) {
        DuplicateRule.agreements(proposed.get(i), o.transfer())
            .ifPresent(
                why ->
                    flags.add(
                        new Flag(
                            "candidate " + o.number() + " of document " + o.documentId(),
                            "/review/extract/documents/"
                                + o.documentId()
                                + "#candidate-"
                                + o.number(),
                            null,
                            String.join(", ", why),
                            null)));
      }
      if (!flags.isEmpty()) {
        out.put(i, flags);
      }
    }
    return out;
  }

  private record Other(long documentId, int number, Transfer transfer) {}

  /** The undecided candidates of the newest other documents waiting for a decision. */
  private List<Other> otherCandidates(StoredDocument doc) {
    List<Other> out = new ArrayList<>();
    for (WaitingDocument w : extraction.waiting(OTHER_DOCUMENTS)) {
      if (w.id() == doc.id()) {
        continue;
      }
      StoredDocument other = extraction.document(w.id());
      Set<Integer> decided = new HashSet<>();
      extraction.labels(w.id()).forEach(l -> decided.add(l.candidateIndex()));
      for (int k = 0; k < w.candidates(); k++) {
        if (!decided.contains(k)) {
          out.add(new Other(w.id(), k + 1, extraction.proposedTransfer(other, k)));
        }
      }
    }
    return out;
  }
}
