package org.sightline.store.db;

/**
 * A contract test that runs on every database engine: its test class nests one subclass per engine
 * (H2 always, PostgreSQL when {@code TEST_PG_URL} is set), each naming its engine.
 */
public abstract class OnEveryEngine {
  /** The engine this run of the contract uses. */
  protected abstract TestDatabase.Engine engine();
}
