package org.sightline.app.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.countries.Countries;
import org.sightline.core.json.Json;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.Organization;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Revision;
import org.sightline.core.model.Source;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.RecordRules;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.Checks;
import org.sightline.store.json.OrganizationJson;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.Proposal;
import org.sightline.store.registry.Proposals;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.TransferResponses;
import org.sightline.store.registry.Visibility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one publication workflow, keyed by {@link EntityType}, shared by the write API, the edit
 * forms, the review queue and the right of reply: draft → in review → published → retracted.
 *
 * <ul>
 *   <li>Transfers and organizations are drafted, submitted, published or sent back, and retracted;
 *       responses are added in review, then published or retracted. The same steps check the same
 *       states for all three.
 *   <li>Drafts, records in review and retracted records are changed in place. A change to a
 *       published transfer or organization becomes a pending {@link Proposal}: the published
 *       version stays public and unchanged until a reviewer approves it (then the record becomes
 *       the proposal, still published, with a revision) or rejects it with a reason.
 *   <li>Two-person rule ({@code sightline.review.two-person-rule}, on by default): a reviewer may
 *       not publish a record whose content they changed last (a response they added), nor approve
 *       their own proposal.
 *   <li>A published transfer needs a source with an evidence quote, also after a proposal.
 * </ul>
 *
 * <p>Who may call which step (contributor, reviewer) is decided by the security rules before any of
 * this runs; the names passed in are the signed-in usernames. Refusals are {@link WorkflowRefusal}s
 * (answered in the API's error contract) or {@link NotFoundException}s.
 */
@Component
public class PublicationWorkflow {
  /** A state change: where it leads, from where, and the reason it records when none is given. */
  private enum Step {
    SUBMIT(
        PublicationState.IN_REVIEW,
        "submitted for review",
        PublicationState.DRAFT,
        PublicationState.RETRACTED),
    PUBLISH(PublicationState.PUBLISHED, "published", PublicationState.IN_REVIEW),
    /** Back to its author as a draft; the reviewer must say why. */
    SEND_BACK(PublicationState.DRAFT, null, PublicationState.IN_REVIEW),
    /** Off the public record, kept with its history; the reviewer must say why. */
    RETRACT(PublicationState.RETRACTED, null, PublicationState.PUBLISHED),
    /** A draft (new or sent back) given up, kept with its history; its author says why. */
    DISCARD(PublicationState.RETRACTED, null, PublicationState.DRAFT);

    final PublicationState to;
    final String defaultReason;
    final List<PublicationState> from;

    Step(PublicationState to, String defaultReason, PublicationState... from) {
      this.to = to;
      this.defaultReason = defaultReason;
      this.from = List.of(from);
    }
  }

  private final Register register;
  private final RegisterWriter writer;
  private final Proposals proposals;
  private final RecordRules rules;
  private final boolean twoPersonRule;
  private final Map<EntityType, Publishable> kinds = new EnumMap<>(EntityType.class);
  private final Publishable.Transfers transfers;

  PublicationWorkflow(
      Register register,
      RegisterWriter writer,
      Proposals proposals,
      TransferResponses responses,
      Countries countries,
      @Value("${sightline.review.two-person-rule:true}") boolean twoPersonRule) {
    this.register = register;
    this.writer = writer;
    this.proposals = proposals;
    this.rules = new RecordRules(countries);
    this.twoPersonRule = twoPersonRule;
    this.transfers = new Publishable.Transfers(register, writer);
    for (Publishable p :
        List.of(
            transfers,
            new Publishable.Organizations(register, writer),
            new Publishable.Responses(responses))) {
      kinds.put(p.type(), p);
    }
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

  // --- state changes, for every entity type ---------------------------------------------------

  /** A draft (or a retracted record) goes to review. */
  public void submit(EntityType type, String id, String author, String reason) {
    step(Step.SUBMIT, type, id, author, reason);
  }

  /** A record in review is published, by a reviewer who did not make its last change. */
  public void publish(EntityType type, String id, String reviewer, String reason) {
    step(Step.PUBLISH, type, id, reviewer, reason);
  }

  /** A record in review goes back to its author as a draft, with the reviewer's reason. */
  public void sendBack(EntityType type, String id, String reviewer, String reason) {
    step(Step.SEND_BACK, type, id, reviewer, reason);
  }

  /** A published record is retracted with a reason; it stays in the history. */
  public void retract(EntityType type, String id, String reviewer, String reason) {
    step(Step.RETRACT, type, id, reviewer, reason);
  }

  /**
   * A draft (never submitted, or sent back) is given up: it leaves the queue and "My work" lists it
   * as discarded, with the reason in its history. Its author (who created it) or a reviewer may
   * discard it; submitting it again brings it back.
   */
  public void discard(EntityType type, String id, String user, boolean reviewer, String reason) {
    kinds.get(type).state(id); // an unknown record is "not found", not "not yours"
    requireAuthorOrReviewer(type, id, user, reviewer);
    step(Step.DISCARD, type, id, user, OwnRecords.DISCARDED + required(reason));
  }

  private void requireAuthorOrReviewer(EntityType type, String id, String user, boolean reviewer) {
    List<Revision> history = register.history(type.key(), id);
    String creator = history.isEmpty() ? null : history.get(0).author();
    if (!reviewer && !user.equals(creator)) {
      throw new WorkflowRefusal(
          HttpStatus.FORBIDDEN,
          "not_your_draft",
          "only the draft's author or a reviewer may discard it",
          List.of());
    }
  }

  private void step(Step step, EntityType type, String id, String user, String reason) {
    Publishable kind = kinds.get(type);
    PublicationState state = kind.state(id);
    if (!step.from.contains(state)) {
      throw WorkflowRefusal.conflict(
          type.key()
              + " '"
              + id
              + "' is "
              + state.key()
              + "; this step needs it "
              + String.join(" or ", step.from.stream().map(PublicationState::key).toList()));
    }
    String why = step.defaultReason == null ? required(reason) : reasonOr(reason, step);
    if (step == Step.PUBLISH) {
      kind.requirePublishable(id);
      if (!mayPublishAfter(kind.lastEditor(id), user)) {
        throw ownWork("you made the last change to this record; another reviewer must publish it");
      }
    }
    kind.move(id, step.to, user, why);
  }

  // --- content of transfers and organizations -------------------------------------------------

  /** Stores a new draft transfer; its id must be free. */
  public Written create(Transfer draft, String author) {
    return create(draft, author, "created as a draft");
  }

  /** Stores a new draft with the reason its revision carries (e.g. "accepted from extraction"). */
  public Written create(Transfer draft, String author, String reason) {
    Transfer t = draft.withState(PublicationState.DRAFT);
    requireValid(rules.check(t));
    if (register.findTransfer(t.id(), Visibility.REVIEWER).isPresent()) {
      throw conflictingId(EntityType.TRANSFER, t.id());
    }
    writer.saveTransfers(List.of(t), author, reason);
    return new Written(t.id(), null);
  }

  public Written create(Organization draft, String author) {
    Organization o = draft.withState(PublicationState.DRAFT);
    requireValid(rules.check(o));
    if (register.findOrganization(o.id(), Visibility.REVIEWER).isPresent()) {
      throw conflictingId(EntityType.ORGANIZATION, o.id());
    }
    writer.saveOrganizations(List.of(o), author, "created as a draft");
    return new Written(o.id(), null);
  }

  /**
   * Changes a transfer: in place unless it is published, in which case the change becomes a pending
   * proposal and the published version stays as it is.
   */
  public Written change(String id, Transfer changed, String author, String reason) {
    StoredTransfer stored = transfers.find(id);
    Transfer t = changed.withState(stored.transfer().state());
    requireValid(rules.check(t));
    if (t.state() != PublicationState.PUBLISHED) {
      writer.saveTransfers(List.of(t), author, reasonOr(reason, "changed"));
      return new Written(id, null);
    }
    Publishable.requireEvidence(t);
    return propose(
        EntityType.TRANSFER,
        id,
        stored.revision(),
        TransferJson.snapshot(stored.transfer()),
        TransferJson.snapshot(t),
        author,
        reason);
  }

  public Written change(String id, Organization changed, String author, String reason) {
    StoredOrganization stored =
        register
            .findOrganization(id, Visibility.REVIEWER)
            .orElseThrow(() -> new NotFoundException("no organization with id '" + id + "'"));
    Organization o = changed.withState(stored.organization().state());
    requireValid(rules.check(o));
    if (o.state() != PublicationState.PUBLISHED) {
      writer.saveOrganizations(List.of(o), author, reasonOr(reason, "changed"));
      return new Written(id, null);
    }
    return propose(
        EntityType.ORGANIZATION,
        id,
        stored.revision(),
        OrganizationJson.snapshot(stored.organization()),
        OrganizationJson.snapshot(o),
        author,
        reason);
  }

  /** Adds a source to a transfer (in place or as a proposal, like any other change). */
  public Written addSource(String id, Source source, String author, String reason) {
    Transfer t = transfers.find(id).transfer();
    List<Source> sources = new ArrayList<>(t.sources());
    sources.add(source);
    Transfer changed = t.withSources(sources);
    return change(id, changed, author, reasonOr(reason, "source added"));
  }

  /**
   * Merges a duplicate into a record as one more source, through review like any change: refused
   * when the record is gone (missing or retracted), or when it, or a change to it waiting for
   * review, already cites the source (the same URL; without one, the same title line).
   */
  public Written addNewSource(String id, Source source, String author, String reason) {
    if (cites(id, live(id), source)) {
      throw WorkflowRefusal.conflict(id + " already has this source");
    }
    return addSource(id, source, author, reason);
  }

  /**
   * Merges a draft into the record it duplicates, in one action: the draft's sources the record
   * lacks are added to it (a proposal when it is published), and the draft is discarded with a
   * reason that says where it went. Only its author or a reviewer may, as for discarding.
   */
  public Written mergeDraft(String draftId, String targetId, String user, boolean reviewer) {
    Transfer draft = transfers.find(draftId).transfer();
    if (draft.state() != PublicationState.DRAFT) {
      throw WorkflowRefusal.conflict(draftId + " is " + draft.state().key() + ", not a draft");
    }
    if (draftId.equals(targetId)) {
      throw WorkflowRefusal.invalid("record", "cannot be merged into itself");
    }
    requireAuthorOrReviewer(EntityType.TRANSFER, draftId, user, reviewer);
    Transfer target = live(targetId);
    List<Source> sources = new ArrayList<>(target.sources());
    for (Source s : draft.sources()) {
      if (!cites(targetId, target, s)) {
        sources.add(s);
      }
    }
    if (sources.size() == target.sources().size()) {
      throw WorkflowRefusal.conflict(targetId + " already has this draft's sources");
    }
    Written w = change(targetId, target.withSources(sources), user, "sources of " + draftId);
    step(
        Step.DISCARD,
        EntityType.TRANSFER,
        draftId,
        user,
        OwnRecords.DISCARDED
            + "merged into "
            + targetId
            + (w.proposed() ? ", proposal " + w.proposalId() : ""));
    return w;
  }

  /** A transfer one may still add to: neither missing nor retracted. */
  private Transfer live(String id) {
    return register
        .findTransfer(id, Visibility.REVIEWER)
        .map(StoredTransfer::transfer)
        .filter(found -> found.state() != PublicationState.RETRACTED)
        .orElseThrow(() -> WorkflowRefusal.conflict(id + " no longer exists or was retracted"));
  }

  /** Whether the record, or a change to it waiting for review, already cites the source. */
  private boolean cites(String id, Transfer t, Source source) {
    return cites(t, source)
        || proposals.pendingFor(EntityType.TRANSFER.key(), id).stream()
            .anyMatch(
                p -> cites(TransferJson.parse(Json.readRecord(p.snapshot())).transfer(), source));
  }

  private static boolean cites(Transfer t, Source source) {
    return t.sources().stream()
        .anyMatch(
            s ->
                source.url() != null
                    ? source.url().equals(s.url())
                    : s.url() == null && Objects.equals(source.publisher(), s.publisher()));
  }

  private Written propose(
      EntityType type,
      String id,
      int baseRevision,
      String published,
      String proposed,
      String author,
      String reason) {
    if (proposed.equals(published)) {
      throw WorkflowRefusal.invalid("record", "is the same as the published version");
    }
    Proposal p =
        proposals.propose(
            type.key(), id, baseRevision, proposed, author, Checks.blankToNull(reason));
    return new Written(id, p.id());
  }

  // --- proposals ------------------------------------------------------------------------------

  public void approve(long proposalId, String reviewer, String note) {
    Proposal p = proposal(proposalId);
    if (!mayDecide(p, reviewer)) {
      throw ownWork("you proposed this change; another reviewer must approve it");
    }
    if (EntityType.TRANSFER.key().equals(p.entityType())) {
      Publishable.requireEvidence(TransferJson.parse(Json.readRecord(p.snapshot())).transfer());
    }
    decided(proposals.approve(proposalId, reviewer, Checks.blankToNull(note)), proposalId);
  }

  public void reject(long proposalId, String reviewer, String reason) {
    proposal(proposalId);
    decided(proposals.reject(proposalId, reviewer, required(reason)), proposalId);
  }

  /**
   * What would stop this transfer from being published, in words, so that editors and the queue say
   * so before it is submitted rather than a refusal after: the register's rules for a published
   * record (a source URL among them) and an evidence quote.
   */
  public List<String> publicationBlockers(Transfer t) {
    List<String> out = new ArrayList<>();
    for (Violation v : rules.check(t.withState(PublicationState.PUBLISHED))) {
      out.add(v.message());
    }
    try {
      Publishable.requireEvidence(t);
    } catch (WorkflowRefusal e) {
      out.add(e.getMessage());
    }
    return out;
  }

  // --- the two-person rule --------------------------------------------------------------------

  /** Whether this reviewer may publish the record in review. */
  public boolean mayPublish(EntityType type, String id, String reviewer) {
    return mayPublishAfter(kinds.get(type).lastEditor(id), reviewer);
  }

  /** The two-person rule for a record whose last content change {@code lastEditor} made. */
  public boolean mayPublishAfter(String lastEditor, String reviewer) {
    return !twoPersonRule || !reviewer.equals(lastEditor);
  }

  public boolean mayDecide(Proposal p, String reviewer) {
    return !twoPersonRule || !reviewer.equals(p.author());
  }

  /** Whether a revision changed the record's content (not only its workflow state). */
  public static boolean isContentChange(Revision r) {
    return Publishable.isContentChange(r);
  }

  // --- shared ---------------------------------------------------------------------------------

  private static void requireValid(List<Violation> violations) {
    if (!violations.isEmpty()) {
      throw WorkflowRefusal.invalid(violations);
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

  private Proposal proposal(long id) {
    return proposals.find(id).orElseThrow(() -> new NotFoundException("no proposal with id " + id));
  }

  private static WorkflowRefusal conflictingId(EntityType type, String id) {
    return WorkflowRefusal.conflict(
        "a " + type.key() + " with id '" + id + "' already exists; change it with PUT");
  }

  private static String required(String reason) {
    String r = Checks.blankToNull(reason);
    if (r == null) {
      throw WorkflowRefusal.invalid("reason", "is required");
    }
    return r;
  }

  private static String reasonOr(String reason, Step step) {
    return reasonOr(reason, step.defaultReason);
  }

  private static String reasonOr(String reason, String fallback) {
    return Objects.requireNonNullElse(Checks.blankToNull(reason), fallback);
  }
}
