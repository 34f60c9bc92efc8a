package org.sightline.app.accounts;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.sightline.app.cli.QuietLogging;
import org.sightline.app.cli.RegisterOptions;
import org.sightline.app.cli.UserError;
import org.sightline.store.accounts.Account;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.Role;
import org.sightline.store.db.Database;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sightline user add NAME --role R [--public-name]}: the only way accounts come to exist, so
 * there are no default credentials. The one-time password is printed alone on the last line (easy
 * to pipe) and must be changed at first login.
 */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage contributor accounts.",
    subcommands = {
      UserCommand.Add.class,
      UserCommand.Disable.class,
      UserCommand.Enable.class,
      UserCommand.ListUsers.class
    })
public class UserCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing command (add, disable, enable or list)");
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Create a user with a random one-time password, printed alone on the last line.")
  static class Add implements Callable<Integer> {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Spec CommandSpec spec;

    @Mixin RegisterOptions register;

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

    @Override
    public Integer call() {
      QuietLogging.apply();
      Role r = CliRoles.parse(role);
      String password = oneTimePassword();
      String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
      try (Database db = Database.open(register.resolve())) {
        Accounts accounts = new Accounts(db);
        Account account = accounts.createUser(name, hash, r, true, Accounts.CLI);
        if (publicName) {
          accounts.setPublicName(account.username(), true);
        }
        var out = spec.commandLine().getOut();
        out.println(
            "Created "
                + account.role().key()
                + " '"
                + account.username()
                + "'"
                + (publicName ? ", named in public history" : "")
                + ". One-time password (must be changed at first login):");
        out.println(password);
        out.flush();
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

  /** {@code user disable NAME}: the account can no longer sign in; sessions and tokens stop. */
  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Disable a user: no sign-in, and their sessions and tokens stop working.")
  static class Disable implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegisterOptions register;

    @Parameters(paramLabel = "NAME", description = "username")
    String name;

    @Override
    public Integer call() {
      return setDisabled(spec, register, name, true);
    }
  }

  /** {@code user enable NAME}: undoes {@code disable} (tokens that expired meanwhile stay so). */
  @Command(
      name = "enable",
      mixinStandardHelpOptions = true,
      description = "Enable a disabled user again.")
  static class Enable implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegisterOptions register;

    @Parameters(paramLabel = "NAME", description = "username")
    String name;

    @Override
    public Integer call() {
      return setDisabled(spec, register, name, false);
    }
  }

  private static int setDisabled(
      CommandSpec spec, RegisterOptions register, String name, boolean disabled) {
    QuietLogging.apply();
    try (Database db = Database.open(register.resolve())) {
      Accounts accounts = new Accounts(db);
      Account account =
          accounts.findUser(name).orElseThrow(() -> new UserError("no user '" + name + "'"));
      if (account.disabled() == disabled) {
        spec.commandLine()
            .getOut()
            .println(
                "User '"
                    + account.username()
                    + "' is already "
                    + (disabled ? "disabled" : "enabled"));
        return 0;
      }
      accounts.setDisabled(account.username(), disabled, Accounts.CLI);
      spec.commandLine()
          .getOut()
          .println((disabled ? "Disabled" : "Enabled") + " user '" + account.username() + "'");
    }
    return 0;
  }

  /** {@code user list}: names, roles and states; never a password or a hash. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List users with their role and state (never passwords or hashes).")
  static class ListUsers implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RegisterOptions register;

    @Override
    public Integer call() {
      QuietLogging.apply();
      try (Database db = Database.open(register.resolve())) {
        var out = spec.commandLine().getOut();
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
        out.flush();
      }
      return 0;
    }
  }
}
