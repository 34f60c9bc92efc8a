package org.sightline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.sightline.store.db.DatabaseException;

/** Which failures are an unreachable database (503) and which are bugs (500). */
class DatabaseOutageTest {
  @Test
  void connectionFailuresAnywhereInTheCauseChainAreAnOutage() {
    // Hikari's "connection is not available, request timed out after 5000ms".
    assertThat(
            DatabaseOutage.causedBy(
                new DatabaseException(
                    "reading the register failed",
                    new SQLTransientConnectionException(
                        "sightline - Connection is not available"))))
        .isTrue();
    // PostgreSQL: connection refused (08001), terminated by administrator (57P01).
    assertThat(DatabaseOutage.causedBy(new SQLException("refused", "08001"))).isTrue();
    assertThat(
            DatabaseOutage.causedBy(
                new RuntimeException(new SQLException("terminating connection", "57P01"))))
        .isTrue();
    assertThat(DatabaseOutage.causedBy(new RuntimeException(new ConnectException("refused"))))
        .isTrue();
  }

  @Test
  void otherDatabaseErrorsAndBugsAreNot() {
    // A constraint violation (23505) or a syntax error (42601) is a bug or bad data: still 500.
    assertThat(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("syntax", "42601"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
    assertThat(DatabaseOutage.causedBy(new SQLException("no state"))).isFalse();
  }
}
