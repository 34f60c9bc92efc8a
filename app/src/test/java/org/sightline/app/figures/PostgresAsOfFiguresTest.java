package org.sightline.app.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sightline.app.testing.OnPostgres;
import org.sightline.app.testing.PostgresSchema;
import org.sightline.store.db.DatabaseConfig;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AsOfFiguresContract} on PostgreSQL (TEST_PG_URL), in a schema of its own. */
@OnPostgres
class PostgresAsOfFiguresTest extends AsOfFiguresContract {
  @DynamicPropertySource
  static void history(DynamicPropertyRegistry registry) throws Exception {
    PostgresSchema schema = PostgresSchema.create("asof_");
    Path data = Files.createTempDirectory("sightline-asof-pg");
    writeHistory(
        DatabaseConfig.resolve(schema.url(), schema.user(), schema.password(), data, Map.of()));
    registry.add("sightline.data", data::toString);
    registry.add("sightline.starter-data", () -> "false");
    schema.configure(registry);
  }
}
