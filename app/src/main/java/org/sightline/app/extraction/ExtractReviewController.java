package org.sightline.app.extraction;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sightline.app.review.OwnRecords;
import org.sightline.app.review.PublicationWorkflow;
import org.sightline.app.review.SideBySide;
import org.sightline.app.review.TransferForm;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.app.web.PageText;
import org.sightline.app.web.Roles;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.countries.Countries;
import org.sightline.core.extract.text.DocumentDates;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.TransferSchema;
import org.sightline.store.accounts.Role;
import org.sightline.store.documents.Label;
import org.sightline.store.documents.StoredDocument;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code /review/extract}: a contributor pastes or uploads a document and sees its text with what
 * extraction recognised highlighted, and each candidate transfer as a card to accept (a draft with
 * the document as its source), edit (the same, after corrections checked by the register's rules)
 * or reject (with a reason). Every decision is kept as a label. Server-rendered, no script needed.
 */
@PageController
record ExtractReviewController(
    ExtractionService extraction,
    Register register,
    PageText text,
    Countries countries,
    CandidateDuplicates duplicates,
    OwnRecords ownRecords,
    PublicationWorkflow workflow) {
  /** Documents listed under the form: enough to work through, not a search. */
  static final int WAITING_SHOWN = 50;

  @GetMapping("/review/extract")
  String form(Model model) {
    model.addAttribute("title", "Extract transfers from a document");
    model.addAttribute("waiting", extraction.waiting(WAITING_SHOWN));
    return "review-extract";
  }

  @PostMapping("/review/extract")
  String submit(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "text", required = false) String pasted,
      @RequestParam(name = "doc_date", required = false) String docDate,
      @RequestParam(name = "url", required = false) String url,
      @RequestParam(name = "title", required = false) String title,
      Model model,
      RedirectAttributes flash,
      HttpServletResponse response) {
    try {
      ExtractionService.Submission s =
          ExtractionService.Submission.of(file, pasted, docDate, url, title);
      ExtractionService.Intake intake =
          extraction.submitOnce(s, Roles.currentUser(Role.CONTRIBUTOR));
      long id = intake.document().id();
      if (intake.earlier()) {
        flash.addFlashAttribute(
            "notice",
            "This text was already submitted"
                + (intake.document().author().equals(Roles.currentUsername()) ? " by you" : "")
                + ": here is document "
                + id
                + ", with the decisions made on it so far.");
      }
      return "redirect:/review/extract/documents/" + id;
    } catch (DocumentRejected e) {
      response.setStatus(
          e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
      model.addAttribute("title", "Extract transfers from a document");
      model.addAttribute("error", e.getMessage());
      model.addAttribute("text", pasted);
      model.addAttribute("docDate", docDate);
      model.addAttribute("url", url);
      model.addAttribute("docTitle", title);
      model.addAttribute("waiting", extraction.waiting(WAITING_SHOWN));
      return "review-extract";
    }
  }

  @GetMapping("/review/extract/documents/{id}")
  String document(@PathVariable long id, Model model) {
    StoredDocument doc = document(id);
    ArrayNode candidates = extraction.candidates(doc);
    List<Mention> mentions = extraction.mentions(doc);
    Map<Integer, Label> decisions = new LinkedHashMap<>();
    for (Label l : extraction.labels(id)) {
      decisions.putIfAbsent(l.candidateIndex(), l);
    }
    List<CandidateCard> cards = new ArrayList<>();
    List<Highlighter.Span> spans = new ArrayList<>();
    Map<Integer, List<CandidateDuplicates.Flag>> flags =
        duplicates.of(doc, candidates.size(), decisions);
    for (int i = 0; i < candidates.size(); i++) {
      JsonNode c = candidates.get(i);
      cards.add(
          CandidateCard.of(
              i,
              c,
              decisions.get(i),
              decisions.get(i) == null || decisions.get(i).transferId() == null
                  ? null
                  : decisionHref(decisions.get(i)),
              flags.getOrDefault(i, List.of()),
              doc.docDate() == null,
              text));
      for (JsonNode e : c.path("evidence")) {
        spans.add(new Highlighter.Span(e.path("start").asInt(), e.path("end").asInt(), i));
      }
    }
    model.addAttribute(
        "title", "Review: " + (doc.title() == null ? "document " + id : doc.title()));
    model.addAttribute("doc", doc);
    model.addAttribute("runs", Highlighter.runs(doc.text(), mentions, spans));
    model.addAttribute("cards", cards);
    model.addAttribute("mentionCount", mentions.size());
    if (doc.docDate() == null) {
      // Said, not silently dropped: what extraction could not place in time without a date.
      model.addAttribute("needingADate", DocumentDates.needingADate(doc.text()));
      model.addAttribute(
          "datelineWithoutYear", DocumentDates.datelineWithoutYear(doc.text()).orElse(null));
    }
    return "review-extract-document";
  }

  /** The document's date, given where a candidate asked for it: its dates are resolved again. */
  @PostMapping("/review/extract/documents/{id}/date")
  String giveDate(
      @PathVariable long id,
      @RequestParam(name = "doc_date", required = false) String docDate,
      @RequestParam(name = "candidate", required = false) Integer candidate,
      RedirectAttributes flash) {
    document(id);
    try {
      ExtractionService.Intake dated =
          extraction.redate(id, docDate, Roles.currentUser(Role.CONTRIBUTOR));
      flash.addFlashAttribute(
          "notice",
          "Dated "
              + dated.document().docDate()
              + ": document "
              + dated.document().id()
              + " is document "
              + id
              + " with its dates resolved.");
      return "redirect:/review/extract/documents/"
          + dated.document().id()
          + (candidate == null ? "" : "#candidate-" + candidate);
    } catch (DocumentRejected e) {
      flash.addFlashAttribute("notice", "Not dated: " + e.getMessage() + ".");
      return "redirect:/review/extract/documents/"
          + id
          + (candidate == null ? "" : "#candidate-" + candidate);
    }
  }

  @PostMapping("/review/extract/documents/{id}/candidates/{number}/accept")
  String accept(
      @PathVariable long id, @PathVariable int number, Model model, RedirectAttributes flash) {
    StoredDocument doc = document(id);
    return intoDraft(
        id,
        flash,
        () -> {
          String transferId =
              extraction.accept(id, number - 1, Roles.currentUser(Role.CONTRIBUTOR));
          return decided(flash, id, number, transferId, "accepted");
        },
        // Extraction proposed something the register will not take (no technology, say): the
        // reviewer completes it in the edit form, with the reasons shown against the fields.
        e ->
            editPage(
                doc,
                number,
                draftForm(doc, number),
                e.violations(),
                "This candidate cannot become a draft as it stands; correct the fields below.",
                model));
  }

  /**
   * Turns a candidate into a draft: a refusal shows the edit page; a candidate decided meanwhile
   * leads back to the document with a notice; an unknown candidate is a 404.
   */
  private static String intoDraft(
      long id,
      RedirectAttributes flash,
      Supplier<String> decide,
      Function<WorkflowRefusal, String> refused) {
    try {
      return decide.get();
    } catch (WorkflowRefusal e) {
      return refused.apply(e);
    } catch (ExtractionService.AlreadyDecided e) {
      flash.addFlashAttribute("notice", e.getMessage() + ".");
      return "redirect:/review/extract/documents/" + id;
    } catch (NotFoundException e) {
      throw new PageNotFound(e.getMessage() + ".");
    }
  }

  /**
   * After an accept or an edit the curator stays on the document, at the candidate, with a link to
   * the new draft: the next candidate is one scroll away, not one "Back" away.
   */
  private static String decided(
      RedirectAttributes flash, long id, int number, String transferId, String how) {
    flash.addFlashAttribute(
        "notice",
        "Candidate "
            + number
            + " "
            + how
            + ": draft "
            + transferId
            + ". Submit it for review from the draft or from My work.");
    flash.addFlashAttribute("draft", transferId);
    return "redirect:/review/extract/documents/" + id + "#candidate-" + number;
  }

  @GetMapping("/review/extract/documents/{id}/candidates/{number}/edit")
  String edit(@PathVariable long id, @PathVariable int number, Model model) {
    StoredDocument doc = document(id);
    return editPage(doc, number, draftForm(doc, number), List.of(), null, model);
  }

  @PostMapping("/review/extract/documents/{id}/candidates/{number}/edit")
  String saveEdit(
      @PathVariable long id,
      @PathVariable int number,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes flash,
      HttpServletResponse response) {
    StoredDocument doc = document(id);
    TransferForm form = TransferForm.of(params);
    List<Violation> formProblems = new ArrayList<>();
    Transfer edited =
        form.toTransfer(PublicationWorkflow.newTransferId(), null, countries, formProblems);
    return intoDraft(
        id,
        flash,
        () -> {
          String transferId =
              extraction.acceptEdited(
                  id, number - 1, edited, formProblems, Roles.currentUser(Role.CONTRIBUTOR));
          return decided(flash, id, number, transferId, "saved as edited");
        },
        e -> {
          response.setStatus(HttpStatus.BAD_REQUEST.value());
          return editPage(
              doc,
              number,
              form.withBlankSourceRow(),
              e.violations(),
              "The draft was not saved.",
              model);
        });
  }

  @PostMapping("/review/extract/documents/{id}/candidates/{number}/reject")
  String reject(
      @PathVariable long id,
      @PathVariable int number,
      @RequestParam(name = "reason", required = false) String reason,
      RedirectAttributes flash) {
    document(id);
    try {
      extraction.reject(id, number - 1, reason, Roles.currentUser(Role.CONTRIBUTOR));
      flash.addFlashAttribute("notice", "Candidate " + number + " rejected.");
    } catch (ExtractionService.AlreadyDecided e) {
      flash.addFlashAttribute("notice", e.getMessage() + ".");
    } catch (NotFoundException e) {
      throw new PageNotFound(e.getMessage() + ".");
    }
    return "redirect:/review/extract/documents/" + id + "#candidate-" + number;
  }

  /** A candidate and a record it may duplicate, side by side. */
  @GetMapping("/review/extract/documents/{id}/candidates/{number}/compare/{transferId}")
  String compare(
      @PathVariable long id,
      @PathVariable int number,
      @PathVariable String transferId,
      Model model) {
    StoredDocument doc = document(id);
    StoredTransfer other = transfer(transferId);
    Transfer candidate;
    try {
      candidate = extraction.proposedTransfer(doc, number - 1);
    } catch (NotFoundException e) {
      throw new PageNotFound(e.getMessage() + ".");
    }
    model.addAttribute("title", "Candidate " + number + " beside " + transferId);
    model.addAttribute("leftTitle", "Candidate " + number + " of document " + id);
    model.addAttribute("leftHref", "/review/extract/documents/" + id + "#candidate-" + number);
    model.addAttribute(
        "rightTitle", transferId + " (" + text.stateLabel(other.transfer().state()) + ")");
    model.addAttribute("rightHref", recordHref(other.transfer()));
    model.addAttribute(
        "rows",
        SideBySide.rows(TransferJson.snapshot(candidate), TransferJson.snapshot(other.transfer())));
    model.addAttribute("backHref", "/review/extract/documents/" + id + "#candidate-" + number);
    model.addAttribute(
        "mergeAction",
        extraction.labels(id).stream().anyMatch(l -> l.candidateIndex() == number - 1)
            ? null
            : "/review/extract/documents/"
                + id
                + "/candidates/"
                + number
                + "/add-source/"
                + transferId);
    return "compare";
  }

  /** Merges the candidate into the record it duplicates, as one more source of it. */
  @PostMapping("/review/extract/documents/{id}/candidates/{number}/add-source/{transferId}")
  String addAsSource(
      @PathVariable long id,
      @PathVariable int number,
      @PathVariable String transferId,
      RedirectAttributes flash) {
    document(id);
    try {
      PublicationWorkflow.Written w =
          extraction.addAsSource(id, number - 1, transferId, Roles.currentUser(Role.CONTRIBUTOR));
      flash.addFlashAttribute(
          "notice",
          "Candidate "
              + number
              + " added as a source to "
              + transferId
              + (w.proposed()
                  ? ": a proposed change, waiting for a reviewer."
                  : ", in place (it is not published yet)."));
    } catch (ExtractionService.AlreadyDecided e) {
      flash.addFlashAttribute("notice", e.getMessage() + ".");
    } catch (WorkflowRefusal e) {
      flash.addFlashAttribute("notice", "Not added: " + e.getMessage() + ".");
    } catch (NotFoundException e) {
      throw new PageNotFound(e.getMessage() + ".");
    }
    return "redirect:/review/extract/documents/" + id + "#candidate-" + number;
  }

  private StoredTransfer transfer(String transferId) {
    return register
        .findTransfer(transferId, Visibility.REVIEWER)
        .orElseThrow(() -> PageNotFound.noSuch("transfer", transferId));
  }

  private static String recordHref(Transfer t) {
    return t.isPublished() ? "/transfers/" + t.id() : "/edit/transfers/" + t.id();
  }

  /** A draft made here: not public yet, so it is shown to contributors on this page. */
  @GetMapping("/review/extract/drafts/{transferId}")
  String draft(
      @PathVariable String transferId,
      @RequestParam(name = "document", required = false) Long documentId,
      Model model) {
    PageNotFound missing =
        new PageNotFound("There is no draft with the id \u201c" + transferId + "\u201d for you.");
    if (!extraction.mayView(
        transferId, Roles.currentUser(Role.CONTRIBUTOR), Roles.currentHas(Role.REVIEWER))) {
      throw missing;
    }
    StoredTransfer stored =
        register
            .findTransfer(transferId, Visibility.REVIEWER)
            .orElseThrow(() -> PageNotFound.noSuch("transfer", transferId));
    model.addAttribute("title", "Draft " + transferId);
    model.addAttribute("stored", stored);
    model.addAttribute("t", stored.transfer());
    model.addAttribute("fields", TransferSchema.SCHEMA.labelled());
    model.addAttribute("documentId", documentId);
    PublicationState state = stored.transfer().state();
    model.addAttribute(
        "sentBack", ownRecords.sentBack(EntityType.TRANSFER, transferId).orElse(null));
    model.addAttribute("discardable", state == PublicationState.DRAFT);
    model.addAttribute(
        "blockers",
        stored.transfer().isPublished()
            ? List.of()
            : workflow.publicationBlockers(stored.transfer()));
    model.addAttribute(
        "submittable", state == PublicationState.DRAFT || state == PublicationState.RETRACTED);
    return "review-extract-draft";
  }

  private String editPage(
      StoredDocument doc,
      int number,
      TransferForm form,
      List<Violation> violations,
      String message,
      Model model) {
    model.addAttribute("title", "Edit candidate " + number);
    model.addAttribute("doc", doc);
    model.addAttribute("number", number);
    model.addAttribute("message", message);
    TransferForm.show(model, form, violations, countries);
    return "review-extract-edit";
  }

  /** The edit form prefilled with the draft the candidate would become. */
  private TransferForm draftForm(StoredDocument doc, int number) {
    try {
      return TransferForm.of(TransferJson.parse(extraction.draftOf(doc, number - 1)).transfer());
    } catch (NotFoundException e) {
      throw new PageNotFound(e.getMessage() + ".");
    }
  }

  private StoredDocument document(long id) {
    try {
      return extraction.document(id);
    } catch (NotFoundException e) {
      throw new PageNotFound("There is no document " + id + ".");
    }
  }

  /**
   * Where a decided candidate's record is seen by this viewer: a published record's page, the draft
   * page for its author and reviewers, else the editor (which every contributor may open).
   */
  private String decisionHref(Label decision) {
    String id = decision.transferId();
    boolean published =
        register
            .findTransfer(id, Visibility.REVIEWER)
            .map(st -> st.transfer().isPublished())
            .orElse(false);
    if (published) {
      return "/transfers/" + id;
    }
    boolean mine =
        Roles.currentHas(Role.REVIEWER) || decision.author().equals(Roles.currentUsername());
    return mine
        ? "/review/extract/drafts/" + id + "?document=" + decision.documentId()
        : "/edit/transfers/" + id;
  }
}
