package org.sightline.app.extraction;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sightline.app.review.PublicationWorkflow;
import org.sightline.app.transfers.DraftTransfers;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.countries.Countries;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.CandidateJson;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.confidence.ConfidenceModel;
import org.sightline.core.extract.intake.DocumentText;
import org.sightline.core.extract.text.DocumentDates;
import org.sightline.core.json.Json;
import org.sightline.core.language.LanguageIdentifier;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.Violation;
import org.sightline.core.schema.Checks;
import org.sightline.store.documents.Decision;
import org.sightline.store.documents.Documents;
import org.sightline.store.documents.Label;
import org.sightline.store.documents.NewDocument;
import org.sightline.store.documents.StoredDocument;
import org.sightline.store.documents.WaitingDocument;
import org.sightline.store.json.TransferJson;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.Visibility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Extraction for the web: a document in, its text stored with the candidate transfers extraction
 * proposed, and the reviewer's decision on each candidate out as a draft transfer (through {@link
 * DraftTransfers}, the write API's own path) and a label. Extraction itself never writes to the
 * register; only an explicit accept or edit does, and only as a draft.
 *
 * <p>The extractor knows the register's organizations ({@link RegisterExtractor}).
 */
@Component
public class ExtractionService {
  private static final int EVIDENCE_MAX = 8000;
  private static final int PUBLISHER_MAX = 500;

  /** How many of the features that moved a score are stored with a candidate. */
  private static final int DRIVERS = 5;

  private final Register register;
  private final RegisterExtractor extractors;
  private final Documents documents;
  private final DraftTransfers drafts;
  private final PublicationWorkflow workflow;
  private final Countries countries;
  private final long maxBytes;

  /** Decisions on candidates are made one at a time: a double click cannot make two drafts. */
  private final Object decisions = new Object();

  ExtractionService(
      Register register,
      RegisterExtractor extractors,
      Documents documents,
      DraftTransfers drafts,
      PublicationWorkflow workflow,
      Countries countries,
      @Value("${sightline.extract.max-bytes:10485760}") long maxBytes) {
    this.register = register;
    this.extractors = extractors;
    this.documents = documents;
    this.drafts = drafts;
    this.workflow = workflow;
    this.countries = countries;
    this.maxBytes = maxBytes;
  }

  /** A document as submitted: pasted text or a file (bytes and name), plus what the user knows. */
  public record Submission(
      String text, byte[] file, String fileName, String docDate, String url, String title) {

    /** A form or multipart request: the file when one was sent, else the pasted text. */
    public static Submission of(
        MultipartFile file, String text, String docDate, String url, String title) {
      if (file != null && !file.isEmpty()) {
        try {
          return new Submission(
              null, file.getBytes(), file.getOriginalFilename(), docDate, url, title);
        } catch (IOException e) {
          throw new DocumentRejected("the upload could not be read; please send it again", false);
        }
      }
      boolean named =
          file != null
              && file.getOriginalFilename() != null
              && !file.getOriginalFilename().isBlank();
      if (named && (text == null || text.isBlank())) {
        throw new DocumentRejected(file.getOriginalFilename() + " is empty", false);
      }
      return new Submission(text, null, null, docDate, url, title);
    }
  }

  /** The stored document, its candidates (extraction.md lines) and its recognised mentions. */
  public record Extraction(StoredDocument document, ArrayNode candidates, List<Mention> mentions) {}

  /** A second decision on a candidate that already has one. */
  public static final class AlreadyDecided extends RuntimeException {
    AlreadyDecided(String message) {
      super(message);
    }
  }

  /** The largest document accepted, in bytes (of the file, or of the pasted text as UTF-8). */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The candidate model's view of a candidate, stored with it so that the review page shows what
   * the reviewer saw even after a refit: {@code {score, drivers:[{feature, value, effect}]}}, the
   * features that moved the score most, each with what it added to the log-odds.
   */
  private static ObjectNode explanation(Extractor extractor, Candidate c) {
    ObjectNode model = Json.MAPPER.createObjectNode();
    model.put("score", c.confidence());
    ArrayNode drivers = model.putArray("drivers");
    for (ConfidenceModel.Contribution k : extractor.explain(c, DRIVERS)) {
      ObjectNode d = drivers.addObject();
      d.put("feature", k.feature());
      d.put("value", Math.round(k.value() * 1000) / 1000.0);
      d.put("effect", Math.round(k.logOdds() * 100) / 100.0);
    }
    return model;
  }

