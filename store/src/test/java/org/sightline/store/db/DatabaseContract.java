package org.sightline.store.db;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.RegisterWriter;

/**
 * A contract test run on every engine ({@link OnEveryEngine}) in which each test gets a fresh,
 * empty register with its writer and reader, opened before the contract's own {@code @BeforeEach}
 * and dropped after its {@code @AfterEach}.
 */
public abstract class DatabaseContract extends OnEveryEngine {
  @TempDir protected Path tmp;
  protected TestDatabase db;
  protected RegisterWriter writer;
  protected JdbcRegister register;

  @BeforeEach
  void createTestDatabase() {
    db = TestDatabase.create(engine(), tmp);
    writer = new RegisterWriter(db.database());
    register = new JdbcRegister(db.database());
  }

  @AfterEach
  void dropTestDatabase() {
    db.close();
  }
}
