package org.sightline.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit is on its way to disk before the caller hears of it: H2 writes at commit instead of up
 * to half a second later, and PostgreSQL sessions commit synchronously even on a server whose
 * default is not to.
 */
class CommitDurabilityTest {
  @TempDir Path dir;

  @Test
  void theEmbeddedDatabaseWritesAtCommit() throws Exception {
    try (Database db = Database.open(DatabaseConfig.embedded(dir.resolve("data")));
        Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("0");
    }
  }

  @Test
  @EnabledIfEnvironmentVariable(
      named = "TEST_PG_URL",
      matches = ".+",
      disabledReason =
          "set TEST_PG_URL, TEST_PG_USER and TEST_PG_PASSWORD to run against PostgreSQL")
  void postgresqlSessionsCommitSynchronouslyWhenTheServerDefaultIsOff() throws Exception {
    String url = System.getenv("TEST_PG_URL");
    // The session default as a careless server configuration would set it.
    String lax = url + (url.contains("?") ? "&" : "?") + "options=-c%20synchronous_commit%3Doff";
    DatabaseConfig config =
        DatabaseConfig.server(
            lax, System.getenv("TEST_PG_USER"), System.getenv("TEST_PG_PASSWORD"), dir);
    assertThat(CommitDurability.read(config).synchronousCommit()).isEqualTo("off");

    try (Database db = Database.open(config);
        Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("on");
    }
  }

  @Test
  void aServerThatSyncsIsLeftAsItIsAndOneWithoutFsyncIsReported() {
    assertThat(new CommitDurability("on", true).connectionInitSql()).isNull();
    assertThat(new CommitDurability("remote_apply", true).connectionInitSql()).isNull();
    assertThat(new CommitDurability("on", true).warning()).isNull();
    assertThat(new CommitDurability("off", true).connectionInitSql())
        .isEqualTo("SET synchronous_commit TO on");
    assertThat(new CommitDurability("on", false).warning()).contains("fsync=off");
  }
}
