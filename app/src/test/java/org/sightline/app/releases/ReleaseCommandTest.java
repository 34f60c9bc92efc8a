package org.sightline.app.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.app.testing.CliRunner;
import org.sightline.app.testing.CliRunner.Run;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseConfig;
import org.sightline.store.ingest.RegisterVersion;
import org.sightline.store.registry.JdbcRegister;

/** {@code sightline release}: a dated, hashed bundle that is the same for the same register. */
class ReleaseCommandTest {
  @TempDir Path dir;

  Path importEcuador() throws IOException {
    Path csv = dir.resolve("ecuador-transfers.csv");
    try (InputStream in =
        getClass().getResourceAsStream("/org/sightline/app/ingest/ecuador-transfers.csv")) {
      Files.copy(in, csv);
    }
    Path data = dir.resolve("data");
    Run run = CliRunner.sightline("import", csv.toString(), "--data", data.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    return data;
  }

  static Path onlyChild(Path parent) throws IOException {
    try (Stream<Path> children = Files.list(parent)) {
      List<Path> all = children.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  @Test
  void theSameRegisterReleasedTwiceGivesIdenticalChecksums() throws Exception {
    Path data = importEcuador();
    String version;
    try (Database db = Database.open(DatabaseConfig.embedded(data))) {
      version = RegisterVersion.of(new JdbcRegister(db)).version();
    }

    Run first =
        CliRunner.sightline(
            "release", "--out", dir.resolve("a").toString(), "--data", data.toString());
    Run second =
        CliRunner.sightline(
            "release", "--out", dir.resolve("b").toString(), "--data", data.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(first.out().strip()).doesNotContain("\n").contains(version);

    Path a = onlyChild(dir.resolve("a"));
    Path b = onlyChild(dir.resolve("b"));
    assertThat(a.getFileName().toString())
        .matches("sightline-\\d{4}-\\d{2}-\\d{2}-" + version.substring(0, 12))
        .isEqualTo(b.getFileName().toString());
    String sums = Files.readString(a.resolve("SHA256SUMS"));
    assertThat(Files.readString(b.resolve("SHA256SUMS"))).isEqualTo(sums);

    // Every file but the checksum list is listed, and each checksum is the file's SHA-256.
    List<String> lines = sums.lines().toList();
    try (Stream<Path> files = Files.list(a)) {
      assertThat(lines).hasSize((int) files.count() - 1);
    }
    assertThat(lines)
        .extracting(l -> l.substring(66))
        .containsExactly(
            "CITATION.cff",
            "countries.geojson",
            "datapackage.json",
            "entities.ftm.json",
            "organizations.csv",
            "transfer_suppliers.csv",
            "transfers.csv",
            "transfers.jsonl");
    for (String line : lines) {
      byte[] bytes = Files.readAllBytes(a.resolve(line.substring(66)));
      assertThat(line.substring(0, 64))
          .as(line)
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }
    String citation = Files.readString(a.resolve("CITATION.cff"));
    assertThat(citation)
        .startsWith("cff-version: 1.2.0\n")
        .contains("version: \"" + version + "\"")
        .contains("date-released: \"" + a.getFileName().toString().substring(10, 20) + "\"");
  }

  @Test
  void anEmptyRegisterOrAFileForADirectoryIsOneClearError() throws IOException {
    Path notADir = Files.writeString(dir.resolve("file"), "x");
    Run file =
        CliRunner.sightline("release", "--out", notADir.toString(), "--data", dir.toString());
    assertThat(file.exit()).isEqualTo(1);
    assertThat(file.err().strip())
        .isEqualTo(
            "sightline release: cannot write the release: " + notADir + " is not a directory");

    Run empty =
        CliRunner.sightline(
            "release",
            "--out",
            dir.resolve("out").toString(),
            "--data",
            dir.resolve("empty").toString());
    assertThat(empty.exit()).isEqualTo(1);
    assertThat(empty.err().strip()).doesNotContain("\n").contains("nothing to release");
  }
}
