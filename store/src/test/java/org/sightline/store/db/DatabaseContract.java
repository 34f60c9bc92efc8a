package org.sightline.store.db;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of a contract test that runs on every engine: each test gets a fresh, empty register on
 * the engine its nested test class names, opened before the contract's own {@code @BeforeEach} and
 * dropped after its {@code @AfterEach}.
 */
public abstract class DatabaseContract {
  @TempDir protected Path tmp;
  protected TestDatabase db;

  /** The engine this run of the contract uses (H2 or PostgreSQL). */
  protected abstract TestDatabase.Engine engine();

  @BeforeEach
  void createTestDatabase() {
    db = TestDatabase.create(engine(), tmp);
  }

  @AfterEach
  void dropTestDatabase() {
    db.close();
  }
}
