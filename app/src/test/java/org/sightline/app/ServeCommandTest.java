package org.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code sightline serve} on a fresh data directory: it fills the empty database with the starter
 * data, indexes it, says where it listens, answers the API, and returns 0 when stopped.
 */
class ServeCommandTest {
  @TempDir Path data;

  @Test
  void servesTheStarterDataOnAFreshDataDirectory() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cmd = SightlineCli.commandLine(new SightlineCli(Map.of()));
    cmd.setOut(new PrintWriter(out, true));
    ServeCommand serve = (ServeCommand) cmd.getSubcommands().get("serve").getCommand();

    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> cmd.execute("serve", "--port", "0", "--data", data.toString()));
    // Generous bound: a cold start on a slow CI machine; this is a hang guard, not a timing check.
    ConfigurableApplicationContext context = serve.started.get(5, TimeUnit.MINUTES);
    try {
      String port = context.getEnvironment().getProperty("local.server.port");
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
      context.close();
    }
    assertThat(exit.get(1, TimeUnit.MINUTES)).isZero();
    assertThat(data.resolve("index")).isDirectory();
  }
}
