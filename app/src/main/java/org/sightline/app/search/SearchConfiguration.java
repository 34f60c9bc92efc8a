package org.sightline.app.search;

import java.util.concurrent.atomic.AtomicReference;
import org.sightline.app.web.RegisterHead;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.Register;
import org.sightline.store.search.SearchIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The full-text search over the register's derived index. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {
  /**
   * Full-text search that first catches up with revisions written since the index last did, by this
   * instance or another sharing the database. Catching up takes the index's lock and asks the
   * database, so it runs only when the register's version has moved ({@link RegisterHead}); the
   * searches in between run side by side.
   */
  @Bean
  TransferSearch transferSearch(SearchIndex index, Register register, RegisterHead head) {
    AtomicReference<RegisterHead.Version> indexed = new AtomicReference<>();
    return query -> {
      RegisterHead.Version version = head.current();
      if (!version.equals(indexed.get())) {
        index.catchUp(register);
        indexed.set(version);
      }
      return index.search(query, JdbcRegister.MAX_QUERY_IDS).ids();
    };
  }
}
