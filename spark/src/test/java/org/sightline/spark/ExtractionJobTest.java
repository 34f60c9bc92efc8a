package org.sightline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.CandidateJson;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.SampleNews;
import org.sightline.core.extract.eval.OrganizationsCsv;
import org.sightline.core.extract.intake.DocumentIntake;
import org.sightline.core.extract.intake.DocumentText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The job in {@code local[2]} on a generated corpus of 2,000 JSON Lines documents (half gzipped)
 * with 40 malformed lines, plus a folder of .txt and .html files with three unreadable ones. Its
 * candidates must be exactly the lines {@code sightline extract --doc-date DATE FILE} prints for
 * each document saved as a file ({@code ExtractCommand}: intake of the file, the starter
 * organizations, the default threshold), with the document's id as {@code doc_id}. One session and
 * one run of the big corpus are shared by the tests.
 */
class ExtractionJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DOCUMENTS = 2_000;
  private static final int MALFORMED_EVERY = 50;

  @TempDir static Path dir;

  private static SparkSession spark;
  private static CorpusGenerator.Written corpus;
  private static Path output;
  private static ExtractionJob.Result result;

  /** doc_id → the lines {@code extract} prints for it, in its order. */
  private static final Map<String, List<String>> expected = new HashMap<>();

  private static final List<String> unreadableFiles =
      List.of("pages/empty.txt", "pages/binary.txt", "pages/only-navigation.html");

  @BeforeAll
  static void runOnce() throws IOException {
    spark = SparkSessions.start("local[2]", "ExtractionJobTest");
    Path input = dir.resolve("corpus");
    corpus = CorpusGenerator.write(input.resolve("news"), DOCUMENTS, MALFORMED_EVERY, 7);
    List<Path> pages = writePages(input.resolve("pages"));

    // What `sightline extract` prints, computed the way ExtractCommand does it on files.
    DocumentIntake intake = new DocumentIntake();
    Extractor extractor = new Extractor(OrganizationsCsv.starter());
    Path asFiles = Files.createDirectories(dir.resolve("as-files"));
    for (CorpusGenerator.Document d : corpus.documents()) {
      Files.writeString(asFiles.resolve(d.id() + ".txt"), d.text());
    }
    // The extractor is thread-safe: use both cores while Spark is idle.
    corpus.documents().parallelStream()
        .map(
            d ->
                Map.entry(
                    d.id(),
                    extractLines(intake, extractor, asFiles.resolve(d.id() + ".txt"), d.id(), d)))
        .toList()
        .forEach(e -> expected.put(e.getKey(), e.getValue()));
    for (Path page : pages) {
      String id = "pages/" + page.getFileName();
      expected.put(id, extractLines(intake, extractor, page, id, null));
    }

    output = dir.resolve("runs/latest");
    result =
        ExtractionJob.run(
            spark,
            new ExtractionJob.Settings(
                List.of(input.toString()), output.toString(), "test-run", 0.5, 0));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void candidatesAreThoseOfExtractOnTheSameDocuments() throws IOException {
    List<String> want = new ArrayList<>();
    expected.values().forEach(want::addAll);
    assertThat(want).hasSizeGreaterThan(DOCUMENTS / 2); // the corpus does state transfers

    List<String> got = new ArrayList<>();
    Path candidates = output.resolve(RunDirectory.CANDIDATES);
    try (Stream<Path> countries = Files.list(candidates)) {
      for (Path country : countries.filter(Files::isDirectory).toList()) {
        String code = country.getFileName().toString().replace("recipient_country=", "");
        for (String line : jsonLines(country)) {
          assertThat(JSON.readTree(line).get("recipient_country").asString()).isEqualTo(code);
          got.add(line);
        }
      }
    }
    assertThat(got).containsExactlyInAnyOrderElementsOf(want);
    assertThat(result.counters().candidates()).isEqualTo(want.size());
  }

  @Test
  void malformedDocumentsAreCountedAndReportedNotFatal() throws IOException {
    int malformed = corpus.malformed().size();
    assertThat(malformed).isEqualTo(DOCUMENTS / MALFORMED_EVERY);
    int readable = DOCUMENTS + expected.size() - corpus.documents().size();
    assertThat(result.counters().documents()).isEqualTo(readable + malformed + 3);
    assertThat(result.counters().failures()).isEqualTo(malformed + 3);
    assertThat(result.counters().bytes()).isEqualTo(inputBytes());

    List<JsonNode> errors = new ArrayList<>();
    for (String line : jsonLines(output.resolve(RunDirectory.ERRORS))) {
      errors.add(JSON.readTree(line));
    }
    assertThat(errors).hasSize(malformed + 3);
    assertThat(errors).allSatisfy(e -> assertThat(e.get("error").asString()).isNotBlank());
    List<String> named = errors.stream().map(e -> e.get("doc_id").asString()).toList();
    assertThat(named).containsAll(unreadableFiles);
    // Each malformed line is identified: by its id when it has one, else by an excerpt.
    for (String bad : corpus.malformed()) {
      assertThat(errors)
          .anySatisfy(
              e -> {
                String excerpt = e.path("excerpt").asString("");
                boolean quoted =
                    excerpt.endsWith("\u2026")
                        ? bad.startsWith(excerpt.substring(0, excerpt.length() - 1))
                        : bad.equals(excerpt);
                assertThat(quoted || bad.contains("\"" + e.get("doc_id").asString() + "\""))
                    .isTrue();
              });
    }

    JsonNode run = JSON.readTree(Files.readString(output.resolve(RunDirectory.RUN_FILE)));
    assertThat(run.get("run_id").asString()).isEqualTo("test-run");
    assertThat(run.at("/counters/failures").asLong()).isEqualTo(malformed + 3);
    assertThat(run.at("/counters/candidates").asLong()).isEqualTo(result.counters().candidates());
  }

  @Test
  void parquetHoldsTheSameCandidatesByRecipientCountry() {
    List<Row> rows =
        spark
            .read()
            .parquet(output.resolve(RunDirectory.CANDIDATES_PARQUET).toString())
            .selectExpr(
                "doc_id",
                "recipient_country",
                "supplier_country",
                "array_join(supplier_orgs, '|')",
                "status",
                "confidence",
                "evidence[0].start",
                "cast(value.amount as string)")
            .collectAsList();
    List<String> got = rows.stream().map(ExtractionJobTest::key).toList();
    List<String> want = new ArrayList<>();
    for (List<String> lines : expected.values()) {
      for (String line : lines) {
        JsonNode c = JSON.readTree(line);
        List<String> orgs = new ArrayList<>();
        c.get("supplier_orgs").forEach(o -> orgs.add(o.asString()));
        want.add(
            String.join(
                ";",
                c.get("doc_id").asString(),
                c.get("recipient_country").asString(),
                c.get("supplier_country").isNull() ? "null" : c.get("supplier_country").asString(),
                String.join("|", orgs),
                c.get("status").asString(),
                String.valueOf(c.get("confidence").asDouble()),
                String.valueOf(c.at("/evidence/0/start").asInt()),
                c.get("value").isNull()
                    ? "null"
                    : c.at("/value/amount").decimalValue().stripTrailingZeros().toPlainString()));
      }
    }
    assertThat(got).containsExactlyInAnyOrderElementsOf(want);
  }

  @Test
  void documentsForReviewCarryTheTextAndTheCandidatesInOrder() throws Exception {
    DocumentIntake intake = new DocumentIntake();
    int withCandidates = 0;
    for (String line : jsonLines(output.resolve(RunDirectory.DOCUMENTS))) {
      JsonNode doc = JSON.readTree(line);
      String id = doc.get("doc_id").asString();
      List<String> candidates = new ArrayList<>();
      doc.get("candidates").forEach(c -> candidates.add(JSON.writeValueAsString(c)));
      assertThat(candidates).as(id).isEqualTo(expected.get(id));
      String text = doc.get("text").asString();
      for (JsonNode c : doc.get("candidates")) {
        for (JsonNode e : c.get("evidence")) {
          assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt()))
              .isEqualTo(e.get("text").asString());
        }
      }
      if (id.startsWith("doc-")) {
        CorpusGenerator.Document source =
            corpus.documents().get(Integer.parseInt(id.substring(4)) - 1);
        assertThat(text).isEqualTo(intake.pasted(source.text()).text());
        assertThat(doc.get("url").asString()).endsWith(id);
      }
      withCandidates++;
    }
    assertThat(withCandidates)
        .isEqualTo(expected.values().stream().filter(l -> !l.isEmpty()).count());
  }

  @Test
  void aRunReplacesThePreviousRunWhole() throws IOException {
    Path out = dir.resolve("rerun/out");
    String pages = dir.resolve("corpus/pages").toString();
    run(pages, out, "first");
    Files.writeString(out.resolve("stale.txt"), "left by an earlier run");

    run(pages, out, "second");

    assertThat(out.resolve("stale.txt")).doesNotExist();
    assertThat(Files.readString(out.resolve(RunDirectory.RUN_FILE))).contains("\"second\"");
    try (Stream<Path> beside = Files.list(out.getParent())) {
      assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("out");
    }
    List<String> got = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out.resolve(RunDirectory.CANDIDATES))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
        got.addAll(Files.readAllLines(f));
      }
    }
    List<String> want = new ArrayList<>();
    expected.forEach((id, lines) -> want.addAll(id.startsWith("pages/") ? lines : List.of()));
    // A flat folder given as input: ids are the file names, as `extract` prints them.
    assertThat(got)
        .containsExactlyInAnyOrderElementsOf(
            want.stream().map(l -> l.replace("\"doc_id\":\"pages/", "\"doc_id\":\"")).toList());
  }

  @Test
  void aFailedRunLeavesThePreviousRunInPlace() throws IOException {
    Path out = dir.resolve("failing/out");
    run(dir.resolve("corpus/pages").toString(), out, "good");
    String before = Files.readString(out.resolve(RunDirectory.RUN_FILE));

    assertThatThrownBy(() -> run(dir.resolve("no-such-corpus").toString(), out, "bad"))
        .isInstanceOf(RunFailure.class)
        .hasMessageContaining("no such input");
    Path empty = Files.createDirectories(dir.resolve("nothing-to-read"));
    Files.writeString(empty.resolve("notes.pdf"), "not a corpus file");
    assertThatThrownBy(() -> run(empty.toString(), out, "empty"))
        .isInstanceOf(RunFailure.class)
        .hasMessageContaining("no .jsonl");

    assertThat(Files.readString(out.resolve(RunDirectory.RUN_FILE))).isEqualTo(before);
    try (Stream<Path> beside = Files.list(out.getParent())) {
      assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("out");
    }
  }

  @Test
  void neverReplacesADirectoryThatHoldsNoRun() throws IOException {
    Path precious = Files.createDirectories(dir.resolve("precious"));
    Files.writeString(precious.resolve("thesis.txt"), "years of work");

    assertThatThrownBy(() -> run(dir.resolve("corpus/pages").toString(), precious, "oops"))
        .isInstanceOf(RunFailure.class)
        .hasMessageContaining("refusing to replace");
    assertThat(precious.resolve("thesis.txt")).hasContent("years of work");
  }

  private static void run(String input, Path out, String runId) throws IOException {
    ExtractionJob.run(
        spark, new ExtractionJob.Settings(List.of(input), out.toString(), runId, 0.5, 2));
  }

  private static List<String> extractLines(
      DocumentIntake intake,
      Extractor extractor,
      Path file,
      String docId,
      CorpusGenerator.Document d) {
    try {
      DocumentText text = intake.read(file);
      List<String> lines = new ArrayList<>();
      for (Candidate c :
          extractor.extract(
              text.text(), d == null ? null : d.date(), Extractor.DEFAULT_MIN_CONFIDENCE)) {
        lines.add(CandidateJson.toJsonLine(docId, c));
      }
      return lines;
    } catch (Exception e) {
      throw new AssertionError(file + " should be readable", e);
    }
  }

  /** Twenty readable pages (.txt and .html with navigation around an article) and three not. */
  private static List<Path> writePages(Path pages) throws IOException {
    Files.createDirectories(pages);
    List<Path> readable = new ArrayList<>();
    List<String> texts = SampleNews.generate(100_000, 11);
    for (int i = 0; i < 20; i++) {
      String text = texts.get(i);
      if (i % 2 == 0) {
        readable.add(Files.writeString(pages.resolve("story-" + i + ".txt"), text));
      } else {
        StringBuilder html =
            new StringBuilder("<html><head><title>Story ")
                .append(i)
                .append("</title></head><body><nav>Home | World | Business</nav><article>");
        for (String p : text.split("\n\n")) {
          html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        html.append("</article><footer>All rights reserved</footer></body></html>");
        readable.add(Files.writeString(pages.resolve("story-" + i + ".html"), html));
      }
    }
    Files.write(pages.resolve("empty.txt"), new byte[0]);
    Files.write(pages.resolve("binary.txt"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 8, 0});
    Files.writeString(
        pages.resolve("only-navigation.html"),
        "<html><body><nav>Home | World</nav><footer>(c)</footer></body></html>");
    Files.writeString(pages.resolve("README.md.bak"), "neither kind: not read");
    return readable;
  }

  /** Every line of the .jsonl part files under a directory. */
  private static List<String> jsonLines(Path under) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(under)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  /** Bytes of every non-blank input line and of every page file. */
  private static long inputBytes() throws IOException {
    long bytes = 0;
    for (Path f : corpus.files()) {
      try (InputStream in =
          f.toString().endsWith(".gz")
              ? new GZIPInputStream(Files.newInputStream(f))
              : Files.newInputStream(f)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            bytes += line.getBytes(StandardCharsets.UTF_8).length;
          }
        }
      }
    }
    try (Stream<Path> pages = Files.list(dir.resolve("corpus/pages"))) {
      for (Path p : pages.filter(p -> !p.toString().endsWith(".bak")).toList()) {
        bytes += Files.size(p);
      }
    }
    return bytes;
  }

  private static String key(Row r) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      Object v = r.get(i);
      parts.add(v == null ? "null" : v.toString());
    }
    // Parquet keeps the decimal's scale; the JSON line does not.
    String amount = parts.get(7);
    if (!amount.equals("null")) {
      parts.set(7, new java.math.BigDecimal(amount).stripTrailingZeros().toPlainString());
    }
    return String.join(";", parts);
  }
}
