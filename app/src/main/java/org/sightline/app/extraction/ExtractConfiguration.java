package org.sightline.app.extraction;

import org.sightline.store.db.Database;
import org.sightline.store.documents.Documents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store of submitted documents and review labels, on the register's database. */
@Configuration(proxyBeanMethods = false)
class ExtractConfiguration {
  @Bean
  Documents documents(Database database) {
    return new Documents(database);
  }
}
