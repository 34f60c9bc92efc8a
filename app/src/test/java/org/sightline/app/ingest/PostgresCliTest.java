package org.sightline.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.app.SightlineCli;
import org.sightline.app.testing.OnPostgres;
import org.sightline.app.testing.PostgresSchema;
import picocli.CommandLine;

/** import and export against PostgreSQL, with the server given the way users give it. */
@OnPostgres
class PostgresCliTest {
  @TempDir Path dir;

  @Test
  void importAndExportThroughDbUrlAndEnvironmentCredentials() throws Exception {
    PostgresSchema schema = PostgresSchema.create("cli_");
    String schemaUrl = schema.url();
    String user = schema.user();
    String password = schema.password();
    // User and password come from SIGHTLINE_DB_*, the URL from the flag.
    Map<String, String> env = Map.of("SIGHTLINE_DB_USER", user, "SIGHTLINE_DB_PASSWORD", password);

    Path csv = dir.resolve("ecuador-transfers.csv");
    try (InputStream in = getClass().getResourceAsStream("ecuador-transfers.csv")) {
      Files.copy(in, csv);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = SightlineCli.commandLine(new SightlineCli(env));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));

    int imported = cmd.execute("import", csv.toString(), "--db-url", schemaUrl);
    assertThat(imported).as(err.toString()).isZero();
    assertThat(out.toString()).contains("created 2");

    Path jsonl = dir.resolve("out.jsonl");
    int exported =
        cmd.execute(
            "export", "--format", "jsonl", "--out", jsonl.toString(), "--db-url", schemaUrl);
    assertThat(exported).as(err.toString()).isZero();
    assertThat(Files.readAllLines(jsonl))
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).contains("\"recipient_country\":\"EC\""));
  }
}
