package org.sightline.app.extraction;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.sightline.app.review.PublicationWorkflow;
import org.sightline.app.transfers.DraftTransfers;
import org.sightline.app.web.NotFoundException;
import org.sightline.app.web.WorkflowRefusal;
import org.sightline.core.countries.Countries;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.CandidateJson;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.MentionSpan;
import org.sightline.core.extract.confidence.ConfidenceModel;
import org.sightline.core.extract.intake.DocumentIntake;
import org.sightline.core.extract.intake.DocumentText;
import org.sightline.core.extract.intake.IntakeException;
import org.sightline.core.extract.text.DateResolver;
import org.sightline.core.extract.text.MoneyParser;
import org.sightline.core.extract.text.Segments;
import org.sightline.core.extract.text.SentenceSplitter;
import org.sightline.core.extract.text.TextNormaliser;
import org.sightline.core.model.EntityType;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Revision;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.registry.Violation;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Extraction for the web: a document in, its text stored with the candidate transfers extraction
 * proposed, and the reviewer's decision on each candidate out as a draft transfer (through {@link
 * DraftTransfers}, the write API's own path) and a label. Extraction itself never writes to the
 * register; only an explicit accept or edit does, and only as a draft.
 *
 * <p>The extractor knows the register's organizations (drafts included, since its users are
 * contributors); it is rebuilt when the register has changed since it was built.
 */
@Component
public class ExtractionService {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int EVIDENCE_MAX = 8000;
  private static final int PUBLISHER_MAX = 500;

  /** How many of the features that moved a score are stored with a candidate. */
  private static final int DRIVERS = 5;

  private final Register register;
  private final Documents documents;
  private final DraftTransfers drafts;
  private final PublicationWorkflow workflow;
  private final Countries countries;
  private final long maxBytes;
  private final AtomicReference<Built> extractor = new AtomicReference<>();

  private record Built(long revision, Extractor extractor) {}

  /** Beyond this many revisions since the last build, rebuilding is cheaper than reading them. */
  private static final int REVISIONS_CHECKED = 1_000;

