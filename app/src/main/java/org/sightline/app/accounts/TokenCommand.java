package org.sightline.app.accounts;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sightline.app.cli.CommandGroup;
import org.sightline.app.cli.RegisterCommand;
import org.sightline.app.cli.UserError;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.ApiToken;
import org.sightline.store.accounts.NewToken;
import org.sightline.store.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sightline token create NAME} and {@code token revoke ID}: API tokens for scripts. The
 * secret is printed once, alone on the last line; the database keeps only its SHA-256.
 */
@Command(
    name = "token",
    description = "Create and revoke API tokens.",
    subcommands = {
      TokenCommand.Create.class,
      TokenCommand.Revoke.class,
      TokenCommand.ListTokens.class
    })
public class TokenCommand extends CommandGroup {

  @Command(
      name = "create",
      description = "Create a token for a user; the token is printed alone on the last line.")
  static class Create extends RegisterCommand {
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
    protected void checkArguments() {
      if (days < 1 || days > 3660) {
        throw new UserError("--days must be between 1 and 3660, got " + days);
      }
    }

    @Override
    protected int execute(Database db, PrintWriter out) {
      try {
        NewToken created =
            new Accounts(db)
                .createToken(
                    name,
                    role == null ? null : CliRoles.parse(role),
                    Duration.ofDays(days),
                    Accounts.CLI);
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
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
      return 0;
    }
  }

  @Command(
      name = "revoke",
      description = "Revoke a token for good (by the id printed when it was created).")
  static class Revoke extends RegisterCommand {
    @Parameters(paramLabel = "ID", description = "token id")
    long id;

    @Override
    protected int execute(Database db, PrintWriter out) {
      Accounts accounts = new Accounts(db);
      if (accounts.findToken(id).isEmpty()) {
        throw new UserError("no token with id " + id);
      }
      boolean revoked = accounts.revokeToken(id, Accounts.CLI);
      out.println(revoked ? "Revoked token " + id : "Token " + id + " was already revoked");
      return 0;
    }
  }

  /** {@code token list [NAME]}: ids, prefixes and states; never a secret or a hash. */
  @Command(
      name = "list",
      description = "List tokens (all, or one user's): id, prefix, role, expiry, state, last use.")
  static class ListTokens extends RegisterCommand {
    @Parameters(paramLabel = "NAME", arity = "0..1", description = "only this user's tokens")
    String name;

    @Override
    protected int execute(Database db, PrintWriter out) {
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
      return 0;
    }
  }
}
