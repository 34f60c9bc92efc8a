package org.sightline.app.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A test class that runs against the PostgreSQL that {@code TEST_PG_URL} (with {@code TEST_PG_USER}
 * and {@code TEST_PG_PASSWORD}) names, and is reported as disabled, saying so, without it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(
    named = "TEST_PG_URL",
    matches = ".+",
    disabledReason = "set TEST_PG_URL, TEST_PG_USER and TEST_PG_PASSWORD to run against PostgreSQL")
public @interface OnPostgres {}
