package org.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.app.testing.Served;

/**
 * {@code sightline serve} on a fresh data directory: it fills the empty database with the starter
 * data, indexes it, says where it listens, answers the API, and returns 0 when stopped.
 */
class ServeCommandTest {
  @TempDir Path data;

  @Test
  void servesTheStarterDataOnAFreshDataDirectory() throws Exception {
    StringWriter out = new StringWriter();
    Served server = Served.start(data, new PrintWriter(out, true));
    try {
      String port = server.port();
      assertThat(out.toString()).contains("Sightline is serving http://localhost:" + port + "/");

      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + port + "/api/v1/transfers?q=Procera"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"total\":14").contains("\"id\":\"T0087\"");
    } finally {
      server.stop();
    }
    assertThat(server.exitCode()).isZero();
    assertThat(data.resolve("index")).isDirectory();
  }
}
