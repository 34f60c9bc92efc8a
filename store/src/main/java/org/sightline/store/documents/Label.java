package org.sightline.store.documents;

import java.time.Instant;

/**
 * One review decision on one candidate, kept to measure and improve extraction.
 *
 * @param candidateIndex the candidate's position in the document's stored candidates
 * @param fingerprint identifies the candidate across re-extractions of the same text (chosen by the
 *     caller: a hash of the text's digest and the candidate's defining fields)
 * @param candidateJson the candidate as proposed (an extraction.md line)
 * @param editedJson the contract JSON saved instead, for {@link Decision#EDITED}; else null
 * @param transferId the draft created, for accepted and edited candidates; else null
 */
public record Label(
    long id,
    long documentId,
    int candidateIndex,
    String fingerprint,
    String candidateJson,
    Decision decision,
    String editedJson,
    String transferId,
    String reason,
    String author,
    Instant createdAt) {}
