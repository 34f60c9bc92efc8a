package org.sightline.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.app.testing.CliRunner;
import org.sightline.app.testing.CliRunner.Run;

/**
 * {@code sightline screen} as a user drives it: CSV on stdout, skipped rows and errors on stderr.
 */
class ScreeningCliTest {
  @TempDir Path dir;

  private Run screen(Path file, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("screen", file.toString(), "--data", dir.resolve("data").toString()));
    args.addAll(List.of(more));
    return CliRunner.sightline(args.toArray(String[]::new));
  }

  @Test
  void namesBecomeACsvOfExplainedMatchesAgainstTheStarterRegister() throws IOException {
    Path names = dir.resolve("names.txt");
    Files.writeString(
        names, "Hikvison\n\n华为技术有限公司\nAcme Bakery\nElaman GmbH\n", StandardCharsets.UTF_8);
    Run run = screen(names);
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("input,match,score,matched_on,country,recipient_countries,organization_id");
    assertThat(lines).anyMatch(l -> l.startsWith("Hikvison,Hikvision,0.978,Hikvision,CN,"));
    assertThat(lines).anyMatch(l -> l.startsWith("华为技术有限公司,Huawei,1.000,华为技术有限公司,CN,"));
    assertThat(lines).anyMatch(l -> l.startsWith("Acme Bakery,,,"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("Elaman GmbH,Elaman,") && l.contains(",Gamma International,"));
    assertThat(run.err()).contains("Screened 4 names").contains("line 2 (empty)");
  }

  @Test
  void badInputIsOneLineOnStderrAndExitOne() throws IOException {
    Path noName = dir.resolve("suppliers.csv");
    Files.writeString(noName, "company,country\nHuawei,CN\n");
    Run run = screen(noName);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip()).doesNotContain("\n").contains("no 'name' column");

    Path binary = dir.resolve("logo.png");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Run bin = screen(binary);
    assertThat(bin.exit()).isEqualTo(1);
    assertThat(bin.err().strip()).doesNotContain("\n").contains("not text");

    Run missing = screen(dir.resolve("nope.txt"));
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file");

    Run threshold = screen(binary, "--threshold", "3");
    assertThat(threshold.exit()).isEqualTo(1);
    assertThat(threshold.err()).contains("--threshold");
  }
}
