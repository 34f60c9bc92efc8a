package org.sightline.app.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Organization;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Revision;
import org.sightline.core.model.Source;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.RecordRules;
import org.sightline.core.registry.Violation;
import org.sightline.store.json.OrganizationJson;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.Proposal;
import org.sightline.store.registry.Proposals;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review workflow for transfers and organizations, shared by the write API and the web forms so
 * both follow the same rules: draft → in review → published → retracted.
 *
 * <ul>
 *   <li>Drafts, records in review and retracted records are changed in place.
 *   <li>A change to a published record becomes a pending {@link Proposal}: the published version
 *       stays public and unchanged until a reviewer approves it (then the record becomes the
 *       proposal, still published, with a revision) or rejects it with a reason.
 *   <li>Two-person rule ({@code sightline.review.two-person-rule}, on by default): a reviewer may
 *       not publish a record whose last content change they made, nor approve their own proposal.
 *   <li>A published transfer needs a source with an evidence quote, also after a proposal.
 * </ul>
 *
 * <p>Who may call which step (contributor, reviewer) is decided by the security rules before any of
 * this runs; the names passed in are the signed-in usernames.
 */
@Component
public class RecordWorkflow {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> CONTENT_ACTIONS = List.of("create", "update");

  private final Register register;
  private final RegisterWriter writer;
  private final Proposals proposals;
  private final RecordRules rules;
  private final boolean twoPersonRule;

  RecordWorkflow(
      Register register,
      RegisterWriter writer,
      Proposals proposals,
      Countries countries,
      @Value("${sightline.review.two-person-rule:true}") boolean twoPersonRule) {
    this.register = register;
    this.writer = writer;
    this.proposals = proposals;
    this.rules = new RecordRules(countries);
    this.twoPersonRule = twoPersonRule;
  }

  /** A write's result: the record's id, and the proposal's id when the change awaits review. */
  public record Written(String id, Long proposalId) {
    public boolean proposed() {
      return proposalId != null;
    }
  }

  public boolean twoPersonRule() {
    return twoPersonRule;
  }

  public static String newTransferId() {
    return "T-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(Locale.ROOT);
  }

  public static String newOrganizationId() {
    return "O-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(Locale.ROOT);
  }

  // --- transfers ------------------------------------------------------------------------------

  /** Stores a new draft; its id must be free. */
  public Written createTransfer(Transfer draft, String author) {
    return createTransfer(draft, author, "created as a draft");
  }

  /** Stores a new draft with the reason its revision carries (e.g. "accepted from extraction"). */
  public Written createTransfer(Transfer draft, String author, String reason) {
    Transfer t = valid(draft.withState(PublicationState.DRAFT));
    if (register.findTransfer(t.id(), Visibility.REVIEWER).isPresent()) {
      throw conflictingId("transfer", t.id());
    }
    writer.saveTransfers(List.of(t), author, reason);
    return new Written(t.id(), null);
  }

  /**
   * Changes a transfer: in place unless it is published, in which case the change becomes a pending
   * proposal and the published version stays as it is.
   */
  public Written changeTransfer(String id, Transfer changed, String author, String reason) {
    StoredTransfer stored = transfer(id);
    PublicationState state = stored.transfer().state();
    Transfer t = valid(changed.withState(state));
    String why = blankToNull(reason);
    if (state != PublicationState.PUBLISHED) {
      writer.saveTransfers(List.of(t), author, why == null ? "changed" : why);
      return new Written(id, null);
    }
    requireEvidence(t);
    String snapshot = TransferJson.snapshot(t);
    if (snapshot.equals(TransferJson.snapshot(stored.transfer()))) {
      throw WorkflowRefusal.invalid("record", "is the same as the published version");
    }
    Proposal p =
        proposals.propose(RegisterWriter.TRANSFER, id, stored.revision(), snapshot, author, why);
    return new Written(id, p.id());
  }

  /** Adds a source to a transfer (in place or as a proposal, like any other change). */
  public Written addSource(String id, Source source, String author, String reason) {
    Transfer t = transfer(id).transfer();
    List<Source> sources = new ArrayList<>(t.sources());
    sources.add(source);
    Transfer changed =
        new Transfer(
            t.id(),
            t.supplierOrgs(),
            t.supplierCountry(),
            t.recipientCountry(),
            t.endUser(),
            t.technologies(),
            t.status(),
            t.yearStart(),
            t.yearEnd(),
            t.value(),
            t.financing(),
            t.summary(),
            sources,
            t.state());
    String why = blankToNull(reason);
    return changeTransfer(id, changed, author, why == null ? "source added" : why);
  }

