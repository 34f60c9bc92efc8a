package org.sightline.app.work;

import java.util.List;
import org.sightline.app.extraction.ExtractionService;
import org.sightline.app.review.OwnRecords;
import org.sightline.app.web.PageController;
import org.sightline.app.web.Roles;
import org.sightline.store.accounts.Role;
import org.sightline.store.documents.WaitingDocument;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /my-work}: where a contributor finds everything they started, so leaving a page never
 * loses work. Documents with their decided and undecided candidates, then records by state in
 * words, each with its next step (edit, submit, discard) and a reviewer's reason when sent back.
 */
@PageController
record MyWorkController(ExtractionService extraction, OwnRecords records) {
  /** The newest documents listed: enough to pick up where one left off. */
  static final int DOCUMENTS_SHOWN = 100;

  @GetMapping("/my-work")
  String myWork(
      @RequestParam(name = "password-changed", required = false) String passwordChanged,
      Model model) {
    model.addAttribute("passwordChanged", passwordChanged != null);
    String me = Roles.currentUser(Role.CONTRIBUTOR);
    List<WaitingDocument> documents = extraction.submittedBy(me, DOCUMENTS_SHOWN);
    List<OwnRecords.Item> mine = records.of(me);
    model.addAttribute("title", "My work");
    model.addAttribute("username", me);
    model.addAttribute("documents", documents);
    model.addAttribute(
        "undecided", documents.stream().filter(d -> d.decided() < d.candidates()).toList());
    model.addAttribute(
        "decided", documents.stream().filter(d -> d.decided() >= d.candidates()).toList());
    for (OwnRecords.Standing standing : OwnRecords.Standing.values()) {
      model.addAttribute(
          switch (standing) {
            case DRAFT -> "drafts";
            case SENT_BACK -> "sentBack";
            case IN_REVIEW -> "inReview";
            case DISCARDED -> "discarded";
            case RETRACTED -> "retracted";
          },
          mine.stream().filter(i -> i.standing() == standing).toList());
    }
    return "my-work";
  }
}
