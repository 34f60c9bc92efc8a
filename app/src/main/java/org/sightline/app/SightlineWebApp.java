package org.sightline.app;

import org.sightline.app.web.SightlineProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The web observatory and REST API. Started by {@code sightline serve}; the database comes from
 * {@link SightlineProperties}. Flyway is run by the store's {@code Database.open}, never by Boot,
 * so Boot's Flyway auto-configuration is excluded should its module ever land on the classpath.
 */
@SpringBootApplication(
    excludeName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@EnableConfigurationProperties(SightlineProperties.class)
public class SightlineWebApp {}
