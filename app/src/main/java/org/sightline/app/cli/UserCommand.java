package org.sightline.app.cli;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.ParentCommand;
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
    subcommands = {UserCommand.Add.class})
class UserCommand implements Runnable {
  @ParentCommand SightlineCli parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing command (add)");
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Create a user with a random one-time password, printed alone on the last line.")
  static class Add implements Callable<Integer> {
    private static final SecureRandom RANDOM = new SecureRandom();

    @ParentCommand UserCommand user;

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
      try (Database db = Database.open(register.resolve(user.parent.environment()))) {
        Accounts accounts = new Accounts(db);
        Account account = accounts.createUser(name, hash, r, true);
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
}
