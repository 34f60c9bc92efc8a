package org.sightline.app.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.sightline.app.SightlineWebApp;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.accounts.Role;
import org.sightline.store.db.Database;
import org.sightline.store.documents.Documents;
import org.sightline.store.registry.Register;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web app on a random port over a fresh H2 data directory with the starter data, a 1 MB
 * document limit (so "too large" is cheap to test), and helpers that create accounts the way {@code
 * sightline user add} does. The API test and the browser test share this one context.
 */
@SpringBootTest(
    classes = SightlineWebApp.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class ExtractTestContext {
  protected static final String PASSWORD = "correct horse battery";
  protected static final long MAX_BYTES = 1_048_576;

  @LocalServerPort protected int port;
  @Autowired protected MockMvc mvc;
  @Autowired protected Accounts accounts;
  @Autowired protected PasswordEncoder encoder;
  @Autowired protected Database database;
  @Autowired protected Register register;
  @Autowired protected Documents documents;

  @DynamicPropertySource
  static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
    Path data = Files.createTempDirectory("sightline-extract");
    registry.add("sightline.data", data::toString);
    registry.add("sightline.extract.max-bytes", () -> String.valueOf(MAX_BYTES));
  }

  /** A user with {@link #PASSWORD} who has already chosen it. */
  protected String user(Role role) {
    String name = role.key() + "-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createUser(name, encoder.encode(PASSWORD), role, false);
    return name;
  }

  protected String bearer(String username) {
    return "Bearer " + accounts.createToken(username, null, Duration.ofDays(1)).secret();
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** One text of the project's annotated corpus ({@code eval/sightline-gold.jsonl}) by id. */
  protected static JsonNode goldText(String id) throws IOException {
    Path gold = Path.of("..", "eval", "sightline-gold.jsonl");
    JsonMapper json = JsonMapper.builder().build();
    for (String line : Files.readAllLines(gold)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        if (id.equals(n.path("id").asString())) {
          return n;
        }
      }
    }
    throw new IllegalArgumentException("no text " + id + " in " + gold);
  }
}
