package org.sightline.app.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sightline.app.cli.QuietLogging;
import org.sightline.app.cli.RegisterOptions;
import org.sightline.app.cli.UserError;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.ApiToken;
import org.sightline.store.accounts.NewToken;
import org.sightline.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sightline token create NAME} and {@code token revoke ID}: API tokens for scripts. The
 * secret is printed once, alone on the last line; the database keeps only its SHA-256.
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Create and revoke API tokens.",
    subcommands = {
      TokenCommand.Create.class,
      TokenCommand.Revoke.class,
      TokenCommand.ListTokens.class
    })
public class TokenCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing command (create, revoke or list)");
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Create a token for a user; the token is printed alone on the last line.")
  static class Create implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin RegisterOptions register;

    @Parameters(paramLabel = "NAME", description = "the user the token acts for")
    String name;

    @Option(
        names = "--role",
        paramLabel = "ROLE",
        description = "contributor, reviewer or admin; at most the user's role (default: it)")
    String role;

    @Option(
        names = "--days",
        defaultValue = "90",
        paramLabel = "N",
        description = "days until the token expires (default: ${DEFAULT-VALUE})")
    int days;

    @Override
    public Integer call() {
      QuietLogging.apply();
      if (days < 1 || days > 3660) {
        throw new UserError("--days must be between 1 and 3660, got " + days);
      }
      try (Database db = Database.open(register.resolve())) {
        NewToken created =
            new Accounts(db)
                .createToken(
                    name,
                    role == null ? null : CliRoles.parse(role),
                    Duration.ofDays(days),
                    Accounts.CLI);
        var out = spec.commandLine().getOut();
        out.println(
            "Created token "
                + created.token().id()
                + " ("
                + created.token().prefix()
                + "...) for '"
                + created.token().username()
                + "', role "
                + created.token().role().key()
                + ", expires "
                + DateTimeFormatter.ISO_LOCAL_DATE.format(
                    created.token().expiresAt().atOffset(ZoneOffset.UTC))
                + ". It is shown only now:");
        out.println(created.secret());
        out.flush();
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
      return 0;
    }
  }

  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description = "Revoke a token for good (by the id printed when it was created).")
  static class Revoke implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin RegisterOptions register;

    @Parameters(paramLabel = "ID", description = "token id")
    long id;

    @Override
    public Integer call() {
      QuietLogging.apply();
      try (Database db = Database.open(register.resolve())) {
        Accounts accounts = new Accounts(db);
        if (accounts.findToken(id).isEmpty()) {
          throw new UserError("no token with id " + id);
        }
        boolean revoked = accounts.revokeToken(id, Accounts.CLI);
        spec.commandLine()
            .getOut()
            .println(revoked ? "Revoked token " + id : "Token " + id + " was already revoked");
      }
      return 0;
    }
  }

  /** {@code token list [NAME]}: ids, prefixes and states; never a secret or a hash. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List tokens (all, or one user's): id, prefix, role, expiry, state, last use.")
  static class ListTokens implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegisterOptions register;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "only this user's tokens")
    String name;

    @Override
    public Integer call() {
      QuietLogging.apply();
      try (Database db = Database.open(register.resolve())) {
        Accounts accounts = new Accounts(db);
        List<ApiToken> tokens;
        if (name == null) {
          tokens = accounts.tokens();
        } else {
          String user =
              accounts
                  .findUser(name)
                  .orElseThrow(() -> new UserError("no user '" + name + "'"))
                  .username();
          tokens = accounts.tokensOf(user);
        }
        var out = spec.commandLine().getOut();
        if (tokens.isEmpty()) {
          out.println("No tokens.");
          return 0;
        }
        Instant now = Instant.now();
        out.printf(
            "%-6s %-30s %-14s %-12s %-11s %-8s %s%n",
            "ID", "USER", "PREFIX", "ROLE", "EXPIRES", "STATE", "LAST USED");
        for (ApiToken t : tokens) {
          String state = t.revoked() ? "revoked" : t.usableAt(now) ? "active" : "expired";
          out.printf(
              "%-6d %-30s %-14s %-12s %-11s %-8s %s%n",
              t.id(),
              t.username(),
              t.prefix() + "...",
              t.role().key(),
              DateTimeFormatter.ISO_LOCAL_DATE.format(t.expiresAt().atOffset(ZoneOffset.UTC)),
              state,
              t.lastUsedOn() == null ? "never" : t.lastUsedOn().toString());
        }
        out.flush();
      }
      return 0;
    }
  }
}
