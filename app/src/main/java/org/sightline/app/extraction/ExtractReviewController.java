package org.sightline.app.extraction;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.app.review.PublicationWorkflow;
import org.sightline.app.review.TransferForm;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.PageController;
import org.sightline.app.web.PageNotFound;
import org.sightline.app.web.PageText;
import org.sightline.app.web.Roles;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.Violation;
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
class ExtractReviewController {
  private final ExtractionService extraction;
  private final Register register;
  private final PageText text;
  private final Countries countries;

  ExtractReviewController(
      ExtractionService extraction, Register register, PageText text, Countries countries) {
    this.extraction = extraction;
    this.register = register;
    this.text = text;
    this.countries = countries;
  }

  /** One candidate as its card shows it. */
  record Card(
      int number,
      int index,
      String suppliers,
      String supplierCountry,
      String recipientCountry,
      String endUser,
      List<String> technologies,
      String when,
      String value,
      String financing,
      String status,
      String confidence,
      boolean newOrganization,
      List<String> quotes,
      Label decision,
      String score,
      List<Driver> drivers) {}

  /**
   * A feature that moved a candidate's model score: its name in words, what it added to the
   * log-odds ("+1.04", "-1.21") and whether it raised the score.
   */
  record Driver(String label, String effect, boolean raises) {}

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
      HttpServletResponse response) {
    try {
      ExtractionService.Submission s =
          ExtractionService.Submission.of(file, pasted, docDate, url, title);
      long id = extraction.submit(s, Roles.currentUser(Role.CONTRIBUTOR)).document().id();
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
    List<Card> cards = new ArrayList<>();
    List<Highlighter.Span> spans = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      JsonNode c = candidates.get(i);
      cards.add(card(i, c, decisions.get(i)));
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
    return "review-extract-document";
  }

  @PostMapping("/review/extract/documents/{id}/candidates/{number}/accept")
  String accept(
      @PathVariable long id, @PathVariable int number, Model model, RedirectAttributes flash) {
    StoredDocument doc = document(id);
    try {
      String transferId = extraction.accept(id, number - 1, Roles.currentUser(Role.CONTRIBUTOR));
      return "redirect:/review/extract/drafts/" + transferId + "?document=" + id;
    } catch (WorkflowRefusal e) {
      // Extraction proposed something the register will not take (no technology, say): the
      // reviewer completes it in the edit form, with the reasons shown against the fields.
      return editPage(
          doc,
          number,
          draftForm(doc, number),
          e.violations(),
          "This candidate cannot become a draft as it stands; correct the fields below.",
          model);
    } catch (ExtractionService.AlreadyDecided e) {
      flash.addFlashAttribute("notice", e.getMessage() + ".");
      return "redirect:/review/extract/documents/" + id;
    } catch (NotFoundException e) {
      throw new PageNotFound(e.getMessage() + ".");
    }
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
    try {
      String transferId =
          extraction.acceptEdited(
              id, number - 1, edited, formProblems, Roles.currentUser(Role.CONTRIBUTOR));
      return "redirect:/review/extract/drafts/" + transferId + "?document=" + id;
    } catch (WorkflowRefusal e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return editPage(
          doc,
          number,
          form.withBlankSourceRow(),
          e.violations(),
          "The draft was not saved.",
          model);
    } catch (ExtractionService.AlreadyDecided e) {
      flash.addFlashAttribute("notice", e.getMessage() + ".");
      return "redirect:/review/extract/documents/" + id;
    } catch (NotFoundException e) {
      throw new PageNotFound(e.getMessage() + ".");
    }
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
            .orElseThrow(
                () ->
                    new PageNotFound(
                        "There is no transfer with the id \u201c" + transferId + "\u201d."));
    model.addAttribute("title", "Draft " + transferId);
    model.addAttribute("stored", stored);
    model.addAttribute("t", stored.transfer());
    model.addAttribute("documentId", documentId);
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

  private Card card(int index, JsonNode c, Label decision) {
    List<String> orgs = new ArrayList<>();
    c.path("supplier_orgs").forEach(o -> orgs.add(o.asString()));
    List<String> tech = new ArrayList<>();
    c.path("technologies").forEach(t -> tech.add(text.technologyLabel(t.asString())));
    List<String> quotes = new ArrayList<>();
    c.path("evidence").forEach(e -> quotes.add(e.path("text").asString()));
    JsonNode year = c.get("year");
    JsonNode month = c.get("month");
    String when =
        year == null || year.isNull()
            ? null
            : month == null || month.isNull()
                ? String.valueOf(year.asInt())
                : String.format(Locale.ROOT, "%04d-%02d", year.asInt(), month.asInt());
    JsonNode v = c.get("value");
    String value =
        v == null || v.isNull()
            ? null
            : text.amount(v.path("amount").decimalValue(), v.path("currency").asString(null));
    JsonNode f = c.get("financing");
    String financing = null;
    if (f != null && !f.isNull()) {
      String lender = f.path("lender").asString(null);
      JsonNode amount = f.get("amount");
      String money =
          amount == null || amount.isNull()
              ? null
              : text.amount(amount.decimalValue(), f.path("currency").asString(null));
      financing = lender == null ? money : money == null ? lender : lender + ", " + money;
    }
    return new Card(
        index + 1,
        index,
        String.join(", ", orgs),
        country(c.get("supplier_country")),
        country(c.get("recipient_country")),
        c.path("end_user").isString() ? c.get("end_user").asString() : null,
        tech,
        when,
        value,
        financing,
        text.statusLabel(c.path("status").asString(null)),
        String.format(Locale.ROOT, "%.2f", c.path("confidence").asDouble()),
        c.path("new_organization").asBoolean(false),
        quotes,
        decision,
        String.format(
            Locale.ROOT,
            "%.2f",
            c.path("model").path("score").asDouble(c.path("confidence").asDouble())),
        drivers(c.path("model").path("drivers")));
  }

  /** The stored drivers of a candidate's score; none for documents stored before the model. */
  private static List<Driver> drivers(JsonNode stored) {
    List<Driver> out = new ArrayList<>();
    for (JsonNode d : stored) {
      double effect = d.path("effect").asDouble();
      out.add(
          new Driver(
              d.path("feature").asString("").replace('_', ' '),
              String.format(Locale.ROOT, "%+.2f", effect),
              effect > 0));
    }
    return out;
  }

  private String country(JsonNode code) {
    if (code == null || code.isNull()) {
      return null;
    }
    return text.countryName(code.asString()) + " (" + code.asString() + ")";
  }
}
