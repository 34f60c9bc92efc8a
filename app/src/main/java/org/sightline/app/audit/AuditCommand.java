package org.sightline.app.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sightline.app.cli.CommandGroup;
import org.sightline.app.cli.RegisterCommand;
import org.sightline.app.cli.UserError;
import org.sightline.store.audit.AuditExport;
import org.sightline.store.audit.AuditFilter;
import org.sightline.store.audit.AuditLog;
import org.sightline.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sightline audit export}: the admins' audit log (every revision with its author, every
 * account and token event) as CSV or JSON Lines, oldest first, to a file or standard output.
 */
@Command(
    name = "audit",
    description = "Read the audit log (revisions and account events).",
    subcommands = {AuditCommand.Export.class})
public class AuditCommand extends CommandGroup {

  @Command(name = "export", description = "Write the audit log as CSV or JSON Lines, oldest first.")
  static class Export extends RegisterCommand {
    @Option(
        names = "--format",
        defaultValue = "csv",
        paramLabel = "FORMAT",
        description = "csv or jsonl (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "file to write (default: stdout)")
    Path out;

    @Option(names = "--user", paramLabel = "NAME", description = "only entries by or about NAME")
    String user;

    @Option(
        names = "--entity",
        paramLabel = "TYPE",
        description = "only transfer, organization, account or token entries")
    String entity;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "from this UTC day")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "up to this UTC day")
    String to;

    private AuditExport.Format parsedFormat;
    private AuditFilter filter;

    @Override
    protected void checkArguments() {
      parsedFormat =
          AuditExport.Format.fromKey(format)
              .orElseThrow(
                  () ->
                      new UserError(
                          "unknown audit format '" + format + "'; expected csv or jsonl"));
      filter =
          new AuditQuery(user, entity, from, to)
              .read(
                  (name, value) -> {
                    throw new UserError(
                        "entity".equals(name)
                            ? "unknown entity type '"
                                + value
                                + "'; expected one of "
                                + AuditLog.ENTITY_TYPES
                            : "--" + name + " must be " + AuditQuery.DAY + ", got '" + value + "'");
                  });
      if (out != null) {
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
          throw new UserError("cannot write " + out + ": directory " + dir + " does not exist");
        }
      }
    }

    @Override
    protected int execute(Database db, PrintWriter stdout) throws IOException {
      AuditLog log = new AuditLog(db);
      if (out == null) {
        AuditExport.write(log, filter, parsedFormat, stdout);
      } else {
        long n;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          n = AuditExport.write(log, filter, parsedFormat, w);
        }
        spec.commandLine()
            .getErr()
            .println("Wrote " + n + " audit entries to " + out + " (" + parsedFormat.key() + ")");
      }
      return 0;
    }
  }
}
