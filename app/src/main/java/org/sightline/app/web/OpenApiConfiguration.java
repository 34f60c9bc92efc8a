package org.sightline.app.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}. The API writes snake_case field names (see {@code
 * spring.jackson.property-naming-strategy}); springdoc models schemas with its own Jackson 2
 * mapper, which must be told the same, or the document would promise camelCase fields the API never
 * sends.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  ModelResolver snakeCaseModelResolver() {
    return new ModelResolver(
        Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
  }

  @Bean
  OpenAPI sightlineOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Sightline API")
                .version("v1")
                .description(
                    "API of the Sightline observatory of the global trade in surveillance"
                        + " technology. Reading is anonymous and shows published records only;"
                        + " every figure carries the ids of the transfers behind it. Writing"
                        + " (drafts, review, publication) needs an account: send"
                        + " 'Authorization: Bearer <token>' from 'sightline token create'.")
                .license(new License().name("Data: see the dataset's citation note")));
  }
}