  public void submitTransfer(String id, String author, String reason) {
    requireState("transfer", id, transfer(id).transfer().state(), draftOrRetracted());
    writer.setTransferState(
        id, PublicationState.IN_REVIEW, author, reasonOr(reason, "submitted for review"));
  }

  public void publishTransfer(String id, String reviewer, String reason) {
    StoredTransfer stored = transfer(id);
    requireState("transfer", id, stored.transfer().state(), PublicationState.IN_REVIEW);
    requireEvidence(stored.transfer());
    requireSecondPerson(RegisterWriter.TRANSFER, id, reviewer);
    writer.setTransferState(
        id, PublicationState.PUBLISHED, reviewer, reasonOr(reason, "published"));
  }

  /** Returns a transfer in review to its author as a draft, with the reviewer's reason. */
  public void sendBackTransfer(String id, String reviewer, String reason) {
    requireState("transfer", id, transfer(id).transfer().state(), PublicationState.IN_REVIEW);
    writer.setTransferState(id, PublicationState.DRAFT, reviewer, required(reason));
  }

  public void retractTransfer(String id, String reviewer, String reason) {
    requireState("transfer", id, transfer(id).transfer().state(), PublicationState.PUBLISHED);
    writer.retractTransfer(id, reviewer, required(reason));
  }

  // --- organizations --------------------------------------------------------------------------

  public Written createOrganization(Organization draft, String author) {
    Organization o = valid(draft.withState(PublicationState.DRAFT));
    if (register.findOrganization(o.id(), Visibility.REVIEWER).isPresent()) {
      throw conflictingId("organization", o.id());
    }
    writer.saveOrganizations(List.of(o), author, "created as a draft");
    return new Written(o.id(), null);
  }

  public Written changeOrganization(String id, Organization changed, String author, String reason) {
    StoredOrganization stored = organization(id);
    PublicationState state = stored.organization().state();
    Organization o = valid(changed.withState(state));
    String why = blankToNull(reason);
    if (state != PublicationState.PUBLISHED) {
      writer.saveOrganizations(List.of(o), author, why == null ? "changed" : why);
      return new Written(id, null);
    }
    String snapshot = OrganizationJson.snapshot(o);
    if (snapshot.equals(OrganizationJson.snapshot(stored.organization()))) {
      throw WorkflowRefusal.invalid("record", "is the same as the published version");
    }
    Proposal p =
        proposals.propose(
            RegisterWriter.ORGANIZATION, id, stored.revision(), snapshot, author, why);
    return new Written(id, p.id());
  }

  public void submitOrganization(String id, String author, String reason) {
    requireState("organization", id, organization(id).organization().state(), draftOrRetracted());
    writer.setOrganizationState(
        id, PublicationState.IN_REVIEW, author, reasonOr(reason, "submitted for review"));
  }

  public void publishOrganization(String id, String reviewer, String reason) {
    requireState(
        "organization", id, organization(id).organization().state(), PublicationState.IN_REVIEW);
    requireSecondPerson(RegisterWriter.ORGANIZATION, id, reviewer);
    writer.setOrganizationState(
        id, PublicationState.PUBLISHED, reviewer, reasonOr(reason, "published"));
  }

  public void sendBackOrganization(String id, String reviewer, String reason) {
    requireState(
        "organization", id, organization(id).organization().state(), PublicationState.IN_REVIEW);
    writer.setOrganizationState(id, PublicationState.DRAFT, reviewer, required(reason));
  }

  public void retractOrganization(String id, String reviewer, String reason) {
    requireState(
        "organization", id, organization(id).organization().state(), PublicationState.PUBLISHED);
    writer.setOrganizationState(id, PublicationState.RETRACTED, reviewer, required(reason));
  }

  // --- proposals ------------------------------------------------------------------------------

  public void approve(long proposalId, String reviewer, String note) {
    Proposal p = proposal(proposalId);
    if (twoPersonRule && reviewer.equals(p.author())) {
      throw ownWork("you proposed this change; another reviewer must approve it");
    }
    if (RegisterWriter.TRANSFER.equals(p.entityType())) {
      requireEvidence(TransferJson.parse(JSON.readTree(p.snapshot())).transfer());
    }
    decided(proposals.approve(proposalId, reviewer, blankToNull(note)), proposalId);
  }

