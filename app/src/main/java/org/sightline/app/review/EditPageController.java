package org.sightline.app.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.app.web.Roles;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.Checks;
import org.sightline.core.schema.FieldContext;
import org.sightline.core.schema.OrganizationSchema;
import org.sightline.core.schema.TransferSchema;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.Proposals;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Edit forms for signed-in contributors: new and existing transfers (with their sources), a new
 * source for a transfer, new and existing organizations. They go through the same {@link
 * PublicationWorkflow} and {@link org.sightline.core.registry.RecordRules} as the write API, so a
 * draft or a record in review changes in place and a change to a published record becomes a
 * proposal for a reviewer. A refused form comes back as typed, each message next to its field.
 */
@PageController
record EditPageController(
    Register register,
    PublicationWorkflow workflow,
    Proposals proposals,
    Countries countries,
    OwnRecords ownRecords) {
  // --- transfers ------------------------------------------------------------------------------

  /**
   * The empty form, or one prefilled from the address (the same field names the form posts), so a
   * work list such as {@code /coverage} can start a draft for a country and technology.
   */
  @GetMapping("/edit/transfers/new")
  String newTransfer(@RequestParam MultiValueMap<String, String> params, Model model) {
    TransferForm form =
        params.isEmpty() ? TransferForm.empty() : TransferForm.of(params).withBlankSourceRow();
    return transferForm(model, null, form, List.of());
  }

  @PostMapping("/edit/transfers/new")
  String createTransfer(
      @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes r) {
    TransferForm form = TransferForm.of(params);
    String id = PublicationWorkflow.newTransferId();
    List<Violation> errors = new ArrayList<>();
    Transfer t = form.toTransfer(id, null, countries, errors);
    return save(
        new Saving(EntityType.TRANSFER, id, errors, params, Checks.blankToNull(form.reason())),
        problems -> transferForm(model, null, form.withBlankSourceRow(), problems),
        () -> workflow.create(t, Roles.currentUser(Role.CONTRIBUTOR)),
        "The draft is saved. Submit it for review when it is ready.",
        r);
  }

  @GetMapping("/edit/transfers/{id}")
  String editTransfer(@PathVariable String id, Model model) {
    StoredTransfer stored = transfer(id);
    return transferForm(model, stored, TransferForm.of(stored.transfer()), List.of());
  }

  @PostMapping("/edit/transfers/{id}")
  String changeTransfer(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes r) {
    StoredTransfer stored = transfer(id);
    TransferForm form = TransferForm.of(params);
    List<Violation> errors = new ArrayList<>();
    Transfer t = form.toTransfer(id, stored.transfer(), countries, errors);
    String reason = Checks.blankToNull(form.reason());
    return save(
        new Saving(EntityType.TRANSFER, id, errors, params, reason),
        problems -> transferForm(model, stored, form.withBlankSourceRow(), problems),
        () -> workflow.change(id, t, Roles.currentUser(Role.CONTRIBUTOR), reason),
        "The transfer is saved.",
        r);
  }

  @PostMapping("/edit/transfers/{id}/submit")
  String submitTransfer(@PathVariable String id, RedirectAttributes r) {
    transfer(id);
    return submit(EntityType.TRANSFER, id, r);
  }

  @GetMapping("/edit/transfers/{id}/sources/new")
  String newSource(@PathVariable String id, Model model) {
    return sourceForm(model, transfer(id), Map.of(), List.of());
  }

  @PostMapping("/edit/transfers/{id}/sources/new")
  String addSource(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes r) {
    StoredTransfer stored = transfer(id);
    Source s =
        TransferSchema.SOURCE.fromTyped(
            name -> params.getOrDefault(name, List.of()),
            new FieldContext(countries),
            new ArrayList<>());
    try {
      PublicationWorkflow.Written written =
          workflow.addSource(
              id,
              s,
              Roles.currentUser(Role.CONTRIBUTOR),
              Checks.blankToNull(params.getFirst("reason")));
      r.addFlashAttribute("notice", written.proposed() ? proposedNotice() : "The source is added.");
    } catch (WorkflowRefusal e) {
      return sourceForm(model, stored, params.toSingleValueMap(), renamed(problems(e), stored));
    }
    return "redirect:/edit/transfers/" + id;
  }

  // --- organizations --------------------------------------------------------------------------

  @GetMapping("/edit/organizations/new")
  String newOrganization(Model model) {
    return organizationForm(model, null, OrganizationForm.empty(), List.of());
  }

  @PostMapping("/edit/organizations/new")
  String createOrganization(
      @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes r) {
    OrganizationForm form = OrganizationForm.of(params);
    String id = form.id().isBlank() ? PublicationWorkflow.newOrganizationId() : form.id().strip();
    List<Violation> errors = new ArrayList<>();
    Organization o = form.toOrganization(id, PublicationState.DRAFT, countries, errors);
    return save(
        new Saving(EntityType.ORGANIZATION, id, errors, params, null),
        problems -> organizationForm(model, null, form, problems),
        () -> workflow.create(o, Roles.currentUser(Role.CONTRIBUTOR)),
        "The draft is saved.",
        r);
  }

  @GetMapping("/edit/organizations/{id}")
  String editOrganization(@PathVariable String id, Model model) {
    StoredOrganization stored = organization(id);
    return organizationForm(model, stored, OrganizationForm.of(stored.organization()), List.of());
  }

  @PostMapping("/edit/organizations/{id}")
  String changeOrganization(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes r) {
    StoredOrganization stored = organization(id);
    OrganizationForm form = OrganizationForm.of(params);
    List<Violation> errors = new ArrayList<>();
    Organization o = form.toOrganization(id, stored.organization().state(), countries, errors);
    String reason = Checks.blankToNull(form.reason());
    return save(
        new Saving(EntityType.ORGANIZATION, id, errors, params, reason),
        problems -> organizationForm(model, stored, form, problems),
        () -> workflow.change(id, o, Roles.currentUser(Role.CONTRIBUTOR), reason),
        "The organization is saved.",
        r);
  }

  @PostMapping("/edit/organizations/{id}/submit")
  String submitOrganization(@PathVariable String id, RedirectAttributes r) {
    organization(id);
    return submit(EntityType.ORGANIZATION, id, r);
  }

  // --- shared ---------------------------------------------------------------------------------

  /**
   * A posted form on its way to the workflow: the record it writes, what parsing it found wrong,
   * the posted fields (for the "submit" button) and the reason a submission carries.
   */
  private record Saving(
      EntityType type,
      String id,
      List<Violation> parseErrors,
      MultiValueMap<String, String> params,
      String submitReason) {}

  /**
   * Writes a parsed form: it comes back with its problems when parsing or the workflow refuses it;
   * otherwise the record's edit page follows, with a notice.
   */
  private String save(
      Saving saving,
      Function<List<Violation>, String> formAgain,
      Supplier<PublicationWorkflow.Written> write,
      String savedNotice,
      RedirectAttributes r) {
    if (!saving.parseErrors().isEmpty()) {
      return formAgain.apply(saving.parseErrors());
    }
    try {
      saved(write.get(), saving.type(), saving.params(), saving.submitReason(), savedNotice, r);
    } catch (WorkflowRefusal e) {
      return formAgain.apply(problems(e));
    }
    return "redirect:/edit/" + saving.type().key() + "s/" + saving.id();
  }

  /**
   * After a record is saved: a change to a published one is a proposal; otherwise the record is
   * submitted for review when the form's "submit" button was used.
   */
  private void saved(
      PublicationWorkflow.Written written,
      EntityType type,
      MultiValueMap<String, String> params,
      String submitReason,
      String savedNotice,
      RedirectAttributes r) {
    String notice = savedNotice;
    if (written.proposed()) {
      notice = proposedNotice();
    } else if ("submit".equals(params.getFirst("action"))) {
      workflow.submit(type, written.id(), Roles.currentUser(Role.CONTRIBUTOR), submitReason);
      notice = "The " + type.key() + " is saved and submitted for review.";
    }
    r.addFlashAttribute("notice", notice);
  }

  private String submit(EntityType type, String id, RedirectAttributes r) {
    try {
      workflow.submit(type, id, Roles.currentUser(Role.CONTRIBUTOR), null);
      r.addFlashAttribute("notice", "The " + type.key() + " is submitted for review.");
    } catch (WorkflowRefusal e) {
      r.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/edit/" + type.key() + "s/" + id;
  }

  private String transferForm(
      Model model, StoredTransfer stored, TransferForm form, List<Violation> problems) {
    String id = stored == null ? null : stored.transfer().id();
    recordHeader(
        model, EntityType.TRANSFER, id, id, stored == null ? null : stored.transfer().state());
    model.addAttribute(
        "blockers",
        stored == null || stored.transfer().isPublished()
            ? List.of()
            : workflow.publicationBlockers(stored.transfer()));
    TransferForm.show(model, form, problems, countries);
    return "edit-transfer";
  }

  private String sourceForm(
      Model model, StoredTransfer stored, Map<String, String> typed, List<Violation> problems) {
    model.addAttribute("title", "Add a source to " + stored.transfer().id());
    model.addAttribute("id", stored.transfer().id());
    model.addAttribute("published", stored.transfer().state() == PublicationState.PUBLISHED);
    model.addAttribute("typed", typed);
    model.addAttribute("fields", TransferSchema.SOURCE.labelled());
    model.addAttribute("errors", TransferForm.byField(problems));
    model.addAttribute("problems", problems);
    return "edit-source";
  }

  private String organizationForm(
      Model model, StoredOrganization stored, OrganizationForm form, List<Violation> problems) {
    Organization o = stored == null ? null : stored.organization();
    recordHeader(
        model,
        EntityType.ORGANIZATION,
        o == null ? null : o.id(),
        o == null ? null : o.name(),
        o == null ? null : o.state());
    model.addAttribute("form", form);
    model.addAttribute("fields", OrganizationSchema.SCHEMA.labelled());
    model.addAttribute("errors", TransferForm.byField(problems));
    model.addAttribute("problems", problems);
    model.addAttribute("kindChoices", OrganizationKind.values());
    model.addAttribute("countryChoices", countries.byDisplayName());
    return "edit-organization";
  }

  /** What the edit page says of the record: its title, state and waiting proposals. */
  private void recordHeader(
      Model model, EntityType type, String id, String name, PublicationState state) {
    model.addAttribute(
        "title",
        id == null
            ? "New " + type.key()
            : (state == PublicationState.PUBLISHED ? "Propose a change to " : "Edit ") + name);
    model.addAttribute("id", id);
    model.addAttribute("state", state == null ? null : state.key());
    model.addAttribute("published", state == PublicationState.PUBLISHED);
    model.addAttribute("submittable", state == null || submittable(state));
    model.addAttribute("pending", id == null ? 0 : proposals.pendingFor(type.key(), id).size());
    model.addAttribute("sentBack", id == null ? null : ownRecords.sentBack(type, id).orElse(null));
    model.addAttribute("discardable", state == PublicationState.DRAFT);
  }

  private static boolean submittable(PublicationState state) {
    return state == PublicationState.DRAFT || state == PublicationState.RETRACTED;
  }

  /** The source form has one source: the rules' name for the new row becomes its plain fields. */
  private static List<Violation> renamed(List<Violation> problems, StoredTransfer stored) {
    String prefix = "source[" + stored.transfer().sources().size() + "]";
    String first = stored.transfer().sources().isEmpty() ? "source" : prefix;
    List<Violation> out = new ArrayList<>();
    for (Violation v : problems) {
      String f = v.field();
      if (f.startsWith(first + "_")) {
        f = f.substring(first.length() + 1);
      } else if (f.equals(first)) {
        f = "source";
      }
      out.add(new Violation(f, v.message()));
    }
    return out;
  }

  private static List<Violation> problems(WorkflowRefusal e) {
    return e.violations().isEmpty()
        ? List.of(new Violation("record", e.getMessage()))
        : e.violations();
  }

  private static String proposedNotice() {
    return "Your change is proposed. The published version stays as it is until a reviewer"
        + " approves the change on the review page.";
  }

  private StoredTransfer transfer(String id) {
    return register
        .findTransfer(id, Visibility.REVIEWER)
        .orElseThrow(() -> PageNotFound.noSuch("transfer", id));
  }

  private StoredOrganization organization(String id) {
    return register
        .findOrganization(id, Visibility.REVIEWER)
        .orElseThrow(() -> PageNotFound.noSuch("organization", id));
  }
}
