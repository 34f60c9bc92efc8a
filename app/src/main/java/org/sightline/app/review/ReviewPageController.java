package org.sightline.app.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.app.review.SnapshotDiff.FieldChange;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.app.web.Roles;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.json.Json;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Revision;
import org.sightline.core.model.Transfer;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.Role;
import org.sightline.store.json.OrganizationJson;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.Proposal;
import org.sightline.store.registry.Proposals;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /review}: the queue of work waiting for a second person, for signed-in contributors to see
 * and reviewers to act on. It lists transfers and organizations in review and proposed changes to
 * published records, each with its differences from the published version (every field as added for
 * a record never published), its author, reason and time. Reviewers publish or send back, approve
 * or reject, with CSRF-protected forms; under the two-person rule the buttons are disabled for the
 * reviewer's own work, and the server refuses it anyway.
 */
@PageController
record ReviewPageController(
    Register register,
    Proposals proposals,
    PublicationWorkflow workflow,
    Accounts accounts,
    DuplicateFinder duplicates,
    ObjectProvider<DocumentOrigins> origins) {

  /**
   * One item of the queue. {@code kind} is transfer or organization, {@code proposalId} is set for
   * a proposed change; {@code mayAct} is false for the viewer's own work under the two-person rule.
   */
  record Item(
      String kind,
      String recordId,
      String title,
      Long proposalId,
      boolean republication,
      String author,
      String authorRole,
      String reason,
      Instant at,
      List<FieldChange> changes,
      boolean stale,
      boolean mayAct,
      Context context) {
    public boolean proposal() {
      return proposalId != null;
    }

    /** Where the item's forms post: /review/transfers/{id} or /review/proposals/{id}. */
    public String action() {
      return proposalId != null
          ? "/review/proposals/" + proposalId
          : "/review/" + kind + "s/" + recordId;
    }
  }

  /**
   * What a reviewer needs around a transfer's diff: the document it was drafted from (evidence
   * highlighted), the published record it would change, suppliers the register does not know yet,
   * and the records it may duplicate.
   */
  record Context(
      String documentHref,
      String recordHref,
      List<String> newOrganizations,
      List<DuplicateFinder.PossibleDuplicate> duplicates,
      List<String> blockers) {}

  private Context context(EntityType type, String id, Transfer proposed, boolean published) {
    if (type != EntityType.TRANSFER || proposed == null) {
      return new Context(
          null, published ? "/organizations/" + id : null, List.of(), List.of(), List.of());
    }
    DocumentOrigins origins = this.origins.getIfAvailable();
    String documentHref =
        origins == null ? null : origins.of(id).map(DocumentOrigins.Origin::href).orElse(null);
    List<String> unknown =
        proposed.supplierOrgs().stream()
            .filter(o -> o.id() == null && o.name() != null)
            .map(OrganizationRef::name)
            .toList();
    return new Context(
        documentHref,
        published ? "/transfers/" + id : null,
        unknown,
        duplicates.of(proposed, java.util.Set.of(id)),
        workflow.publicationBlockers(proposed));
  }

  /** A draft not yet submitted: where to edit it, who touched it last and why (a send-back). */
  record Draft(
      String kind, String recordId, String title, String author, String reason, Instant at) {
    public String editUrl() {
      return "/edit/" + kind + "s/" + recordId;
    }
  }

  private Draft draft(EntityType type, String id, String title) {
    List<Revision> history = register.history(type.key(), id);
    Revision latest = history.isEmpty() ? null : history.get(history.size() - 1);
    return new Draft(
        type.key(),
        id,
        title,
        latest == null ? null : latest.author(),
        latest == null ? null : latest.reason(),
        latest == null ? null : latest.createdAt());
  }

  @GetMapping("/review")
  String queue(Model model) {
    String viewer = Roles.currentUsername();
    boolean reviewer = Roles.currentHas(Role.REVIEWER);
    List<Item> records = new ArrayList<>();
    for (String id : proposals.idsInState(EntityType.TRANSFER.key(), PublicationState.IN_REVIEW)) {
      register
          .findTransfer(id, Visibility.REVIEWER)
          .ifPresent(
              st ->
                  records.add(
                      inReview(
                          EntityType.TRANSFER,
                          id,
                          title(st.transfer()),
                          TransferJson.snapshot(st.transfer()),
                          st.transfer(),
                          viewer)));
    }
    for (String id :
        proposals.idsInState(EntityType.ORGANIZATION.key(), PublicationState.IN_REVIEW)) {
      register
          .findOrganization(id, Visibility.REVIEWER)
          .ifPresent(
              so ->
                  records.add(
                      inReview(
                          EntityType.ORGANIZATION,
                          id,
                          so.organization().name(),
                          OrganizationJson.snapshot(so.organization()),
                          null,
                          viewer)));
    }
    List<Item> changes = new ArrayList<>();
    for (Proposal p : proposals.pending()) {
      proposed(p, viewer).ifPresent(changes::add);
    }
    List<Draft> drafts = new ArrayList<>();
    for (String id : proposals.idsInState(EntityType.TRANSFER.key(), PublicationState.DRAFT)) {
      register
          .findTransfer(id, Visibility.REVIEWER)
          .ifPresent(st -> drafts.add(draft(EntityType.TRANSFER, id, title(st.transfer()))));
    }
    for (String id : proposals.idsInState(EntityType.ORGANIZATION.key(), PublicationState.DRAFT)) {
      register
          .findOrganization(id, Visibility.REVIEWER)
          .ifPresent(
              so -> drafts.add(draft(EntityType.ORGANIZATION, id, so.organization().name())));
    }
    model.addAttribute("drafts", drafts);
    model.addAttribute("title", "Review");
    model.addAttribute("records", records);
    model.addAttribute("changes", changes);
    model.addAttribute("reviewer", reviewer);
    model.addAttribute("viewer", viewer);
    model.addAttribute("twoPersonRule", workflow.twoPersonRule());
    return "review";
  }

  /** Two transfers side by side: a record in the queue and a record it may duplicate. */
  @GetMapping("/review/compare/{left}/{right}")
  String compare(@PathVariable String left, @PathVariable String right, Model model) {
    Transfer a = transferOrMissing(left);
    Transfer b = transferOrMissing(right);
    model.addAttribute("title", left + " beside " + right);
    model.addAttribute("leftTitle", left + " " + title(a));
    model.addAttribute(
        "leftHref", a.isPublished() ? "/transfers/" + left : "/edit/transfers/" + left);
    model.addAttribute("rightTitle", right + " " + title(b));
    model.addAttribute(
        "rightHref", b.isPublished() ? "/transfers/" + right : "/edit/transfers/" + right);
    model.addAttribute("rows", SideBySide.rows(TransferJson.snapshot(a), TransferJson.snapshot(b)));
    model.addAttribute("backHref", "/review");
    model.addAttribute(
        "mergeAction",
        a.state() == PublicationState.DRAFT && !left.equals(right)
            ? "/edit/transfers/" + left + "/merge-into/" + right
            : null);
    return "compare";
  }

  private Transfer transferOrMissing(String id) {
    return register
        .findTransfer(id, Visibility.REVIEWER)
        .map(StoredTransfer::transfer)
        .orElseThrow(() -> PageNotFound.noSuch("transfer", id));
  }

  /** Publishes a transfer or organization in review ({@code kind} is the path's plural). */
  @PostMapping("/review/{kind:transfers|organizations}/{id}/publish")
  String publish(
      @PathVariable String kind,
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      RedirectAttributes r) {
    EntityType type = reviewable(kind);
    r.addFlashAttribute("published", "/" + kind + "/" + id);
    return act(
        r,
        named(type, id) + " is published.",
        () -> workflow.publish(type, id, Roles.currentUser(Role.REVIEWER), reason));
  }

  @PostMapping("/review/{kind:transfers|organizations}/{id}/send-back")
  String sendBack(
      @PathVariable String kind,
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      RedirectAttributes r) {
    EntityType type = reviewable(kind);
    return act(
        r,
        named(type, id) + " is back to draft.",
        () -> workflow.sendBack(type, id, Roles.currentUser(Role.REVIEWER), reason));
  }

  /** The record type of a review path: {@code transfers} or {@code organizations}. */
  private static EntityType reviewable(String kind) {
    return kind.equals("transfers") ? EntityType.TRANSFER : EntityType.ORGANIZATION;
  }

  /** "Transfer T0001", "Organization O0001": how the notices name a record. */
  private static String named(EntityType type, String id) {
    return Character.toUpperCase(type.key().charAt(0)) + type.key().substring(1) + " " + id;
  }

  @PostMapping("/review/proposals/{id}/approve")
  String approve(
      @PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes r) {
    return act(
        r,
        "The change is approved and published.",
        () -> workflow.approve(id, Roles.currentUser(Role.REVIEWER), reason));
  }

  @PostMapping("/review/proposals/{id}/reject")
  String reject(
      @PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes r) {
    return act(
        r,
        "The change is rejected.",
        () -> workflow.reject(id, Roles.currentUser(Role.REVIEWER), reason));
  }

  private static String act(RedirectAttributes r, String done, Runnable step) {
    try {
      step.run();
      r.addFlashAttribute("notice", done);
    } catch (WorkflowRefusal | NotFoundException e) {
      r.addFlashAttribute("problem", e.getMessage());
      r.getFlashAttributes().remove("published");
    }
    return "redirect:/review";
  }

  private Item inReview(
      EntityType type, String id, String title, String current, Transfer transfer, String viewer) {
    List<Revision> history = register.history(type.key(), id);
    String lastPublished = null;
    Revision editor = null;
    for (Revision rev : history) {
      if (rev.after() != null && rev.after().contains("\"state\":\"published\"")) {
        lastPublished = rev.after();
      }
      if (PublicationWorkflow.isContentChange(rev)) {
        editor = rev;
      }
    }
    Revision latest = history.isEmpty() ? null : history.get(history.size() - 1);
    String author = editor == null ? null : editor.author();
    return new Item(
        type.key(),
        id,
        title,
        null,
        lastPublished != null,
        author,
        roleOf(author),
        latest == null ? null : latest.reason(),
        latest == null ? null : latest.createdAt(),
        SnapshotDiff.between(lastPublished, current),
        false,
        // The history is already read: the two-person rule needs no second reading.
        viewer != null && workflow.mayPublishAfter(author, viewer),
        context(type, id, transfer, lastPublished != null));
  }

  private Optional<Item> proposed(Proposal p, String viewer) {
    String current;
    String title;
    int revision;
    Context context;
    if (EntityType.TRANSFER.key().equals(p.entityType())) {
      Optional<StoredTransfer> st = register.findTransfer(p.entityId(), Visibility.REVIEWER);
      if (st.isEmpty()) {
        return Optional.empty();
      }
      current = TransferJson.snapshot(st.get().transfer());
      title = title(st.get().transfer());
      revision = st.get().revision();
      context =
          context(
              EntityType.TRANSFER,
              p.entityId(),
              TransferJson.parse(Json.readRecord(p.snapshot())).transfer(),
              true);
    } else {
      Optional<StoredOrganization> so =
          register.findOrganization(p.entityId(), Visibility.REVIEWER);
      if (so.isEmpty()) {
        return Optional.empty();
      }
      Organization o = so.get().organization();
      current = OrganizationJson.snapshot(o);
      title = o.name();
      revision = so.get().revision();
      context = context(EntityType.ORGANIZATION, p.entityId(), null, true);
    }
    return Optional.of(
        new Item(
            p.entityType(),
            p.entityId(),
            title,
            p.id(),
            false,
            p.author(),
            roleOf(p.author()),
            p.reason(),
            p.createdAt(),
            SnapshotDiff.between(current, p.snapshot()),
            revision != p.baseRevision(),
            viewer != null && workflow.mayDecide(p, viewer),
            context));
  }

  private String roleOf(String username) {
    if (username == null) {
      return null;
    }
    return accounts.findUser(username).map(a -> a.role().key()).orElse("import");
  }

  private static String title(Transfer t) {
    return DuplicateFinder.title(t);
  }
}
