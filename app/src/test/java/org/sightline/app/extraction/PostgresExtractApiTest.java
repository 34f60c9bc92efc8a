package org.sightline.app.extraction;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.sightline.app.testing.PostgresSchema;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ExtractApiTest} with documents, labels and drafts on PostgreSQL, in a schema of its own.
 */
@EnabledIfEnvironmentVariable(
    named = "TEST_PG_URL",
    matches = ".+",
    disabledReason = "set TEST_PG_URL, TEST_PG_USER and TEST_PG_PASSWORD to run against PostgreSQL")
class PostgresExtractApiTest extends ExtractApiTest {
  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws Exception {
    PostgresSchema.create("extract_").configure(registry);
  }
}
