package org.sightline.app.cli;

import java.nio.file.Path;
import java.util.Map;
import org.sightline.store.db.DatabaseConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a command finds the register: the embedded database in {@code --data DIR}, or PostgreSQL
 * given by {@code --db-url} (or {@code SIGHTLINE_DB_URL}) with its user and password.
 */
public class RegisterOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "./data",
      description =
          "data directory: embedded database and search index (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(
      names = "--db-url",
      paramLabel = "URL",
      description = "PostgreSQL JDBC URL (default: env SIGHTLINE_DB_URL; none = embedded database)")
  String dbUrl;

  @Option(
      names = "--db-user",
      paramLabel = "USER",
      description = "database user (default: env SIGHTLINE_DB_USER)")
  String dbUser;

  @Option(
      names = "--db-password",
      paramLabel = "PASSWORD",
      description = "database password (default: env SIGHTLINE_DB_PASSWORD)")
  String dbPassword;

  /** The command these options are mixed into; its root command holds the environment. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The database these options name, falling back to the root command's {@code SIGHTLINE_DB_*}. */
  public DatabaseConfig resolve() {
    Map<String, String> env = ((CliEnvironment) command.root().userObject()).environment();
    return DatabaseConfig.resolve(dbUrl, dbUser, dbPassword, data, env);
  }
}
