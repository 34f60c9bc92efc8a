package org.sightline.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.CliRunner.sightline;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.app.testing.CliRunner;
import org.sightline.app.testing.Served;

/**
 * As an administrator would: create a user and a token from the command line, use the token against
 * the running server to file a draft, then revoke it from the command line and see it refused.
 */
class TokenOverHttpTest {
  @TempDir Path data;

  @Test
  void aTokenFromTheCliWorksUntilItIsRevoked() throws Exception {
    sightline("user", "add", "kite", "--role", "contributor", "--data", data.toString());
    CliRunner.Run created = sightline("token", "create", "kite", "--data", data.toString());
    List<String> lines = created.out().strip().lines().toList();
    String secret = lines.get(lines.size() - 1);
    String id = created.out().replaceAll("(?s).*Created token (\\d+) .*", "$1");

    Served server = Served.start(data, new PrintWriter(new StringWriter(), true));
    try {
      String base = "http://localhost:" + server.port();
      HttpClient http = HttpClient.newHttpClient();
      String draft =
          "{\"id\":\"KITE-1\",\"supplier_orgs\":[{\"name\":\"Kite Optics\"}],"
              + "\"recipient_country\":\"EC\",\"technologies\":[\"video_surveillance\"],"
              + "\"status\":\"reported\",\"sources\":[{\"url\":\"https://example.org/k\"}]}";

      HttpResponse<String> anonymous = http.send(post(base, draft, null), body());
      assertThat(anonymous.statusCode()).isEqualTo(401);
      HttpResponse<String> accepted = http.send(post(base, draft, secret), body());
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
      assertThat(accepted.body()).contains("\"state\":\"draft\"");

      CliRunner.Run revoked = sightline("token", "revoke", id, "--data", data.toString());
      assertThat(revoked.exit()).as(revoked.err()).isZero();

      HttpResponse<String> refused = http.send(post(base, draft, secret), body());
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("\"error\":\"unauthorized\"");
    } finally {
      server.stop();
    }
    assertThat(server.exitCode()).isZero();
  }

  private static HttpRequest post(String base, String json, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/transfers"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }
}
