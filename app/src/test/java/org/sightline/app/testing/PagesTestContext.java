package org.sightline.app.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sightline.app.SightlineWebApp;
import org.sightline.store.db.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The web app on a random port over a fresh H2 data directory holding the starter dataset. Every
 * page test extends this class unchanged, so they all share one Spring context (and one database):
 * tests that add records use their own ids and countries, and no test asserts a global total.
 */
@SpringBootTest(
    classes = SightlineWebApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class PagesTestContext {
  @LocalServerPort protected int port;
  @Autowired protected MockMvc mvc;
  @Autowired protected Database database;

  @DynamicPropertySource
  static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
    Path data = Files.createTempDirectory("sightline-pages");
    registry.add("sightline.data", data::toString);
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }
}
