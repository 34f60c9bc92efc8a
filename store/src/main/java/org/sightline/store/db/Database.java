package org.sightline.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open register database: a connection pool with the schema migrated to the latest version. The
 * one way every adapter (CLI, web app, benchmarks, tests) gets a database.
 */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  private final DatabaseConfig config;
  private final HikariDataSource dataSource;

  private Database(DatabaseConfig config, HikariDataSource dataSource) {
    this.config = config;
    this.dataSource = dataSource;
  }

  /** Opens (creating if needed) and migrates the database. Fails with a clear message. */
  public static Database open(DatabaseConfig config) {
    if (config.isEmbedded()) {
      try {
        Files.createDirectories(config.dataDir());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create data directory " + config.dataDir(), e);
      }
    }
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(config.jdbcUrl());
    hc.setUsername(config.user());
    hc.setPassword(config.password());
    hc.setMaximumPoolSize(config.isEmbedded() ? 4 : 8);
    hc.setPoolName("sightline");
    hc.setAutoCommit(true);
    hc.setInitializationFailTimeout(10_000);
    // While the database is down a request gets its 503 after five seconds instead of thirty:
    // the pool is small and busy requests queue for it, so a longer wait only piles them up.
    hc.setConnectionTimeout(5_000);
    if (config.isPostgres()) {
      // Lets the driver turn batched INSERTs into multi-row statements (import throughput).
      hc.addDataSourceProperty("reWriteBatchedInserts", "true");
      CommitDurability durability = CommitDurability.read(config);
      hc.setConnectionInitSql(durability.connectionInitSql());
      if (durability.warning() != null) {
        log.warn(durability.warning());
      }
    }
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(hc);
    } catch (RuntimeException e) {
      String cause = rootMessage(e);
      if (config.isEmbedded() && cause.contains("The file is locked")) {
        // H2's embedded file serves one process: the usual cause is a running `sightline serve`.
        cause =
            "it is in use by another Sightline process (stop `sightline serve` first, or share a"
                + " PostgreSQL database with --db-url)";
      }
      throw new DatabaseException("cannot open " + config.describe() + ": " + cause, e);
    }
    try {
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw new DatabaseException("cannot migrate " + config.describe() + ": " + rootMessage(e), e);
    }
    return new Database(config, ds);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public DatabaseConfig config() {
    return config;
  }

  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void close() {
    dataSource.close();
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}
