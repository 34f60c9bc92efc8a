package org.sightline.app.accounts;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import org.sightline.app.cli.CommandGroup;
import org.sightline.app.cli.RegisterCommand;
import org.sightline.app.cli.UserError;
import org.sightline.store.accounts.Account;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.Role;
import org.sightline.store.db.Database;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sightline user add NAME --role R [--public-name]}: the only way accounts come to exist, so
 * there are no default credentials. The one-time password is printed alone on the last line (easy
 * to pipe) and must be changed at first login.
 */
@Command(
    name = "user",
    description = "Manage contributor accounts.",
    subcommands = {
      UserCommand.Add.class,
      UserCommand.Disable.class,
      UserCommand.Enable.class,
      UserCommand.ListUsers.class
    })
public class UserCommand extends CommandGroup {

  @Command(
      name = "add",
      description =
          "Create a user with a random one-time password, printed alone on the last line.")
  static class Add extends RegisterCommand {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Parameters(paramLabel = "NAME", description = "pseudonymous username")
    String name;

    @Option(
        names = "--role",
        required = true,
        paramLabel = "ROLE",
        description = "contributor, reviewer or admin")
    String role;

    @Option(
        names = "--public-name",
        description =
            "show this username in public revision history (off by default: a role is shown)")
    boolean publicName;

    private Role parsedRole;

    @Override
    protected void checkArguments() {
      parsedRole = CliRoles.parse(role);
    }

    @Override
    protected int execute(Database db, PrintWriter out) {
      String password = oneTimePassword();
      String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
      try {
        Accounts accounts = new Accounts(db);
        Account account = accounts.createUser(name, hash, parsedRole, true, Accounts.CLI);
        if (publicName) {
          accounts.setPublicName(account.username(), true);
        }
        out.println(
            "Created "
                + account.role().key()
                + " '"
                + account.username()
                + "'"
                + (publicName ? ", named in public history" : "")
                + ". One-time password (must be changed at first login):");
        out.println(password);
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
      return 0;
    }

    static String oneTimePassword() {
      byte[] bytes = new byte[18];
      RANDOM.nextBytes(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
  }

  /** {@code user disable NAME} and {@code user enable NAME}: one account's sign-in switch. */
  abstract static class SetDisabled extends RegisterCommand {
    private final boolean disabled;

    @Parameters(paramLabel = "NAME", description = "username")
    String name;

    SetDisabled(boolean disabled) {
      this.disabled = disabled;
    }

    @Override
    protected int execute(Database db, PrintWriter out) {
      Accounts accounts = new Accounts(db);
      Account account =
          accounts.findUser(name).orElseThrow(() -> new UserError("no user '" + name + "'"));
      if (account.disabled() == disabled) {
        out.println(
            "User '" + account.username() + "' is already " + (disabled ? "disabled" : "enabled"));
        return 0;
      }
      accounts.setDisabled(account.username(), disabled, Accounts.CLI);
      out.println((disabled ? "Disabled" : "Enabled") + " user '" + account.username() + "'");
      return 0;
    }
  }

  /** {@code user disable NAME}: the account can no longer sign in; sessions and tokens stop. */
  @Command(
      name = "disable",
      description = "Disable a user: no sign-in, and their sessions and tokens stop working.")
  static class Disable extends SetDisabled {
    Disable() {
      super(true);
    }
  }

  /** {@code user enable NAME}: undoes {@code disable} (tokens that expired meanwhile stay so). */
  @Command(name = "enable", description = "Enable a disabled user again.")
  static class Enable extends SetDisabled {
    Enable() {
      super(false);
    }
  }

  /** {@code user list}: names, roles and states; never a password or a hash. */
  @Command(
      name = "list",
      description = "List users with their role and state (never passwords or hashes).")
  static class ListUsers extends RegisterCommand {
    @Override
    protected int execute(Database db, PrintWriter out) {
      List<Account> users = new Accounts(db).users();
      if (users.isEmpty()) {
        out.println("No users yet; create one with 'sightline user add NAME --role ROLE'.");
        return 0;
      }
      out.printf("%-40s %-12s %-10s %s%n", "USER", "ROLE", "STATE", "CREATED");
      for (Account a : users) {
        String state = a.disabled() ? "disabled" : a.mustChangePassword() ? "new" : "active";
        out.printf(
            "%-40s %-12s %-10s %s%n",
            a.username(),
            a.role().key(),
            state,
            DateTimeFormatter.ISO_LOCAL_DATE.format(a.createdAt().atOffset(ZoneOffset.UTC)));
      }
      return 0;
    }
  }
}
