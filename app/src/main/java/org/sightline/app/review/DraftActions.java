package org.sightline.app.review;

import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.app.web.Roles;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.model.EntityType;
import org.sightline.store.accounts.Role;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Discarding a draft (new or sent back) wherever its author meets it: the draft page, the editor,
 * "My work". The reason is kept in the record's history; the answer is "My work", which shows the
 * record as discarded. (Submitting is the editor's {@code /edit/.../submit}.)
 */
@PageController
record DraftActions(PublicationWorkflow workflow) {
  @PostMapping("/edit/{kind:transfers|organizations}/{id}/discard")
  String discard(
      @PathVariable String kind,
      @PathVariable String id,
      @RequestParam(name = "reason", required = false) String reason,
      RedirectAttributes flash) {
    EntityType type = type(kind);
    return act(
        flash,
        () ->
            workflow.discard(
                type,
                id,
                Roles.currentUser(Role.CONTRIBUTOR),
                Roles.currentHas(Role.REVIEWER),
                reason),
        id + " is discarded; its history keeps it and your reason.");
  }

  /** A draft that duplicates a record given up into it: its sources go to the record. */
  @PostMapping("/edit/transfers/{id}/merge-into/{target}")
  String mergeInto(@PathVariable String id, @PathVariable String target, RedirectAttributes flash) {
    return act(
        flash,
        () ->
            workflow.mergeDraft(
                id, target, Roles.currentUser(Role.CONTRIBUTOR), Roles.currentHas(Role.REVIEWER)),
        id + " is merged into " + target + ": its sources were added there, and it is discarded.");
  }

  private static String act(RedirectAttributes flash, Runnable step, String done) {
    try {
      step.run();
      flash.addFlashAttribute("notice", done);
    } catch (WorkflowRefusal e) {
      flash.addFlashAttribute("problem", e.getMessage());
    } catch (NotFoundException e) {
      throw new PageNotFound(e.getMessage() + ".");
    }
    return "redirect:/my-work";
  }

  private static EntityType type(String kind) {
    return kind.equals("transfers") ? EntityType.TRANSFER : EntityType.ORGANIZATION;
  }
}
