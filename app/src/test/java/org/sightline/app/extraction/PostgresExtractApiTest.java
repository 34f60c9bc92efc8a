package org.sightline.app.extraction;

import org.sightline.app.testing.OnPostgres;
import org.sightline.app.testing.PostgresSchema;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ExtractApiTest} with documents, labels and drafts on PostgreSQL, in a schema of its own.
 */
@OnPostgres
class PostgresExtractApiTest extends ExtractApiTest {
  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws Exception {
    PostgresSchema.create("extract_").configure(registry);
  }
}
