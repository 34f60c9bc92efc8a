package org.sightline.app.search;

import org.sightline.app.screening.PublishedNames;
import org.sightline.app.web.RegisterHead;
import org.sightline.store.registry.Register;
import org.sightline.store.search.SearchIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {
  /**
   * The name matcher is built here, before the web server starts (as the search index is brought up
   * to date then): compiling ICU's transliteration rules takes seconds, which the first search
   * would otherwise wait for.
   */
  @Bean
  TransferSearch transferSearch(
      SearchIndex index, Register register, RegisterHead head, PublishedNames names) {
    names.current();
    return new NameAwareSearch(index, register, head, names);
  }
}
