package org.sightline.app.extraction;

import java.util.Optional;
import org.sightline.app.review.DocumentOrigins;
import org.sightline.store.documents.Documents;
import org.springframework.stereotype.Component;

/** A transfer's document, from the decision that drafted it (its label). */
@Component
record LabelOrigins(Documents documents) implements DocumentOrigins {
  @Override
  public Optional<Origin> of(String transferId) {
    return documents
        .labelOfTransfer(transferId)
        .map(l -> new Origin(l.documentId(), l.candidateIndex() + 1));
  }
}
