package org.sightline.app.review;

import java.util.Optional;

/**
 * Where a transfer came from when it was drafted from a document, so the review queue can link to
 * the document with the evidence highlighted. Implemented by the extraction room, which depends on
 * this one (never the other way round).
 */
public interface DocumentOrigins {
  /** The document and the candidate (1-based) a transfer was drafted from, if it was. */
  Optional<Origin> of(String transferId);

  record Origin(long documentId, int candidateNumber) {
    /** The document page, scrolled to the candidate's evidence in the text. */
    public String href() {
      return "/review/extract/documents/" + documentId + "#ev-" + candidateNumber;
    }
  }
}
