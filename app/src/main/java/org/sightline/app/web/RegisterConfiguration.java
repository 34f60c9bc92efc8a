package org.sightline.app.web;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.sightline.core.analyse.Figures;
import org.sightline.core.countries.Countries;
import org.sightline.store.db.Database;
import org.sightline.store.ingest.StarterData;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.RegisterWriter;
import org.sightline.store.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Wires the register into the web app. The database is opened (and migrated) by the store's {@link
 * Database#open}; its pool is exposed as the one {@link DataSource} so Boot does not configure a
 * second one. Before the web server starts, the starter dataset is loaded into an empty database
 * and the search index is brought up to date. The register is read through {@link JdbcRegister} and
 * written through the {@link RegisterWriter}: every change a revision with its author (the
 * signed-in username).
 */
@Configuration(proxyBeanMethods = false)
@Import({JdbcRegister.class, RegisterWriter.class})
class RegisterConfiguration {
  private static final Logger log = LoggerFactory.getLogger(RegisterConfiguration.class);

  @Bean(destroyMethod = "close")
  Database database(SightlineProperties properties) {
    Database db = Database.open(properties.databaseConfig(System.getenv()));
    log.info("Register: {}", db.config().describe());
    if (properties.starterData()) {
      StarterData.loadIfEmpty(db);
    }
    return db;
  }

  /** The store's pool; closed with the {@link Database}, not by Spring a second time. */
  @Bean(destroyMethod = "")
  DataSource dataSource(Database database) {
    return database.dataSource();
  }

  @Bean(destroyMethod = "close")
  SearchIndex searchIndex(Database database, Register register) {
    Path dir = database.config().dataDir().resolve("index");
    SearchIndex index = SearchIndex.open(dir);
    index.catchUp(register);
    return index;
  }

  @Bean
  Countries countries() {
    return Countries.bundled();
  }

  @Bean
  Figures figures(Countries countries) {
    return new Figures(countries);
  }
}
