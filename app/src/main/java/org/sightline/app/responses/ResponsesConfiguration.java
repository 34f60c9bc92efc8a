package org.sightline.app.responses;

import org.sightline.store.db.Database;
import org.sightline.store.registry.TransferResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store of responses to transfers, over the register's database. */
@Configuration(proxyBeanMethods = false)
class ResponsesConfiguration {
  @Bean
  TransferResponses transferResponses(Database database) {
    return new TransferResponses(database);
  }
}
