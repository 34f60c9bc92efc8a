package org.sightline.app.review;

import java.util.List;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Revision;
import org.sightline.core.model.Source;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.Violation;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.StoredResponse;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.TransferResponses;
import org.sightline.store.registry.Visibility;
import org.springframework.http.HttpStatus;

/**
 * What {@link PublicationWorkflow} needs to know of one entity type: where a record stands, who the
 * two-person rule keeps from publishing it, what it must have before it is published, and how it is
 * moved to another state (in its own store, with a revision).
 */
interface Publishable {
  EntityType type();

  /** The record's state; {@link NotFoundException} when there is no record with this id. */
  PublicationState state(String id);

  /** Who last changed the record's content: under the two-person rule, not its publisher. */
  String lastEditor(String id);

  /** Refuses publication of a record that lacks what a published one needs. */
  default void requirePublishable(String id) {}

  void move(String id, PublicationState to, String user, String reason);

  /** Whether a revision changed a record's content (not only its workflow state). */
  static boolean isContentChange(Revision r) {
    return r.action().equals("create") || r.action().equals("update");
  }

  /** Who made the last content change of a record, from its revision history. */
  static String lastEditor(Register register, EntityType type, String id) {
    String last = null;
    for (Revision r : register.history(type.key(), id)) {
      if (isContentChange(r)) {
        last = r.author();
      }
    }
    return last;
  }

  /** A published transfer needs a source with an evidence quote, also after a proposal. */
  static void requireEvidence(Transfer t) {
    boolean evidenced =
        t.sources().stream().map(Source::evidence).anyMatch(e -> e != null && !e.isBlank());
    if (!evidenced) {
      throw new WorkflowRefusal(
          HttpStatus.BAD_REQUEST,
          "validation_failed",
          "a published transfer needs at least one source with an evidence quote",
          List.of(new Violation("sources", "at least one source needs an evidence quote")));
    }
  }

  record Transfers(Register register, RegisterWriter writer) implements Publishable {
    @Override
    public EntityType type() {
      return EntityType.TRANSFER;
    }

    StoredTransfer find(String id) {
      return register
          .findTransfer(id, Visibility.REVIEWER)
          .orElseThrow(() -> new NotFoundException("no transfer with id '" + id + "'"));
    }

    @Override
    public PublicationState state(String id) {
      return find(id).transfer().state();
    }

    @Override
    public String lastEditor(String id) {
      return Publishable.lastEditor(register, type(), id);
    }

    @Override
    public void requirePublishable(String id) {
      requireEvidence(find(id).transfer());
    }

    @Override
    public void move(String id, PublicationState to, String user, String reason) {
      writer.setTransferState(id, to, user, reason);
    }
  }

  record Organizations(Register register, RegisterWriter writer) implements Publishable {
    @Override
    public EntityType type() {
      return EntityType.ORGANIZATION;
    }

    @Override
    public PublicationState state(String id) {
      return register
          .findOrganization(id, Visibility.REVIEWER)
          .orElseThrow(() -> new NotFoundException("no organization with id '" + id + "'"))
          .organization()
          .state();
    }

    @Override
    public String lastEditor(String id) {
      return Publishable.lastEditor(register, type(), id);
    }

    @Override
    public void move(String id, PublicationState to, String user, String reason) {
      writer.setOrganizationState(id, to, user, reason);
    }
  }

  /** Responses to transfers: added in review by their author, who may not publish them. */
  record Responses(TransferResponses responses) implements Publishable {
    @Override
    public EntityType type() {
      return EntityType.RESPONSE;
    }

    StoredResponse find(String id) {
      return responses
          .find(id)
          .orElseThrow(() -> new NotFoundException("no response with id '" + id + "'"));
    }

    @Override
    public PublicationState state(String id) {
      return find(id).state();
    }

    @Override
    public String lastEditor(String id) {
      return find(id).createdBy();
    }

    @Override
    public void move(String id, PublicationState to, String user, String reason) {
      responses.setState(find(id).response().transferId(), id, to, user, reason);
    }
  }
}