  public void reject(long proposalId, String reviewer, String reason) {
    proposal(proposalId);
    decided(proposals.reject(proposalId, reviewer, required(reason)), proposalId);
  }

  /** Whether this reviewer may publish the record in review (the two-person rule). */
  public boolean mayPublish(String entityType, String id, String reviewer) {
    return mayPublishAfter(lastEditor(entityType, id), reviewer);
  }

  /** The two-person rule for a record whose last content change {@code lastEditor} made. */
  public boolean mayPublishAfter(String lastEditor, String reviewer) {
    return !twoPersonRule || !reviewer.equals(lastEditor);
  }

  /** Whether a revision changed the record's content (not only its workflow state). */
  public static boolean isContentChange(Revision r) {
    return CONTENT_ACTIONS.contains(r.action());
  }

  public boolean mayDecide(Proposal p, String reviewer) {
    return !twoPersonRule || !reviewer.equals(p.author());
  }

  /** Who made the last change to the record's content (not a state change). */
  public String lastEditor(String entityType, String id) {
    String last = null;
    for (Revision r : register.history(entityType, id)) {
      if (isContentChange(r)) {
        last = r.author();
      }
    }
    return last;
  }

  // --- shared ---------------------------------------------------------------------------------

  private Transfer valid(Transfer t) {
    List<Violation> violations = rules.check(t);
    if (!violations.isEmpty()) {
      throw WorkflowRefusal.invalid(violations);
    }
    return t;
  }

  private Organization valid(Organization o) {
    List<Violation> violations = rules.check(o);
    if (!violations.isEmpty()) {
      throw WorkflowRefusal.invalid(violations);
    }
    return o;
  }

  private static void requireEvidence(Transfer t) {
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

  private void requireSecondPerson(String entityType, String id, String reviewer) {
    if (!mayPublish(entityType, id, reviewer)) {
      throw ownWork("you made the last change to this record; another reviewer must publish it");
    }
  }

  private static WorkflowRefusal ownWork(String message) {
    return new WorkflowRefusal(HttpStatus.FORBIDDEN, "two_person_rule", message, List.of());
  }

  private static void decided(Proposals.Outcome outcome, long id) {
    switch (outcome) {
      case DONE -> {}
      case NOT_FOUND -> throw new NotFoundException("no proposal with id " + id);
      case NOT_PENDING -> throw WorkflowRefusal.conflict("proposal " + id + " is already decided");
      case STALE ->
          throw WorkflowRefusal.conflict(
              "the record changed after proposal "
                  + id
                  + " was made; reject it and propose the change again");
    }
  }

  private StoredTransfer transfer(String id) {
    return register
        .findTransfer(id, Visibility.REVIEWER)
        .orElseThrow(() -> new NotFoundException("no transfer with id '" + id + "'"));
  }

  private StoredOrganization organization(String id) {
    return register
        .findOrganization(id, Visibility.REVIEWER)
        .orElseThrow(() -> new NotFoundException("no organization with id '" + id + "'"));
  }

  private Proposal proposal(long id) {
    return proposals.find(id).orElseThrow(() -> new NotFoundException("no proposal with id " + id));
  }

  private static PublicationState[] draftOrRetracted() {
    return new PublicationState[] {PublicationState.DRAFT, PublicationState.RETRACTED};
  }

  private static void requireState(
      String kind, String id, PublicationState state, PublicationState... allowed) {
    if (Arrays.asList(allowed).contains(state)) {
      return;
    }
    throw WorkflowRefusal.conflict(
        kind
            + " '"
            + id
            + "' is "
            + state.key()
            + "; this step needs it "
            + String.join(" or ", Arrays.stream(allowed).map(PublicationState::key).toList()));
  }

  private static WorkflowRefusal conflictingId(String kind, String id) {
    return WorkflowRefusal.conflict(
        "a " + kind + " with id '" + id + "' already exists; change it with PUT");
  }

  private static String required(String reason) {
    String r = blankToNull(reason);
    if (r == null) {
      throw WorkflowRefusal.invalid("reason", "is required");
    }
    return r;
  }

  private static String reasonOr(String reason, String fallback) {
    return Objects.requireNonNullElse(blankToNull(reason), fallback);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
