package org.sightline.store.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.CandidateJson;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.eval.OrganizationsCsv;
import org.sightline.store.db.OnEveryEngine;
import org.sightline.store.db.TestDatabase;
import org.sightline.store.ingest.ImportPhase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loading a spark-extract run into the review queue, on every engine (see {@link
 * CandidateRunImportTest}). The runs here are written in the format of the spark module's {@code
 * documents/} output, with candidates from the real extractor.
 */
abstract class CandidateRunImportContract extends OnEveryEngine {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Extractor EXTRACTOR = new Extractor(OrganizationsCsv.starter());
  private static final String ZIMBABWE =
      "In March 2018 China made inroads into Zimbabwe. CloudWalk Technology signed a deal with"
          + " the government in Harare to supply facial recognition technology.";
  private static final String ECUADOR =
      "Ecuador's ECU-911 network was built by China's CEIEC and Huawei, which installed 4,300"
          + " surveillance cameras across the country in 2011.";
  private static final String UGANDA =
      "Huawei installed a CCTV system with facial recognition for the police in Kampala, Uganda,"
          + " in 2019.";

  @TempDir Path tmp;
  TestDatabase db;
  Documents documents;
  CandidateRunImport importer;

  @BeforeEach
  void open() {
    db = TestDatabase.create(engine(), tmp.resolve("db"));
    documents = new Documents(db.database());
    importer = new CandidateRunImport(db.database());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aRunBecomesDocumentsInTheReviewQueueAndAgainChangesNothing() throws IOException {
    Path run = run("r1", line("a", ZIMBABWE, "2018-04-02"), line("b", ECUADOR, null));
    List<long[]> progress = new ArrayList<>();

    CandidateRunImport.Report first =
        importer.importRun(
            run,
            false,
            "cli-import",
            (phase, rows, bytes, total) ->
                progress.add(new long[] {phase.ordinal(), rows, bytes, total}));

    assertThat(first.ok()).isTrue();
    assertThat(first.runId()).isEqualTo("r1");
    assertThat(first.documentsAdded()).isEqualTo(2);
    assertThat(first.candidatesAdded()).isEqualTo(candidates(ZIMBABWE) + candidates(ECUADOR));
    assertThat(first.summary()).contains("2 added").contains("run r1");
    assertThat(progress)
        .anySatisfy(p -> assertThat(p[0]).isEqualTo(ImportPhase.VALIDATING.ordinal()))
        .anySatisfy(p -> assertThat(p[0]).isEqualTo(ImportPhase.WRITING.ordinal()));
    assertThat(progress.get(progress.size() - 1)[2]).isEqualTo(progress.get(0)[3]);

    StoredDocument a = stored(ZIMBABWE);
    assertThat(a.url()).isEqualTo("https://news.example.org/a");
    assertThat(a.docDate()).isEqualTo(LocalDate.of(2018, 4, 2));
    assertThat(a.author()).isEqualTo("cli-import");
    // Its language is identified on the way in, as for a document submitted on the web.
    assertThat(a.language()).isEqualTo("en");
    JsonNode kept = JSON.readTree(a.candidatesJson());
    assertThat(kept).hasSize(candidates(ZIMBABWE));
    assertThat(kept.get(0).has("doc_id")).isFalse();
    assertThat(kept.get(0).get("recipient_country").asString()).isEqualTo("ZW");

    CandidateRunImport.Report again =
        importer.importRun(run, false, "cli-import", (p, r, b, t) -> {});
    assertThat(again.documentsAdded()).isZero();
    assertThat(again.documentsKnown()).isEqualTo(2);
    assertThat(again.candidatesAdded()).isZero();
    assertThat(again.candidatesKnown()).isEqualTo(first.candidatesAdded());
    assertThat(count()).isEqualTo(2);
  }

  @Test
  void aKnownTextGetsOnlyItsNewCandidatesAppendedSoDecisionsKeepTheirNumbers() throws IOException {
    ArrayNode all = candidatesOf("x", ZIMBABWE + " " + UGANDA);
    assertThat(all.size()).isGreaterThanOrEqualTo(2);
    // Stored earlier from the web form with only the first candidate, which was then rejected.
    ArrayNode first = JSON.createArrayNode().add(withoutDocId(all.get(0)));
    StoredDocument earlier =
        documents.save(
            new NewDocument(
                ZIMBABWE + " " + UGANDA,
                null,
                null,
                null,
                "pasted",
                JSON.writeValueAsString(first),
                "curator-1",
                null));
    documents.record(
        earlier.id(), 0, "f", first.get(0).toString(), Decision.REJECTED, null, null, "no", "r");

    CandidateRunImport.Report report =
        importer.importRun(
            run(
                "r2",
                line("x", ZIMBABWE + " " + UGANDA, null),
                line("y", ZIMBABWE + " " + UGANDA, null)),
            false,
            "cli-import",
            (p, r, b, t) -> {});

    assertThat(report.documentsAdded()).isZero();
    assertThat(report.documentsKnown()).isEqualTo(2);
    assertThat(report.candidatesAdded()).isEqualTo(all.size() - 1);
    assertThat(report.candidatesKnown()).isEqualTo(1 + all.size());
    assertThat(count()).isEqualTo(1);
    JsonNode now = JSON.readTree(documents.find(earlier.id()).orElseThrow().candidatesJson());
    assertThat(now).hasSize(all.size());
    assertThat(now.get(0)).isEqualTo(first.get(0));
    assertThat(documents.labels(earlier.id()))
        .singleElement()
        .extracting(Label::candidateIndex)
        .isEqualTo(0);
  }

  @Test
  void oneBadLineMeansNothingIsImportedAndTheLineIsNamed() throws IOException {
    ObjectNode broken = line("b", ECUADOR, null);
    ((ObjectNode) broken.get("candidates").get(0).get("evidence").get(0)).put("start", 3);
    Path run = run("r3", line("a", ZIMBABWE, null), broken);
    Files.writeString(run.resolve("documents/part-00001.jsonl"), "{\"doc_id\": \"cut off\n");

    CandidateRunImport.Report report =
        importer.importRun(run, false, "cli-import", (p, r, b, t) -> {});

    assertThat(report.ok()).isFalse();
    assertThat(report.errors())
        .containsExactly(
            "documents/part-00000.jsonl line 2: evidence of a candidate does not quote the"
                + " document's text at its offsets",
            "documents/part-00001.jsonl line 1: not a JSON object");
    assertThat(report.summary()).startsWith("nothing imported: 2 errors");
    assertThat(count()).isZero();
  }

  @Test
  void aDryRunChecksAndWritesNothing() throws IOException {
    CandidateRunImport.Report report =
        importer.importRun(
            run("r4", line("a", ZIMBABWE, null)), true, "cli-import", (p, r, b, t) -> {});

    assertThat(report.ok()).isTrue();
    assertThat(report.documents()).isEqualTo(1);
    assertThat(report.summary()).startsWith("dry run, nothing written");
    assertThat(count()).isZero();
  }

  @Test
  void aFolderThatIsNoRunIsRefusedInOneLine() throws IOException {
    Path notARun = Files.createDirectories(tmp.resolve("not-a-run"));

    assertThatThrownBy(() -> importer.importRun(notARun, false, "cli-import", (p, r, b, t) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a spark-extract run");
  }

  private Path run(String id, ObjectNode... lines) throws IOException {
    Path run = Files.createDirectories(tmp.resolve("runs").resolve(id));
    Files.writeString(run.resolve("run.json"), "{\"run_id\": \"" + id + "\"}");
    Path docs = Files.createDirectories(run.resolve("documents"));
    StringBuilder out = new StringBuilder();
    for (ObjectNode l : lines) {
      out.append(JSON.writeValueAsString(l)).append('\n');
    }
    Files.writeString(docs.resolve("part-00000.jsonl"), out);
    Files.writeString(docs.resolve("_SUCCESS"), "");
    return run;
  }

  /** A line of the spark module's documents/ output. */
  private static ObjectNode line(String id, String text, String date) {
    ObjectNode o = JSON.createObjectNode();
    o.put("doc_id", id);
    o.put("url", "https://news.example.org/" + id);
    o.put("date", date);
    o.putNull("title");
    o.put("format", "txt");
    o.put("text", text);
    o.set("candidates", candidatesOf(id, text));
    return o;
  }

  private static ArrayNode candidatesOf(String id, String text) {
    ArrayNode a = JSON.createArrayNode();
    for (Candidate c : EXTRACTOR.extract(text, null, Extractor.DEFAULT_MIN_CONFIDENCE)) {
      a.add(CandidateJson.toJson(id, c));
    }
    assertThat(a).as(text).isNotEmpty();
    return a;
  }

  private static ObjectNode withoutDocId(JsonNode c) {
    ObjectNode o = ((ObjectNode) c).deepCopy();
    o.remove("doc_id");
    return o;
  }

  private static int candidates(String text) {
    return candidatesOf("n", text).size();
  }

  private StoredDocument stored(String text) {
    for (long id = 1; id < 100; id++) {
      var d = documents.find(id);
      if (d.isPresent() && d.get().text().equals(text)) {
        return d.get();
      }
    }
    throw new AssertionError("not stored: " + text);
  }

  private long count() {
    long n = 0;
    for (long id = 1; id < 100; id++) {
      n += documents.find(id).isPresent() ? 1 : 0;
    }
    return n;
  }
}
