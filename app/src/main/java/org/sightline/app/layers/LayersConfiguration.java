package org.sightline.app.layers;

import org.sightline.store.layers.LayerStore;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The layer store on the application's database. */
@Configuration(proxyBeanMethods = false)
@Import(LayerStore.class)
class LayersConfiguration {}
