package org.sightline.app.testing;

import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web app on a random port over a fresh H2 data directory holding the starter dataset. Every
 * page test extends this class unchanged, so they all share one Spring context (and one database):
 * tests that add records use their own ids and countries, and no test asserts a global total.
 */
public abstract class PagesTestContext extends WebAppTestContext {
  @DynamicPropertySource
  static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
    freshData(registry, "sightline-pages");
  }
}
