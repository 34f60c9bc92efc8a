package org.sightline.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.sightline.core.countries.Countries;
import org.sightline.core.countries.Country;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.Revision;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.StoredOrganization;
import org.sightline.store.registry.StoredTransfer;
import org.sightline.store.registry.Visibility;

/**
 * Full-text search over the published transfers (summary, supplier names and their organizations'
 * aliases, end user, sources, country names, technologies and status by key and label, lender),
 * with English stemming. Any text is a valid search ({@link SearchText}).
 *
 * <p>The index is derived state. It follows the revision log: the id of the last revision applied
 * is stored in the Lucene commit, and {@link #catchUp(Register)} applies the revisions after it by
 * re-reading the current records. A missing or unreadable index, or one that is ahead of the
 * database (a different or restored database), is rebuilt from the database. Several application
 * instances sharing one PostgreSQL each keep their own index current this way.
 *
 * <p>The first catch-up after opening also verifies the index against the register, because a crash
 * or a restored backup can leave the two out of step in ways the revision ids alone do not show:
 * the revision the index last applied must still be the same revision in the database, and after
 * catching up the index must hold exactly one document per published transfer. Otherwise it is
 * rebuilt.
 */
public final class SearchIndex implements AutoCloseable {
  static final String LAST_REVISION = "sightline.last_revision";
  static final String REVISIONS_COUNTED = "sightline.revisions_counted";
  static final String LAST_REVISION_KEY = "sightline.last_revision_key";
  static final String ANALYSIS = "sightline.analysis";

  private static final String ID = "id";

  /**
   * Fields and their weights. Technologies and statuses are indexed by key and by label, so "facial
   * recognition" finds every transfer tagged {@code facial_recognition}; lenders by the financing
   * lender's name and, when it is a registered organization, its aliases.
   */
  private static final Map<String, Float> BOOSTS =
      Map.of(
          "suppliers", 2.0f,
          "summary", 1.0f,
          "end_user", 1.5f,
          "sources", 0.5f,
          "countries", 1.5f,
          "technologies", 1.5f,
          "status", 1.0f,
          "lender", 1.5f);

  /** The most hits one search returns. */
  public static final int MAX_LIMIT = 10_000;

  private static final int CATCH_UP_PAGE = 500;
  private static final long REBUILD_BEYOND = 20_000;

  private final Path dir;
  private final Analyzer analyzer = SearchText.analyzer();
  private final Countries countries = Countries.bundled();
  private Directory directory;
  private IndexWriter writer;
  private SearcherManager searchers;

  /** -1: nothing applied yet, the index must be built. */
  private long lastApplied;

  private long revisionsCounted;

  /** What identifies the last applied revision (see {@link #revisionKey}); null if unknown. */
  private String lastAppliedKey;

  /** Whether this index has been compared with the register since it was opened. */
  private boolean verified;

  private SearchIndex(Path dir) {
    this.dir = dir;
  }

  /** Opens (or creates) the index in {@code dir}; an unreadable index is wiped for a rebuild. */
  public static SearchIndex open(Path dir) {
    SearchIndex index = new SearchIndex(dir.toAbsolutePath().normalize());
    try {
      Files.createDirectories(index.dir);
      try {
        index.openWriter();
      } catch (IOException | RuntimeException corrupt) {
        index.closeQuietly();
        wipe(index.dir);
        index.openWriter();
        index.lastApplied = -1;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir, e);
    }
    return index;
  }

