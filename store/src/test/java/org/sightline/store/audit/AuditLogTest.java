package org.sightline.store.audit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.sightline.store.db.TestDatabase.Engine;

/** {@link AuditLogContract} on the embedded H2 database and on PostgreSQL. */
class AuditLogTest {
  @Nested
  class OnH2 extends AuditLogContract {
    @Override
    protected Engine engine() {
      return Engine.H2;
    }
  }

  @Nested
  @EnabledIfEnvironmentVariable(
      named = "TEST_PG_URL",
      matches = ".+",
      disabledReason = "set TEST_PG_URL/TEST_PG_USER/TEST_PG_PASSWORD to run on PostgreSQL")
  class OnPostgres extends AuditLogContract {
    @Override
    protected Engine engine() {
      return Engine.POSTGRES;
    }
  }
}
