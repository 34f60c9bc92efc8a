package org.sightline.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.sightline.app.SightlineCli;
import picocli.CommandLine;

/** Runs the command line in-process as a user would, capturing what it prints. */
public final class CliRunner {
  /** What one run of the command line printed and returned. */
  public record Run(int exit, String out, String err) {
    /** The last line printed, such as a one-time secret, after checking that the run succeeded. */
    public String lastLine() {
      assertThat(exit).as(err).isZero();
      List<String> lines = out.strip().lines().toList();
      return lines.get(lines.size() - 1);
    }

    /** Checks that the run failed (exit code 1) with this one line on stderr and nothing more. */
    public void assertFailsWith(String line) {
      assertThat(exit).as(out).isEqualTo(1);
      assertThat(err.strip()).isEqualTo(line);
    }
  }

  private CliRunner() {}

  public static Run sightline(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // An empty environment: SIGHTLINE_DB_* of the machine running the tests must not leak in.
    CommandLine cmd = SightlineCli.commandLine(new SightlineCli(Map.of()));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
