package org.sightline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The read API on the embedded H2 file database, in a fresh temporary data directory. */
class H2ReadApiTest extends ReadApiContract {
  @DynamicPropertySource
  static void embeddedDatabase(DynamicPropertyRegistry registry) throws IOException {
    Path data = Files.createTempDirectory("sightline-api-h2");
    registry.add("sightline.data", data::toString);
  }
}
