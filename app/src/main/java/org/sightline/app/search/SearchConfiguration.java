package org.sightline.app.search;

import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.Register;
import org.sightline.store.search.SearchIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The full-text search over the register's derived index. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {
  /**
   * Full-text search that first catches up with revisions written since the last query, possibly by
   * another instance sharing the database, so results are never older than the register.
   */
  @Bean
  TransferSearch transferSearch(SearchIndex index, Register register) {
    return query -> {
      index.catchUp(register);
      return index.search(query, JdbcRegister.MAX_QUERY_IDS).ids();
    };
  }
}
