package org.sightline.app.transfers;

import org.sightline.app.review.PublicationWorkflow;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Transfer;
import org.sightline.store.json.TransferJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one way a draft transfer is made from contract JSON: read the contract shape, give it an id
 * when it has none, and hand it to the review workflow, which applies the register's rules. Shared
 * by the write API ({@code POST /api/v1/transfers}) and the extraction review (accept, edit), so
 * both refuse the same records with the same field-level reasons ({@link WorkflowRefusal}).
 */
@Component
public record DraftTransfers(PublicationWorkflow workflow) {
  /** Reads the contract shape; the state is the server's business, not the client's. */
  public static Transfer parse(ObjectNode node) {
    node.put("state", PublicationState.DRAFT.key());
    TransferJson.Parsed parsed = TransferJson.parse(node);
    return WorkflowRefusal.valid(parsed.transfer(), parsed.violations());
  }

  /** Validates and saves a new draft (id generated when absent); returns its id. */
  public String create(ObjectNode node, String author, String reason) {
    if (!node.hasNonNull("id")) {
      node.put("id", PublicationWorkflow.newTransferId());
    }
    return workflow.create(parse(node), author, reason).id();
  }
}
