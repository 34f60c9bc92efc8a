package org.sightline.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.app.testing.CliRunner;
import org.sightline.app.testing.CliRunner.Run;
import org.sightline.core.extract.Candidate;
import org.sightline.core.extract.CandidateJson;
import org.sightline.core.extract.Extractor;
import org.sightline.core.extract.eval.OrganizationsCsv;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseConfig;
import org.sightline.store.documents.Documents;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.Visibility;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The command line as a user drives it: exit codes, one-line summaries and one-line errors. */
class SightlineCliTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  Run sightline(String... args) {
    return CliRunner.sightline(args);
  }

  Path resource(String name) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(name)) {
      Files.copy(in, target);
    }
    return target;
  }

  long publishedTransfers(Path data) {
    try (Database db = Database.open(DatabaseConfig.embedded(data))) {
      return new JdbcRegister(db).countTransfers(Visibility.PUBLIC);
    }
  }

  @Test
  void importPrintsAOneLineSummaryAndReimportChangesNothing() throws IOException {
    Path data = dir.resolve("data");
    Path csv = resource("ecuador-transfers.csv");

    Run first =
        sightline("import", csv.toString(), "--kind", "transfers", "--data", data.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out().strip()).doesNotContain("\n").contains("created 2");
    assertThat(first.err()).isEmpty();
    assertThat(publishedTransfers(data)).isEqualTo(2);

    Run again = sightline("import", csv.toString(), "--data", data.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("created 0").contains("updated 0").contains("unchanged 2");
  }

  @Test
  void anInvalidRowFailsTheWholeImportWithARowLevelReport() throws IOException {
    Path data = dir.resolve("data");
    Run run =
        sightline(
            "import",
            resource("ecuador-transfers-bad-status.csv").toString(),
            "--data",
            data.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("line 3").contains("T0005").contains("status");
    assertThat(run.err())
        .contains("nothing imported")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
    assertThat(publishedTransfers(data)).isZero();
  }

  @Test
  void dryRunWritesNothing() throws IOException {
    Path data = dir.resolve("data");
    Run run =
        sightline(
            "import",
            resource("ecuador-transfers.csv").toString(),
            "--dry-run",
            "--data",
            data.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("dry run");
    assertThat(publishedTransfers(data)).isZero();
  }

  @Test
  void exportWritesTheImportedRecordsInEachSupportedFormat() throws IOException {
    Path data = dir.resolve("data");
    assertThat(
            sightline(
                    "import",
                    resource("ecuador-transfers.csv").toString(),
                    "--data",
                    data.toString())
                .exit())
        .isZero();

    Path jsonl = dir.resolve("out.jsonl");
    Run run =
        sightline(
            "export", "--format", "jsonl", "--out", jsonl.toString(), "--data", data.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readAllLines(jsonl))
        .hasSize(2)
        .first()
        .asString()
        .startsWith("{\"id\":\"T0004\"");

    Path csv = dir.resolve("out.csv");
    assertThat(
            sightline(
                    "export", "--format", "csv", "--out", csv.toString(), "--data", data.toString())
                .exit())
        .isZero();
    assertThat(Files.readAllLines(csv).get(0)).startsWith("id,supplier,");
  }

  @Test
  void importCandidatesLoadsASparkRunIntoTheReviewQueueOnce() throws IOException {
    Path data = dir.resolve("data");
    String text =
        "In March 2018 China made inroads into Zimbabwe. CloudWalk Technology signed a deal"
            + " with the government in Harare to supply facial recognition technology.";
    ObjectNode line = JSON.createObjectNode().put("doc_id", "zw-1").put("text", text);
    ArrayNode candidates = line.putArray("candidates");
    for (Candidate c : new Extractor(OrganizationsCsv.starter()).extract(text, null, 0.5)) {
      candidates.add(CandidateJson.toJson("zw-1", c));
    }
    Path run = Files.createDirectories(dir.resolve("run/documents")).getParent();
    Files.writeString(run.resolve("run.json"), "{\"run_id\": \"20250101T000000Z-abcdef\"}");
    Files.writeString(run.resolve("documents/part-00000.jsonl"), line + "\n");

    Run first =
        sightline("import", run.toString(), "--kind", "candidates", "--data", data.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out().strip())
        .doesNotContain("\n")
        .contains("run 20250101T000000Z-abcdef")
        .contains("1 added")
        .contains(candidates.size() + " candidates added");
    try (Database db = Database.open(DatabaseConfig.embedded(data))) {
      assertThat(new Documents(db).find(1).orElseThrow().text()).isEqualTo(text);
    }

    Run again =
        sightline("import", run.toString(), "--kind", "candidates", "--data", data.toString());
    assertThat(again.out()).contains("0 added, 1 already stored").contains("0 candidates added");

    Run notARun =
        sightline("import", dir.toString(), "--kind", "candidates", "--data", data.toString());
    assertThat(notARun.exit()).isEqualTo(1);
    assertThat(notARun.err().strip())
        .startsWith("sightline import: ")
        .contains("is not a spark-extract run")
        .doesNotContain("\n");
  }

  @Test
  void anUnknownFormatIsRefusedClearly() {
    Run run =
        sightline(
            "export",
            "--format",
            "shapefile",
            "--out",
            dir.resolve("x.shp").toString(),
            "--data",
            dir.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo(
            "sightline export: unknown export format 'shapefile'; expected one of csv, jsonl,"
                + " geojson, ftm, datapackage");
    assertThat(dir.resolve("x.shp")).doesNotExist();
  }

  @Test
  void everyErrorIsOneLineOnStderr() {
    Run missingFile =
        sightline("import", dir.resolve("nope.csv").toString(), "--data", dir.toString());
    assertThat(missingFile.exit()).isEqualTo(1);
    assertThat(missingFile.err().strip()).contains("nope.csv").doesNotContain("\n");

    Run badKind = sightline("import", "x.csv", "--kind", "people", "--data", dir.toString());
    assertThat(badKind.exit()).isEqualTo(1);
    assertThat(badKind.err().strip()).contains("--kind").doesNotContain("\n");

    Run badOption = sightline("export", "--format", "csv", "--out", "x.csv", "--colour", "red");
    assertThat(badOption.exit()).isEqualTo(2);
    assertThat(badOption.err().strip()).contains("--colour").doesNotContain("\n");

    Run noCommand = sightline();
    assertThat(noCommand.exit()).isEqualTo(2);
    assertThat(noCommand.err().strip()).contains("missing command").doesNotContain("\n");

    Run unreachable =
        sightline(
            "export",
            "--format",
            "csv",
            "--out",
            dir.resolve("o.csv").toString(),
            "--db-url",
            "jdbc:nosuchdriver://example/none",
            "--db-user",
            "x",
            "--db-password",
            "y");
    assertThat(unreachable.exit()).isEqualTo(1);
    assertThat(unreachable.err().strip()).startsWith("sightline export: ").doesNotContain("\n");
  }
}