  /** Reads, extracts and stores a document. Writes nothing to the register. */
  public Extraction submit(Submission s, String author) {
    SubmissionReader reader = new SubmissionReader(maxBytes);
    LocalDate docDate = SubmissionReader.docDate(s.docDate());
    String url = SubmissionReader.url(s.url());
    return store(s, reader.read(s), docDate, url, author);
  }

  /** A submitted document, and whether it is an earlier copy of the same text. */
  public record Intake(StoredDocument document, boolean earlier) {}

  /**
   * Like {@link #submit}, except that a text already stored (the same extracted text, by its
   * SHA-256) is not stored or extracted again: its earlier document is the answer, so a curator is
   * sent to the work already done on it rather than deciding the same candidates twice. Only a date
   * the earlier copy lacked makes a new copy.
   */
  public Intake submitOnce(Submission s, String author) {
    LocalDate docDate = SubmissionReader.docDate(s.docDate());
    String url = SubmissionReader.url(s.url());
    DocumentText doc = new SubmissionReader(maxBytes).read(s);
    Optional<StoredDocument> earlier = documents.firstWithText(doc.text());
    // The same text again with a date the first copy lacks is stored: its dates can now resolve.
    if (earlier.isPresent() && (docDate == null || docDate.equals(earlier.get().docDate()))) {
      return new Intake(earlier.get(), true);
    }
    return new Intake(store(s, doc, docDate, url, author).document(), false);
  }

  /**
   * An undated document given its date (from a candidate that could not place "last month"): its
   * text is submitted again with that date, so every candidate's dates resolve against it, as
   * {@link #submitOnce} does for the same text pasted with a date. The undated document and the
   * decisions made on it stay as they are.
   */
  public Intake redate(long documentId, String docDate, String author) {
    StoredDocument doc = document(documentId);
    if (SubmissionReader.docDate(docDate) == null) {
      throw new DocumentRejected("give the document's date (YYYY-MM-DD)", false);
    }
    return submitOnce(
        new Submission(doc.text(), null, null, docDate, doc.url(), doc.title()), author);
  }

  /**
   * Extracts and stores; without a date from the submitter, the date the document shows at its head
   * (a "Published …" line, a dateline with a year) resolves its relative dates.
   */
  private Extraction store(
      Submission s, DocumentText doc, LocalDate given, String url, String author) {
    LocalDate docDate =
        given != null
            ? given
            : DocumentDates.shownDate(doc.text()).map(DocumentDates.Shown::date).orElse(null);
    Extractor extractor = extractors.current();
    List<Candidate> found =
        extractor.extract(doc.text(), docDate, Extractor.DEFAULT_MIN_CONFIDENCE);
    ArrayNode stored = Json.MAPPER.createArrayNode();
    for (Candidate c : found) {
      ObjectNode o = CandidateJson.toJson("", c);
      o.remove("doc_id");
      o.set("model", explanation(extractor, c));
      stored.add(o);
    }
    String title = Checks.blankToNull(s.title());
    if (title == null) {
      title = doc.title();
    }
    StoredDocument saved =
        documents.save(
            new NewDocument(
                doc.text(),
                title == null ? null : title.strip(),
                url,
                docDate,
                doc.format(),
                Json.MAPPER.writeValueAsString(stored),
                author,
                LanguageIdentifier.bundled().identify(doc.text())));
    return new Extraction(
        saved, candidates(saved), DocumentMentions.of(extractor, countries, saved));
  }

