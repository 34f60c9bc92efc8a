package org.sightline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.binder.logging.LogbackMetrics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcObservationAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * With nothing reading metrics (as shipped) no per-request observation filter runs and no filter
 * sits in front of every log-level check; an operator who turns the HTTP server observations on
 * gets Spring Boot's filter back.
 */
class UnobservedRequestsTest extends SecurityTestContext {
  @Autowired private ApplicationContext context;

  @Test
  void asShippedNoObservationFilterRunsAndLogLevelChecksAreNotCounted() {
    assertThat(enabledObservationFilters(context)).isEmpty();
    assertThat(context.getBeansOfType(LogbackMetrics.class)).isEmpty();
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    assertThat(logging.getTurboFilterList()).isEmpty();
  }

  @Test
  void turningTheHttpServerObservationsOnBringsSpringBootsFilterBack() {
    WebApplicationContextRunner runner =
        new WebApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    ObservationAutoConfiguration.class, WebMvcObservationAutoConfiguration.class))
            .withUserConfiguration(UnobservedRequests.class);
    runner
        .withPropertyValues("management.observations.enable.http.server.requests=true")
        .run(observed -> assertThat(enabledObservationFilters(observed)).hasSize(1));
    runner
        .withPropertyValues("management.observations.enable.http.server.requests=false")
        .run(unobserved -> assertThat(enabledObservationFilters(unobserved)).isEmpty());
  }

  private static List<FilterRegistrationBean<?>> enabledObservationFilters(
      ApplicationContext context) {
    return context.getBeansOfType(FilterRegistrationBean.class).values().stream()
        .<FilterRegistrationBean<?>>map(registration -> registration)
        .filter(registration -> registration.getFilter() instanceof ServerHttpObservationFilter)
        .filter(FilterRegistrationBean::isEnabled)
        .toList();
  }
}
