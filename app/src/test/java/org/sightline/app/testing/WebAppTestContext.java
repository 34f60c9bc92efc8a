package org.sightline.app.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.sightline.app.SightlineWebApp;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.Role;
import org.sightline.store.db.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The web app on a random port with MockMvc, and accounts made the way {@code sightline user add}
 * makes them. Each subclass family names its own fresh data directory (a {@code
 * DynamicPropertySource} calling {@link #freshData}), so each gets one Spring context of its own,
 * shared by the tests that extend it.
 */
@SpringBootTest(
    classes = SightlineWebApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class WebAppTestContext {
  public static final String PASSWORD = "correct horse battery";

  @LocalServerPort protected int port;
  @Autowired protected MockMvc mvc;
  @Autowired protected Database database;
  @Autowired protected Accounts accounts;
  @Autowired protected PasswordEncoder encoder;

  /** Points the app at a new, empty data directory: it starts with the starter data. */
  protected static void freshData(DynamicPropertyRegistry registry, String prefix)
      throws IOException {
    Path data = Files.createTempDirectory(prefix);
    registry.add("sightline.data", data::toString);
  }

  /** A user with {@link #PASSWORD} who has already chosen it. */
  protected String user(Role role) {
    return user(role, false);
  }

  protected String user(Role role, boolean mustChangePassword) {
    String name = role.key() + "-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createUser(name, encoder.encode(PASSWORD), role, mustChangePassword);
    return name;
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }
}
