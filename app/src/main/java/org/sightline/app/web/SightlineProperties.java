package org.sightline.app.web;

import java.nio.file.Path;
import java.util.Map;
import org.sightline.store.db.DatabaseConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the web app finds its register: {@code sightline.data} (embedded database and search
 * index), or {@code sightline.db.url}/{@code user}/{@code password} for PostgreSQL (falling back to
 * {@code SIGHTLINE_DB_*}). {@code sightline.starter-data} loads the bundled starter dataset into an
 * empty database on start.
 */
@ConfigurationProperties("sightline")
public record SightlineProperties(
    @DefaultValue("./data") Path data, Db db, @DefaultValue("true") boolean starterData) {

  public record Db(String url, String user, String password) {}

  public DatabaseConfig databaseConfig(Map<String, String> env) {
    Db d = db == null ? new Db(null, null, null) : db;
    return DatabaseConfig.resolve(d.url(), d.user(), d.password(), data, env);
  }
}