  public StoredDocument document(long id) {
    return documents.find(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
  }

  /** The candidates as proposed when the document was submitted, each with its doc_id. */
  public ArrayNode candidates(StoredDocument doc) {
    ArrayNode array = (ArrayNode) Json.MAPPER.readTree(doc.candidatesJson());
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (JsonNode n : array) {
      ObjectNode o = Json.MAPPER.createObjectNode();
      o.put("doc_id", String.valueOf(doc.id()));
      o.setAll((ObjectNode) n);
      out.add(o);
    }
    return out;
  }

  /** The newest documents with candidates still to decide (submitted or imported from a run). */
  public List<WaitingDocument> waiting(int limit) {
    return documents.waiting(limit);
  }

  /** The documents this person submitted, newest first, with their decided candidates counted. */
  public List<WaitingDocument> submittedBy(String author, int limit) {
    return documents.submittedBy(author, limit);
  }

  public List<Label> labels(long documentId) {
    return documents.labels(documentId);
  }

  /**
   * Whether the current user may see this unpublished transfer on the review pages: reviewers see
   * every draft (as in the API), a contributor the drafts they made from a document.
   */
  public boolean mayView(String transferId, String username, boolean reviewer) {
    return reviewer
        || documents
            .labelOfTransfer(transferId)
            .map(l -> l.author().equals(username))
            .orElse(false);
  }

  public void forEachLabel(Consumer<Label> action) {
    documents.forEachLabel(action);
  }

  /**
   * What the scan recognised (countries, organizations, technologies, cues) plus amounts of money
   * and dates, in text order.
   */
  public List<Mention> mentions(StoredDocument doc) {
    return DocumentMentions.of(extractors.current(), countries, doc);
  }

  /**
   * The draft a candidate becomes, in the contract's JSON: its fields, and the document as its
   * source with the candidate's evidence as the quote.
   */
  public ObjectNode draftOf(StoredDocument doc, int index) {
    JsonNode c = candidate(doc, index);
    ObjectNode d = Json.MAPPER.createObjectNode();
    ArrayNode orgs = d.putArray("supplier_orgs");
    for (JsonNode name : c.path("supplier_orgs")) {
      ObjectNode o = orgs.addObject();
      Optional<StoredOrganization> known =
          register.findOrganizationByName(name.asString(), Visibility.REVIEWER);
      o.put("id", known.map(k -> k.organization().id()).orElse(null));
      o.put("name", known.map(k -> k.organization().name()).orElse(name.asString()));
    }
    d.set("supplier_country", c.get("supplier_country"));
    d.set("recipient_country", c.get("recipient_country"));
    d.set("end_user", c.get("end_user"));
    d.set("technologies", c.get("technologies"));
    d.set("status", c.get("status"));
    d.set("year_start", c.get("year"));
    d.putNull("year_end");
    d.set("value", c.get("value"));
    d.set("financing", c.get("financing"));
    d.putNull("summary");
    ObjectNode source = d.putArray("sources").addObject();
    source.put("url", doc.url());
    source.put("publisher", publisher(doc));
    source.put("date", doc.docDate() == null ? null : doc.docDate().toString());
    source.put("evidence", quote(c));
    return d;
  }

  /** Creates the candidate's draft as proposed; returns the new transfer's id. */
  public String accept(long documentId, int index, String author) {
    synchronized (decisions) {
      StoredDocument doc = document(documentId);
      undecided(doc, index);
      String id = drafts.create(draftOf(doc, index), author, "accepted from extraction");
      label(doc, index, Decision.ACCEPTED, null, id, null, author);
      return id;
    }
  }

  /**
   * Creates a draft from the reviewer's correction of the candidate (the transfer form's transfer
   * and the problems the form itself found, such as a year that is no number); returns its id.
   * Suppliers typed by a name the register knows get that organization's id.
   */
  public String acceptEdited(
      long documentId, int index, Transfer edited, List<Violation> formProblems, String author) {
    synchronized (decisions) {
      StoredDocument doc = document(documentId);
      undecided(doc, index);
      if (!formProblems.isEmpty()) {
        throw WorkflowRefusal.invalid(formProblems);
      }
      List<OrganizationRef> suppliers = new ArrayList<>();
      for (OrganizationRef ref : edited.supplierOrgs()) {
        suppliers.add(
            ref.id() != null || ref.name() == null
                ? ref
                : register
                    .findOrganizationByName(ref.name(), Visibility.REVIEWER)
                    .map(k -> new OrganizationRef(k.organization().id(), ref.name(), ref.aliases()))
                    .orElse(ref));
      }
      Transfer draft = edited.withSupplierOrgs(suppliers).withState(PublicationState.DRAFT);
      String id = workflow.create(draft, author, "edited from extraction").id();
      label(doc, index, Decision.EDITED, TransferJson.snapshot(draft), id, null, author);
      return id;
    }
  }

  /**
   * The candidate as the transfer it would become (what duplicate checks compare), with a
   * placeholder id.
   */
  public Transfer proposedTransfer(StoredDocument doc, int index) {
    ObjectNode draft = draftOf(doc, index);
    draft.put("id", "candidate-" + doc.id() + "-" + (index + 1));
    draft.put("state", PublicationState.DRAFT.key());
    return TransferJson.parse(draft).transfer();
  }

  /**
   * Merges a candidate into a record it duplicates: the document becomes one more source of that
   * transfer (in place on a draft, a proposal on a published record), and the candidate is decided
   * as accepted into it, so it cannot also become a draft of its own.
   */
  public PublicationWorkflow.Written addAsSource(
      long documentId, int index, String transferId, String author) {
    synchronized (decisions) {
      StoredDocument doc = document(documentId);
      undecided(doc, index);
      JsonNode source = draftOf(doc, index).get("sources").get(0);
      PublicationWorkflow.Written written =
          workflow.addNewSource(
              transferId,
              new org.sightline.core.model.Source(
                  source.path("url").asString(null),
                  source.path("publisher").asString(null),
                  source.path("date").asString(null),
                  source.path("evidence").asString(null)),
              author,
              "source added from document " + doc.id());
      label(
          doc,
          index,
          Decision.ACCEPTED,
          null,
          transferId,
          "added as a source to "
              + transferId
              + (written.proposed() ? ", proposal " + written.proposalId() : ""),
          author);
      return written;
    }
  }

  public void reject(long documentId, int index, String reason, String author) {
    synchronized (decisions) {
      StoredDocument doc = document(documentId);
      undecided(doc, index);
      label(doc, index, Decision.REJECTED, null, null, reason, author);
    }
  }

  private void label(
      StoredDocument doc,
      int index,
      Decision decision,
      String edited,
      String transferId,
      String reason,
      String author) {
    JsonNode c = candidate(doc, index);
    documents.record(
        doc.id(),
        index,
        Documents.fingerprint(doc.sha256(), c),
        Json.MAPPER.writeValueAsString(c),
        decision,
        edited,
        transferId,
        reason,
        author);
  }

  /**
   * Refuses a second decision on a candidate, and a second draft of the same candidate on the same
   * text stored twice (the same fingerprint). Decisions are made one at a time (under {@code
   * decisions}), so a double click cannot slip two drafts past this check.
   */
  private void undecided(StoredDocument doc, int index) {
    JsonNode c = candidate(doc, index);
    for (Label l : documents.labelsWithFingerprint(Documents.fingerprint(doc.sha256(), c))) {
      if (l.transferId() != null && l.documentId() != doc.id()) {
        throw new AlreadyDecided(
            "the same candidate was already accepted as draft "
                + l.transferId()
                + " from document "
                + l.documentId());
      }
    }
    for (Label l : documents.labels(doc.id())) {
      if (l.candidateIndex() == index) {
        throw new AlreadyDecided(
            "candidate "
                + (index + 1)
                + " of document "
                + doc.id()
                + " is already "
                + l.decision().key());
      }
    }
  }

  private JsonNode candidate(StoredDocument doc, int index) {
    ArrayNode all = candidates(doc);
    if (index < 0 || index >= all.size()) {
      throw new NotFoundException(
          "document "
              + doc.id()
              + " has no candidate "
              + (index + 1)
              + " (it has "
              + all.size()
              + ")");
    }
    return all.get(index);
  }

  private static String quote(JsonNode candidate) {
    List<String> parts = new ArrayList<>();
    for (JsonNode e : candidate.path("evidence")) {
      parts.add(e.path("text").asString());
    }
    String q = String.join(" \u2026 ", parts);
    return q.isBlank() ? null : q.length() <= EVIDENCE_MAX ? q : q.substring(0, EVIDENCE_MAX);
  }

  /**
   * The source's publisher line: the title, and when there is no URL to cite, a reference to the
   * stored document so the draft's source can still be found.
   */
  private static String publisher(StoredDocument doc) {
    String title = doc.title() == null ? "Document submitted for extraction" : doc.title();
    String p = doc.url() == null ? title + " (Sightline document " + doc.id() + ")" : title;
    return p.length() <= PUBLISHER_MAX ? p : p.substring(0, PUBLISHER_MAX);
  }
}
