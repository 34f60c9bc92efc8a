package org.sightline.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.CliRunner.sightline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.app.testing.CliRunner;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseConfig;

/**
 * Looking after accounts from the server's command line: listing users and tokens (never a secret
 * or a hash), disabling and enabling users, and exporting the audit log that records all of it.
 */
class AccountAdminCliTest {
  @TempDir Path dir;

  @Test
  void userListShowsRolesAndStatesButNoPasswords() {
    String password =
        sightline("user", "add", "kite", "--role", "admin", "--data", data()).lastLine();
    sightline("user", "add", "heron", "--role", "contributor", "--data", data());
    sightline("user", "disable", "heron", "--data", data());

    CliRunner.Run list = sightline("user", "list", "--data", data());

    assertThat(list.exit()).as(list.err()).isZero();
    List<String> lines = list.out().strip().lines().toList();
    assertThat(lines.get(0)).startsWith("USER").contains("ROLE").contains("STATE");
    assertThat(lines.get(1)).startsWith("heron").contains("contributor").contains("disabled");
    assertThat(lines.get(2)).startsWith("kite").contains("admin").contains("new");
    assertThat(list.out()).doesNotContain(password).doesNotContain("{bcrypt}").doesNotContain("$2");
  }

  @Test
  void disableAndEnableAreReportedAndRecorded() {
    sightline("user", "add", "heron", "--role", "contributor", "--data", data());

    CliRunner.Run disabled = sightline("user", "disable", "HERON", "--data", data());
    assertThat(disabled.exit()).as(disabled.err()).isZero();
    assertThat(disabled.out().strip()).isEqualTo("Disabled user 'heron'");
    assertThat(sightline("user", "disable", "heron", "--data", data()).out().strip())
        .isEqualTo("User 'heron' is already disabled");
    try (Database db = open()) {
      assertThat(new Accounts(db).findUser("heron").orElseThrow().disabled()).isTrue();
    }

    CliRunner.Run enabled = sightline("user", "enable", "heron", "--data", data());
    assertThat(enabled.out().strip()).isEqualTo("Enabled user 'heron'");
    try (Database db = open()) {
      assertThat(new Accounts(db).findUser("heron").orElseThrow().disabled()).isFalse();
    }

    sightline("user", "disable", "ghost", "--data", data())
        .assertFailsWith("sightline user disable: no user 'ghost'");
  }

  @Test
  void tokenListShowsPrefixesAndStatesNeverSecrets() {
    sightline("user", "add", "kite", "--role", "reviewer", "--data", data());
    sightline("user", "add", "heron", "--role", "contributor", "--data", data());
    String kiteSecret = sightline("token", "create", "kite", "--data", data()).lastLine();
    String heronSecret = sightline("token", "create", "heron", "--data", data()).lastLine();
    long heronId;
    try (Database db = open()) {
      heronId = new Accounts(db).findToken(heronSecret).orElseThrow().id();
    }
    sightline("token", "revoke", String.valueOf(heronId), "--data", data());

    CliRunner.Run all = sightline("token", "list", "--data", data());
    assertThat(all.exit()).as(all.err()).isZero();
    List<String> lines = all.out().strip().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1))
        .contains("heron")
        .contains(heronSecret.substring(0, 12) + "...")
        .contains("revoked")
        .contains("never");
    assertThat(lines.get(2)).contains("kite").contains("reviewer").contains("active");
    assertThat(all.out()).doesNotContain(kiteSecret).doesNotContain(heronSecret);

    CliRunner.Run kites = sightline("token", "list", "kite", "--data", data());
    assertThat(kites.out().strip().lines()).hasSize(2);
    assertThat(kites.out()).doesNotContain("heron");

    sightline("token", "list", "ghost", "--data", data())
        .assertFailsWith("sightline token list: no user 'ghost'");
  }

  @Test
  void auditExportListsAccountEventsInCsvOrJsonLines() throws Exception {
    sightline("user", "add", "heron", "--role", "contributor", "--data", data());
    sightline("token", "create", "heron", "--data", data());
    sightline("user", "disable", "heron", "--data", data());

    CliRunner.Run csv = sightline("audit", "export", "--entity", "account", "--data", data());
    assertThat(csv.exit()).as(csv.err()).isZero();
    List<String> lines = csv.out().strip().lines().toList();
    assertThat(lines.get(0)).isEqualTo("at,actor,action,entity_type,entity_id,revision,detail");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).contains(",cli,user_created,account,heron,,role contributor");
    assertThat(lines.get(2)).contains(",cli,user_disabled,account,heron,,");

    Path file = dir.resolve("audit.jsonl");
    CliRunner.Run jsonl =
        sightline(
            "audit", "export", "--format", "jsonl", "--out", file.toString(), "--data", data());
    assertThat(jsonl.exit()).as(jsonl.err()).isZero();
    assertThat(jsonl.err()).contains("Wrote 3 audit entries");
    assertThat(Files.readAllLines(file))
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).contains("\"action\":\"token_created\""));

    sightline("audit", "export", "--format", "xml", "--data", data())
        .assertFailsWith(
            "sightline audit export: unknown audit format 'xml'; expected csv or jsonl");
  }

  private String data() {
    return dir.resolve("data").toString();
  }

  private Database open() {
    return Database.open(DatabaseConfig.embedded(dir.resolve("data")));
  }
}
