package org.sightline.app.web;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * With the HTTP server observations turned off ({@code
 * management.observations.enable.http.server.requests=false}, as shipped) Spring Boot still puts
 * its observation filter in front of every request, where it makes a no-op observation: about 4% of
 * a cached API answer (ADR 0035). This registration, disabled, takes its place, so no filter runs.
 * Setting the property to true (or leaving it out) brings Spring Boot's filter back, and with it
 * the {@code http.server.requests} metrics.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "management.observations.enable.http.server.requests",
    havingValue = "false")
class UnobservedRequests {

  @Bean
  FilterRegistrationBean<ServerHttpObservationFilter> webMvcObservationFilter() {
    FilterRegistrationBean<ServerHttpObservationFilter> registration =
        new FilterRegistrationBean<>(new ServerHttpObservationFilter(ObservationRegistry.NOOP));
    registration.setEnabled(false);
    return registration;
  }
}
