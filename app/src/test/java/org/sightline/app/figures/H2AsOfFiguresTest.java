package org.sightline.app.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sightline.store.db.DatabaseConfig;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AsOfFiguresContract} on the embedded H2 database. */
class H2AsOfFiguresTest extends AsOfFiguresContract {
  @DynamicPropertySource
  static void history(DynamicPropertyRegistry registry) throws Exception {
    Path data = Files.createTempDirectory("sightline-asof-h2");
    writeHistory(DatabaseConfig.resolve(null, null, null, data, Map.of()));
    registry.add("sightline.data", data::toString);
    registry.add("sightline.starter-data", () -> "false");
  }
}
