/**
 * Review and publication: the one {@code PublicationWorkflow} keyed by entity type (draft, review,
 * published, retracted, proposals, two-person rule), the {@code /review} queue, the proposals API,
 * and the edit forms with the one {@code TransferForm}. Exposes the workflow and what the write
 * APIs and the extraction review share with it.
 */
package org.sightline.app.review;