  ExtractionService(
      Register register,
      Documents documents,
      DraftTransfers drafts,
      PublicationWorkflow workflow,
      Countries countries,
      @Value("${sightline.extract.max-bytes:10485760}") long maxBytes) {
    this.register = register;
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
  private ObjectNode explanation(Candidate c) {
    ObjectNode model = JSON.createObjectNode();
    model.put("score", c.confidence());
    ArrayNode drivers = model.putArray("drivers");
    for (ConfidenceModel.Contribution k : extractor().explain(c, DRIVERS)) {
      ObjectNode d = drivers.addObject();
      d.put("feature", k.feature());
      d.put("value", Math.round(k.value() * 1000) / 1000.0);
      d.put("effect", Math.round(k.logOdds() * 100) / 100.0);
    }
    return model;
  }

  /** Reads, extracts and stores a document. Writes nothing to the register. */
  public Extraction submit(Submission s, String author) {
    LocalDate docDate = docDate(s.docDate());
    String url = url(s.url());
    DocumentText doc = read(s);
    List<Candidate> found =
        extractor().extract(doc.text(), docDate, Extractor.DEFAULT_MIN_CONFIDENCE);
    ArrayNode stored = JSON.createArrayNode();
    for (Candidate c : found) {
      ObjectNode o = CandidateJson.toJson("", c);
      o.remove("doc_id");
      o.set("model", explanation(c));
      stored.add(o);
    }
    String title = blankToNull(s.title());
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
                JSON.writeValueAsString(stored),
                author));
    return new Extraction(saved, candidates(saved), mentions(saved));
  }

  public StoredDocument document(long id) {
    return documents.find(id).orElseThrow(() -> new NotFoundException("no document with id " + id));
  }

  /** The candidates as proposed when the document was submitted, each with its doc_id. */
  public ArrayNode candidates(StoredDocument doc) {
    ArrayNode array = (ArrayNode) JSON.readTree(doc.candidatesJson());
    ArrayNode out = JSON.createArrayNode();
    for (JsonNode n : array) {
      ObjectNode o = JSON.createObjectNode();
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
    String text = doc.text();
    List<Mention> out = new ArrayList<>();
    for (MentionSpan m : extractor().mentions(text)) {
      out.add(mention(m));
    }
    String norm = TextNormaliser.normalise(text);
    for (MoneyParser.Amount a : MoneyParser.find(norm, 0, norm.length())) {
      out.add(
          new Mention(
              a.start(),
              a.end(),
              "money",
              a.currency() + " " + a.amount().stripTrailingZeros().toPlainString()));
    }
    Segments seg = SentenceSplitter.split(norm);
    for (int i = 0; i < seg.count(); i++) {
      int from = seg.start(i);
      int to = seg.end(i);
      while (from < to) {
        DateResolver.YearMonth ym = DateResolver.find(norm, from, to, doc.docDate());
        if (ym == null || ym.end() <= from) {
          break;
        }
        String label =
            ym.month() > 0
                ? String.format(Locale.ROOT, "%04d-%02d", ym.year(), ym.month())
                : String.valueOf(ym.year());
        out.add(new Mention(ym.start(), ym.end(), "date", label));
        from = ym.end();
      }
    }
    out.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
    return out;
  }

  /**
   * The draft a candidate becomes, in the contract's JSON: its fields, and the document as its
   * source with the candidate's evidence as the quote.
   */
  public ObjectNode draftOf(StoredDocument doc, int index) {
    JsonNode c = candidate(doc, index);
    ObjectNode d = JSON.createObjectNode();
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
    StoredDocument doc = document(documentId);
    undecided(doc, index);
    String id = drafts.create(draftOf(doc, index), author, "accepted from extraction");
    label(doc, index, Decision.ACCEPTED, null, id, null, author);
    return id;
  }

  /**
   * Creates a draft from the reviewer's correction of the candidate (the transfer form's transfer
   * and the problems the form itself found, such as a year that is no number); returns its id.
   * Suppliers typed by a name the register knows get that organization's id.
   */
  public String acceptEdited(
      long documentId, int index, Transfer edited, List<Violation> formProblems, String author) {
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

  public void reject(long documentId, int index, String reason, String author) {
    StoredDocument doc = document(documentId);
    undecided(doc, index);
    label(doc, index, Decision.REJECTED, null, null, reason, author);
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
        JSON.writeValueAsString(c),
        decision,
        edited,
        transferId,
        reason,
        author);
  }

  private void undecided(StoredDocument doc, int index) {
    candidate(doc, index);
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

  private Mention mention(MentionSpan m) {
    String kind;
    String label;
    switch (m.type()) {
      case "country", "demonym", "capital", "place" -> {
        kind = "country";
        label = countries.nameOf(m.value()) + " (" + m.value() + ")";
      }
      case "organization", "lender", "agency" -> {
        kind = "organization";
        label = m.type().equals("organization") ? m.value() : m.value() + " (" + m.type() + ")";
      }
      case "technology" -> {
        kind = "technology";
        label =
            TechnologyCategory.fromKey(m.value()).map(TechnologyCategory::label).orElse(m.value());
      }
      case "status" -> {
        kind = "cue";
        label = "status: " + m.value();
      }
      case "hedge" -> {
        kind = "cue";
        label = "hedge: " + m.value();
      }
      default -> {
        kind = "cue";
        label = "transfer cue: " + m.value();
      }
    }
    return new Mention(m.start(), m.end(), kind, label);
  }

  private Extractor extractor() {
    long revision = register.lastRevisionId();
    Built b = extractor.get();
    if (b != null && b.revision() != revision && !organizationsChangedAfter(b.revision())) {
      // Transfers, proposals and responses don't feed the gazetteer: keep the built matcher.
      b = new Built(revision, b.extractor());
      extractor.set(b);
    }
    if (b == null || b.revision() != revision) {
      List<Organization> orgs =
          register.organizations(Visibility.REVIEWER).stream()
              .map(StoredOrganization::organization)
              .toList();
      b = new Built(revision, new Extractor(orgs));
      extractor.set(b);
    }
    return b.extractor();
  }

  /** True when an organization changed after that revision (or too much changed to tell). */
  private boolean organizationsChangedAfter(long revision) {
    List<Revision> later = register.revisionsAfter(revision, REVISIONS_CHECKED);
    return later.size() >= REVISIONS_CHECKED
        || later.stream().anyMatch(r -> EntityType.ORGANIZATION.key().equals(r.entityType()));
  }

  private DocumentText read(Submission s) {
    try {
      if (s.file() != null) {
        if (s.file().length > maxBytes) {
          throw tooLarge(s.fileName(), s.file().length);
        }
        return new DocumentIntake(maxBytes).read(s.file(), s.fileName());
      }
      String text = s.text();
      if (text == null || text.isBlank()) {
        throw new DocumentRejected("the text is empty: paste a text or upload a file", false);
      }
      long bytes = text.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > maxBytes) {
        throw tooLarge("the text", bytes);
      }
      if (text.indexOf('\u0000') >= 0) {
        throw new DocumentRejected("the text contains NUL characters: it looks binary", false);
      }
      // The pasted-text check counts two bytes a character; the limit above is the real one.
      return new DocumentIntake(4 * maxBytes).pasted(text);
    } catch (IntakeException e) {
      boolean large = e.getMessage() != null && e.getMessage().contains("too large");
      throw new DocumentRejected(e.getMessage(), large);
    }
  }

  private DocumentRejected tooLarge(String what, long bytes) {
    return new DocumentRejected(
        String.format(
            Locale.ROOT,
            "%s is too large (%.1f MB; the limit is %.1f MB)",
            what == null ? "the file" : what,
            bytes / 1048576.0,
            maxBytes / 1048576.0),
        true);
  }

  private static LocalDate docDate(String text) {
    String t = blankToNull(text);
    if (t == null) {
      return null;
    }
    try {
      return LocalDate.parse(t.strip());
    } catch (DateTimeParseException e) {
      throw new DocumentRejected("doc_date must be YYYY-MM-DD, got '" + t + "'", false);
    }
  }

  private static String url(String text) {
    String t = blankToNull(text);
    if (t == null) {
      return null;
    }
    t = t.strip();
    try {
      URI uri = new URI(t);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && t.length() <= 2000) {
        return t;
      }
    } catch (URISyntaxException e) {
      // falls through to the one message below
    }
    throw new DocumentRejected("url must be an http(s) address of at most 2000 characters", false);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
