package org.sightline.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sightline.app.testing.OnPostgres;
import org.sightline.app.testing.PostgresSchema;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The read API on PostgreSQL (TEST_PG_URL), in a schema of its own. */
@OnPostgres
class PostgresReadApiTest extends ReadApiContract {
  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws Exception {
    Path data = Files.createTempDirectory("sightline-api-pg");
    registry.add("sightline.data", data::toString);
    PostgresSchema.create("api_").configure(registry);
  }
}
