package org.sightline.app;

import java.util.Map;
import org.sightline.app.accounts.TokenCommand;
import org.sightline.app.accounts.UserCommand;
import org.sightline.app.audit.AuditCommand;
import org.sightline.app.cli.CliEnvironment;
import org.sightline.app.cli.CliErrors;
import org.sightline.app.extraction.EvalCommand;
import org.sightline.app.extraction.ExtractCommand;
import org.sightline.app.ingest.ExportCommand;
import org.sightline.app.ingest.ImportCommand;
import org.sightline.app.releases.ReleaseCommand;
import org.sightline.app.screening.ScreenCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code sightline}: the observatory's command line. Its {@code -h}/{@code -V} options reach every
 * subcommand ({@link ScopeType#INHERIT}), so no command declares them again.
 */
@Command(
    name = "sightline",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    version = "sightline 0.1.0",
    description = "An open observatory of the global trade in surveillance technology.",
    subcommands = {
      ServeCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ScreenCommand.class,
      ReleaseCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      UserCommand.class,
      TokenCommand.class,
      AuditCommand.class,
      CommandLine.HelpCommand.class
    })
public class SightlineCli implements Runnable, CliEnvironment {
  private final Map<String, String> environment;

  @Spec CommandSpec spec;

  public SightlineCli() {
    this(System.getenv());
  }

  /** A CLI reading {@code SIGHTLINE_DB_*} from the given environment (tests pass their own). */
  public SightlineCli(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Map<String, String> environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command (serve, import, export, release, extract, eval, user, token or audit)");
  }

  /** The command line with Sightline's error handling: one line on stderr, non-zero exit. */
  public static CommandLine commandLine(SightlineCli cli) {
    CliErrors errors = new CliErrors();
    return new CommandLine(cli)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  public static void main(String[] args) {
    int exit = commandLine(new SightlineCli()).execute(args);
    System.exit(exit);
  }
}
