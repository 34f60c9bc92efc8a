package org.sightline.app.review;

import org.sightline.store.db.Database;
import org.sightline.store.registry.Proposals;
import org.sightline.store.registry.RegisterWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store's proposals, shared by the write API, the edit forms and the review queue. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {
  @Bean
  Proposals proposals(Database database, RegisterWriter writer) {
    return new Proposals(database, writer);
  }
}
