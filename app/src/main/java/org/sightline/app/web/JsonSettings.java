package org.sightline.app.web;

import org.sightline.core.json.Json;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's JSON mapper (request and response bodies) takes the settings of the store's one mapper
 * ({@link Json#configure}), so the API writes amounts as the exports and snapshots do.
 */
@Configuration(proxyBeanMethods = false)
class JsonSettings {
  @Bean
  JsonMapperBuilderCustomizer sharedJsonSettings() {
    return Json::configure;
  }
}
