package org.sightline.faults;

import org.sightline.faults.crash.CrashCommand;
import org.sightline.faults.crash.WritesCommand;
import org.sightline.faults.load.LoadCommand;
import org.sightline.faults.outage.OutageCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Fault checks run against the packaged application as users run it: separate server processes,
 * real HTTP, real crashes. {@code scripts/crash-check.sh} is the usual way in.
 */
@Command(
    name = "sightline-faults",
    mixinStandardHelpOptions = true,
    description = "Fault checks against the packaged Sightline server.",
    subcommands = {CrashCommand.class, WritesCommand.class, LoadCommand.class, OutageCommand.class})
public final class FaultChecks {
  private FaultChecks() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new FaultChecks()).execute(args));
  }
}
