package org.sightline.app.search;

import org.sightline.app.screening.PublishedNames;
import org.sightline.store.registry.Register;
import org.sightline.store.search.SearchIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The full-text search over the register's derived index, aware of organization names. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {
  @Bean
  TransferSearch transferSearch(SearchIndex index, Register register, PublishedNames names) {
    return new NameAwareSearch(index, register, names);
  }
}
