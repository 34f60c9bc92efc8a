package org.sightline.app.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.app.testing.CliRunner;
import org.sightline.app.testing.CliRunner.Run;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code extract} and {@code eval} as a curator or developer runs them on a fresh checkout. */
class ExtractionCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void extractPrintsOneJsonLinePerCandidateWithEvidenceOffsetsIntoTheText() throws IOException {
    String text =
        "Officials said the country would expand its camera network.\n\n"
            + "In March 2018, the Zimbabwean government signed an agreement with CloudWalk"
            + " Technology to build a national facial recognition database.";
    Path file = write("zimbabwe.txt", text);

    Run run = CliRunner.sightline("extract", file.toString(), "--doc-date", "2019-05-12");

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode c = JSON.readTree(lines.get(0));
    assertThat(c.path("doc_id").asString()).isEqualTo("zimbabwe.txt");
    assertThat(c.path("recipient_country").asString()).isEqualTo("ZW");
    assertThat(c.path("supplier_orgs").get(0).asString()).isEqualTo("CloudWalk");
    assertThat(c.path("technologies").toString()).contains("facial_recognition");
    assertThat(c.path("year").asInt()).isEqualTo(2018);
    assertThat(c.path("status").asString()).isEqualTo("agreed");
    JsonNode evidence = c.path("evidence").get(0);
    int start = evidence.path("start").asInt();
    int end = evidence.path("end").asInt();
    assertThat(text.substring(start, end)).isEqualTo(evidence.path("text").asString());
  }

  @Test
  void manyFilesAreExtractedTogetherAndPrintedInTheOrderGiven() throws IOException {
    List<String> args = new ArrayList<>(List.of("extract"));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean kenya = i % 3 == 0;
      String text =
          kenya
              ? "Huawei supplied surveillance cameras to Kenya's police in 2019."
              : "In March 2018, the Zimbabwean government signed an agreement with CloudWalk"
                  + " Technology to build a national facial recognition database.";
      String name = String.format(Locale.ROOT, "doc-%02d.txt", i);
      args.add(write(name, text).toString());
      expected.add(name + (kenya ? " KE" : " ZW"));
    }

    Run run = CliRunner.sightline(args.toArray(String[]::new));

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> printed = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      JsonNode c = JSON.readTree(line);
      printed.add(c.path("doc_id").asString() + " " + c.path("recipient_country").asString());
    }
    assertThat(printed).isEqualTo(expected);
  }

  @Test
  void anUnreadableFileAmongManyStopsTheRunWithOneLineAfterTheFilesBeforeIt() throws IOException {
    String text = "Huawei supplied surveillance cameras to Kenya's police in 2019.";
    List<String> args = new ArrayList<>(List.of("extract"));
    args.add(write("first.txt", text).toString());
    args.add(write("empty.txt", "").toString());
    for (int i = 0; i < 20; i++) {
      args.add(write("later-" + i + ".txt", text).toString());
    }

    Run run = CliRunner.sightline(args.toArray(String[]::new));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip()).doesNotContain("\n").contains("empty.txt");
    List<String> printed = run.out().lines().toList();
    assertThat(printed).hasSize(1);
    assertThat(JSON.readTree(printed.get(0)).path("doc_id").asString()).isEqualTo("first.txt");
  }

  @Test
  void aTextThatStatesNoTransferGivesNoCandidates() throws IOException {
    Path file =
        write(
            "hedge.txt",
            "Analysts say Kenya may turn to Huawei for smart policing tools, but no talks have"
                + " been reported.");
    Run run = CliRunner.sightline("extract", file.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badInputIsOneLineOnStderr() throws IOException {
    Path empty = write("empty.txt", "");
    Run run = CliRunner.sightline("extract", empty.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip()).doesNotContain("\n").contains("empty.txt");

    Run badDate = CliRunner.sightline("extract", empty.toString(), "--doc-date", "May 2019");
    assertThat(badDate.exit()).isEqualTo(1);
    assertThat(badDate.err()).contains("--doc-date must be YYYY-MM-DD");

    Path binary = dir.resolve("blob.txt");
    Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 9, 0, 0});
    Run bin = CliRunner.sightline("extract", binary.toString());
    assertThat(bin.exit()).isEqualTo(1);
    assertThat(bin.err().strip()).doesNotContain("\n");
  }

  @Test
  void evalEndsWithTheScoreLineOfTheSpec() {
    Run run = CliRunner.sightline("eval", "--gold", "../eval/sightline-gold.jsonl");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    String last = lines.get(lines.size() - 1);
    assertThat(last)
        .matches(
            "f1=\\d\\.\\d{3} precision=\\d\\.\\d{3} recall=\\d\\.\\d{3} gold=51 predicted=\\d+");
    double f1 = Double.parseDouble(last.substring(3, last.indexOf(' ')));
    // A regression guard on the project's own corpus (0.948 when written), not a quality claim.
    assertThat(f1).isGreaterThan(0.85);
  }

  @Test
  void evalReportsAMissingGoldFileInOneLine() {
    Run run = CliRunner.sightline("eval", "--gold", dir.resolve("nope.jsonl").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("no such file");
  }
}
