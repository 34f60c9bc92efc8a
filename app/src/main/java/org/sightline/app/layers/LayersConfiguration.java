package org.sightline.app.layers;

import org.sightline.store.db.Database;
import org.sightline.store.layers.LayerStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The layer store on the application's database. */
@Configuration(proxyBeanMethods = false)
class LayersConfiguration {
  @Bean
  LayerStore layerStore(Database database) {
    return new LayerStore(database);
  }
}