  private void openWriter() throws IOException {
    directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    writer = new IndexWriter(directory, config);
    lastApplied = -1;
    revisionsCounted = 0;
    lastAppliedKey = null;
    verified = false;
    String analysis = null;
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(ANALYSIS)) {
          analysis = e.getValue();
        }
        if (e.getKey().equals(LAST_REVISION)) {
          lastApplied = Long.parseLong(e.getValue());
        } else if (e.getKey().equals(REVISIONS_COUNTED)) {
          revisionsCounted = Long.parseLong(e.getValue());
        } else if (e.getKey().equals(LAST_REVISION_KEY)) {
          lastAppliedKey = e.getValue();
        }
      }
    }
    if (!SearchText.ANALYSIS_VERSION.equals(analysis)) {
      // Built with another analysis (or never): its terms would not meet today's queries.
      lastApplied = -1;
    }
    searchers = new SearcherManager(writer, null);
  }

  /** The id of the last revision the index reflects; -1 when it has never been built. */
  public synchronized long lastAppliedRevision() {
    return lastApplied;
  }

  /**
   * Brings the index up to date with the register: applies the revisions after the last one
   * applied, or rebuilds when the index is new, corrupt or ahead of the database. Returns the
   * number of revisions applied (for a rebuild: the number of transfers indexed).
   */
  public synchronized long catchUp(Register register) {
    try {
      long head = register.lastRevisionId();
      // Far behind (e.g. after a large import) a rebuild is cheaper than one lookup per revision.
      if (lastApplied < 0
          || lastApplied > head
          || head - lastApplied > REBUILD_BEYOND
          || lateRevisions(register)
          || (!verified && !sameLastRevision(register))) {
        return rebuild(register);
      }
      long applied = 0;
      while (true) {
        List<Revision> revisions = register.revisionsAfter(lastApplied, CATCH_UP_PAGE);
        if (revisions.isEmpty()) {
          break;
        }
        Map<String, Optional<Organization>> orgs = new HashMap<>();
        for (Revision r : revisions) {
          if (r.entityType().equals("transfer")) {
            reindex(register, r.entityId(), orgs);
          } else if (r.entityType().equals("organization")) {
            for (StoredTransfer t :
                register.transfersOfOrganization(r.entityId(), Visibility.PUBLIC)) {
              reindex(register, t.transfer().id(), orgs);
            }
          }
          lastApplied = r.id();
          lastAppliedKey = revisionKey(r);
          applied++;
        }
      }
      if (applied > 0) {
        commit(register);
      }
      if (!verified) {
        verified = true;
        if (documents() != register.countTransfers(Visibility.PUBLIC)) {
          return rebuild(register);
        }
      }
      return applied;
    } catch (IOException e) {
      throw new UncheckedIOException("updating the search index failed", e);
    }
  }

  /** Re-creates the index from the published transfers. Returns the number indexed. */
  public synchronized long rebuild(Register register) {
    try {
      long head = register.lastRevisionId();
      List<Revision> last = head > 0 ? register.revisionsAfter(head - 1, 1) : List.of();
      writer.deleteAll();
      Map<String, Optional<Organization>> orgs = new HashMap<>();
      for (StoredOrganization o : register.organizations(Visibility.PUBLIC)) {
        orgs.put(o.organization().id(), Optional.of(o.organization()));
      }
      long[] n = {0};
      IOException[] failure = new IOException[1];
      register.forEachTransfer(
          Visibility.PUBLIC,
          t -> {
            if (failure[0] == null) {
              try {
                writer.addDocument(document(t.transfer(), register, orgs));
                n[0]++;
              } catch (IOException e) {
                failure[0] = e;
              }
            }
          });
      if (failure[0] != null) {
        throw failure[0];
      }
      lastApplied = head;
      lastAppliedKey = last.isEmpty() ? null : revisionKey(last.get(0));
      verified = true;
      commit(register);
      // Anything written while we scanned is applied now (re-indexing is idempotent).
      catchUp(register);
      return n[0];
    } catch (IOException e) {
      throw new UncheckedIOException("rebuilding the search index failed", e);
    }
  }

  /**
   * Searches for any text: words, and "quoted phrases" (see {@link SearchText}); no character is
   * syntax. When the words as given find nothing, each is tried as the start of a word ("exim"
   * finds "Eximbank"). Text with no searchable word finds nothing.
   *
   * @throws IllegalArgumentException for a blank query or a limit out of range
   */
  public SearchHits search(String q, int limit) {
    if (q == null || q.isBlank()) {
      throw new IllegalArgumentException("the search query is empty");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    Query exact = SearchText.query(q, analyzer, BOOSTS, false);
    if (exact == null) {
      return new SearchHits(List.of(), 0);
    }
    SearchHits hits = run(exact, limit);
    if (hits.total() == 0) {
      hits = run(SearchText.query(q, analyzer, BOOSTS, true), limit);
    }
    if (hits.total() == 0) {
      // No record has every word ("Hikvision/Dahua"): those with any of them, said so.
      Query any = SearchText.anyWord(q, analyzer, BOOSTS);
      if (any != null) {
        SearchHits some = run(any, limit);
        hits = new SearchHits(some.ids(), some.total(), true);
      }
    }
    return hits;
  }

  /** Every indexed transfer id (tests compare the index with the register). */
  List<String> indexedIds() {
    return run(new MatchAllDocsQuery(), MAX_LIMIT).ids();
  }

  private SearchHits run(Query query, int limit) {
    IndexSearcher searcher;
    try {
      searchers.maybeRefresh();
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("the search index cannot be read", e);
    }
    try {
      int total = searcher.count(query);
      TopDocs top =
          searcher.search(
              query,
              limit,
              new Sort(SortField.FIELD_SCORE, new SortField(ID, SortField.Type.STRING)));
      List<String> ids = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc d : top.scoreDocs) {
        ids.add(searcher.storedFields().document(d.doc).get(ID));
      }
      return new SearchHits(ids, total);
    } catch (IndexSearcher.TooManyClauses e) {
      // A prefix of a few letters can stand for too many words: nothing is found by it.
      return new SearchHits(List.of(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("the search index cannot be read", e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException ignored) {
        // a released searcher that fails to close is cleaned up with the index
      }
    }
  }

  /**
   * Whether the revision the index last applied is still that revision in the database: after a
   * crash that lost writes, or with a database restored from a backup, the same id can name a
   * different change.
   */
  private boolean sameLastRevision(Register register) {
    if (lastApplied == 0) {
      return true;
    }
    List<Revision> r = register.revisionsAfter(lastApplied - 1, 1);
    return !r.isEmpty()
        && r.get(0).id() == lastApplied
        && revisionKey(r.get(0)).equals(lastAppliedKey);
  }

  private static String revisionKey(Revision r) {
    return r.entityType()
        + "/"
        + r.entityId()
        + "/"
        + r.number()
        + "/"
        + r.createdAt().toEpochMilli();
  }

  private int documents() throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  private boolean lateRevisions(Register register) {
    // Revision ids are given out when a transaction writes, not when it commits: a long import
    // can commit ids below the ones already applied. If more revisions now exist up to the
    // watermark than when it was set, some arrived late and the index is rebuilt.
    long counted = register.countRevisionsUpTo(lastApplied);
    return counted >= 0 && counted != revisionsCounted;
  }

  private void reindex(Register register, String id, Map<String, Optional<Organization>> orgs)
      throws IOException {
    Optional<StoredTransfer> t = register.findTransfer(id, Visibility.PUBLIC);
    if (t.isPresent()) {
      writer.updateDocument(new Term(ID, id), document(t.get().transfer(), register, orgs));
    } else {
      writer.deleteDocuments(new Term(ID, id));
    }
  }

  /** A name and its other names under one field, so that any of them finds the transfer. */
  private static void addNames(Document doc, String field, String name, List<String> aliases) {
    add(doc, field, name);
    aliases.forEach(a -> add(doc, field, a));
  }

  /**
   * The names the register gives a published organization, looked up once per key (an id, or
   * "name:" and a name) in {@code known} for the whole run.
   */
  private static void addRegisterNames(
      Document doc,
      String field,
      Map<String, Optional<Organization>> known,
      String key,
      Supplier<Optional<StoredOrganization>> lookup) {
    known
        .computeIfAbsent(key, k -> lookup.get().map(StoredOrganization::organization))
        .ifPresent(o -> addNames(doc, field, o.name(), o.aliases()));
  }

  private Document document(
      Transfer t, Register register, Map<String, Optional<Organization>> orgs) {
    Document doc = new Document();
    doc.add(new StringField(ID, t.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(t.id())));
    add(doc, "summary", t.summary());
    add(doc, "end_user", t.endUser());
    for (OrganizationRef ref : t.supplierOrgs()) {
      addNames(doc, "suppliers", ref.name(), ref.aliases());
      if (ref.id() != null) {
        addRegisterNames(
            doc,
            "suppliers",
            orgs,
            ref.id(),
            () -> register.findOrganization(ref.id(), Visibility.PUBLIC));
      }
    }
    for (TechnologyCategory tech : t.technologies()) {
      add(doc, "technologies", tech.key());
      add(doc, "technologies", tech.key().replace('_', ' '));
      add(doc, "technologies", tech.label());
      for (String language : Country.LANGUAGES) {
        tech.namesIn(language).forEach(name -> add(doc, "technologies", name));
      }
    }
    if (t.status() != null) {
      add(doc, "status", t.status().key());
    }
    if (t.financing() != null && t.financing().lender() != null) {
      String lender = t.financing().lender();
      add(doc, "lender", lender);
      addRegisterNames(
          doc,
          "lender",
          orgs,
          "name:" + lender,
          () -> register.findOrganizationByName(lender, Visibility.PUBLIC));
    }
    for (Source s : t.sources()) {
      add(doc, "sources", s.publisher());
      add(doc, "sources", s.url());
      add(doc, "sources", s.evidence());
    }
    for (String code : new String[] {t.recipientCountry(), t.supplierCountry()}) {
      if (code != null) {
        add(doc, "countries", code);
        countries
            .byCode(code)
            .ifPresent(
                (Country c) -> {
                  add(doc, "countries", c.name());
                  c.alternativeNames().forEach(n -> add(doc, "countries", n));
                  c.namesByLanguage()
                      .values()
                      .forEach(ns -> ns.forEach(n -> add(doc, "countries", n)));
                });
      }
    }
    return doc;
  }

  private static void add(Document doc, String field, String text) {
    if (text != null && !text.isBlank()) {
      doc.add(new TextField(field, text, Field.Store.NO));
    }
  }

  private void commit(Register register) throws IOException {
    long counted = register.countRevisionsUpTo(lastApplied);
    revisionsCounted = Math.max(counted, 0);
    Map<String, String> data = new HashMap<>();
    data.put(LAST_REVISION, Long.toString(lastApplied));
    data.put(REVISIONS_COUNTED, Long.toString(revisionsCounted));
    data.put(ANALYSIS, SearchText.ANALYSIS_VERSION);
    if (lastAppliedKey != null) {
      data.put(LAST_REVISION_KEY, lastAppliedKey);
    }
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
    searchers.maybeRefresh();
  }

  @Override
  public synchronized void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close();
      }
      if (directory != null) {
        directory.close();
      }
    } catch (IOException | RuntimeException ignored) {
      // closing a broken index: the files are rebuilt on next open anyway
    } finally {
      searchers = null;
      writer = null;
      directory = null;
    }
  }

  private static void wipe(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
