package org.sightline.store.db;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contract test run on every engine ({@link OnEveryEngine}) in which each test gets a fresh,
 * empty register, opened before the contract's own {@code @BeforeEach} and dropped after its
 * {@code @AfterEach}.
 */
public abstract class DatabaseContract extends OnEveryEngine {
  @TempDir protected Path tmp;
  protected TestDatabase db;

  @BeforeEach
  void createTestDatabase() {
    db = TestDatabase.create(engine(), tmp);
  }

  @AfterEach
  void dropTestDatabase() {
    db.close();
  }
}
