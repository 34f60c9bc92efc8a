package org.sightline.core.extract;

import java.util.List;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Money;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;

/**
 * A transfer proposed by extraction, waiting for review: the fields of the JSON line in {@code
 * extraction.md} plus whether a supplier is an organization the register does not know yet.
 *
 * @param supplierOrgs canonical names of known organizations, else the names as written
 * @param supplierCountry ISO alpha-2, or null
 * @param recipientCountry ISO alpha-2, never null
 * @param year null when the text gives none
 * @param month 1-12, or null
 * @param confidence calibrated probability that the candidate matches a transfer an annotator would
 *     record
 * @param evidence the sentences that state it, with offsets into the extracted text
 * @param newOrganization true when a supplier name is not in the register
 * @param features the model inputs behind {@code confidence} (see {@link
 *     org.sightline.core.extract.confidence.Features}), kept for training and review
 */
public record Candidate(
    List<String> supplierOrgs,
    String supplierCountry,
    String recipientCountry,
    String endUser,
    List<TechnologyCategory> technologies,
    Integer year,
    Integer month,
    Money value,
    Financing financing,
    TransferStatus status,
    double confidence,
    List<Evidence> evidence,
    boolean newOrganization,
    double[] features) {

  public Candidate {
    supplierOrgs = List.copyOf(supplierOrgs);
    technologies = List.copyOf(technologies);
    evidence = List.copyOf(evidence);
  }

  /** The same candidate with another status. */
  public Candidate withStatus(TransferStatus s) {
    return new Candidate(
        supplierOrgs,
        supplierCountry,
        recipientCountry,
        endUser,
        technologies,
        year,
        month,
        value,
        financing,
        s,
        confidence,
        evidence,
        newOrganization,
        features);
  }

  /** The same candidate with another confidence. */
  public Candidate withConfidence(double c) {
    return new Candidate(
        supplierOrgs,
        supplierCountry,
        recipientCountry,
        endUser,
        technologies,
        year,
        month,
        value,
        financing,
        status,
        c,
        evidence,
        newOrganization,
        features);
  }
}
