package org.sightline.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.CliRunner.sightline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.app.testing.CliRunner;
import org.sightline.store.accounts.Account;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.ApiToken;
import org.sightline.store.accounts.Role;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseConfig;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Creating users and tokens from the command line: the only way credentials come to exist. */
class AccountsCliTest {
  @TempDir Path dir;

  @Test
  void userAddPrintsAOneTimePasswordAloneOnTheLastLine() {
    CliRunner.Run run =
        sightline("user", "add", "Night.Owl", "--role", "reviewer", "--data", data());

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().strip().lines().toList();
    assertThat(lines.get(0)).contains("reviewer 'night.owl'").contains("must be changed");
    String password = lines.get(lines.size() - 1);
    assertThat(password).matches("[A-Za-z0-9_-]{24}");
    try (Database db = open()) {
      Account account = new Accounts(db).findUser("night.owl").orElseThrow();
      assertThat(account.role()).isEqualTo(Role.REVIEWER);
      assertThat(account.mustChangePassword()).isTrue();
      assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
      assertThat(
              PasswordEncoderFactories.createDelegatingPasswordEncoder()
                  .matches(password, account.passwordHash()))
          .isTrue();
    }
  }

  @Test
  void publicNameIsOffUnlessAskedFor() {
    CliRunner.Run named =
        sightline(
            "user", "add", "heron", "--role", "contributor", "--public-name", "--data", data());
    sightline("user", "add", "wren", "--role", "contributor", "--data", data());

    assertThat(named.exit()).as(named.err()).isZero();
    assertThat(named.out()).contains("named in public history");
    try (Database db = open()) {
      Accounts accounts = new Accounts(db);
      assertThat(accounts.showsPublicName("heron")).isTrue();
      assertThat(accounts.showsPublicName("wren")).isFalse();
    }
  }

  @Test
  void twoUsersGetDifferentPasswordsAndNamesAreUnique() {
    String first = sightline("user", "add", "kite", "--role", "admin", "--data", data()).lastLine();
    String second =
        sightline("user", "add", "lark", "--role", "contributor", "--data", data()).lastLine();
    assertThat(first).isNotEqualTo(second);

    sightline("user", "add", "KITE", "--role", "admin", "--data", data())
        .assertFailsWith("sightline user add: user 'kite' already exists");
  }

  @Test
  void anUnknownRoleIsOneClearLine() {
    CliRunner.Run run = sightline("user", "add", "kite", "--role", "root", "--data", data());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo(
            "sightline user add: unknown role 'root'; expected contributor, reviewer or admin");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void tokenCreatePrintsTheSecretAloneOnTheLastLineAndRevokeDisablesIt() {
    sightline("user", "add", "kite", "--role", "reviewer", "--data", data());

    CliRunner.Run created =
        sightline(
            "token", "create", "kite", "--role", "contributor", "--days", "3", "--data", data());

    assertThat(created.exit()).as(created.err()).isZero();
    String secret = created.lastLine();
    assertThat(secret).startsWith(Accounts.TOKEN_PREFIX).doesNotContain(" ");
    long id;
    try (Database db = open()) {
      ApiToken token = new Accounts(db).findToken(secret).orElseThrow();
      assertThat(token.role()).isEqualTo(Role.CONTRIBUTOR);
      assertThat(token.username()).isEqualTo("kite");
      assertThat(token.usableAt(Instant.now())).isTrue();
      assertThat(created.out()).contains("Created token " + token.id() + " (" + token.prefix());
      id = token.id();
    }

    CliRunner.Run revoked = sightline("token", "revoke", String.valueOf(id), "--data", data());

    assertThat(revoked.exit()).as(revoked.err()).isZero();
    assertThat(revoked.out().strip()).isEqualTo("Revoked token " + id);
    try (Database db = open()) {
      assertThat(new Accounts(db).findToken(secret).orElseThrow().usableAt(Instant.now()))
          .isFalse();
    }
    sightline("token", "revoke", "4242", "--data", data())
        .assertFailsWith("sightline token revoke: no token with id 4242");
  }

  @Test
  void aTokenCannotOutrankItsUserNorBelongToNobody() {
    sightline("user", "add", "kite", "--role", "contributor", "--data", data());

    CliRunner.Run tooHigh =
        sightline("token", "create", "kite", "--role", "admin", "--data", data());
    assertThat(tooHigh.exit()).isEqualTo(1);
    assertThat(tooHigh.err()).contains("cannot hold a admin token");

    sightline("token", "create", "ghost", "--data", data())
        .assertFailsWith("sightline token create: no user 'ghost'");
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  private Database open() {
    return Database.open(DatabaseConfig.embedded(dir.resolve("data")));
  }
}
