package org.sightline.app.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.JsonRequests.postJson;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.MultipartFrame;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.store.accounts.Role;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/v1/screen} and saved reports against the starter register (with its cited
 * native-script names): matches explained, bad input refused with one clear message, large lists
 * streamed.
 */
class ScreeningApiTest extends SecurityTestContext {
  static final ObjectMapper JSON = new ObjectMapper();

  private MvcResult json(String body, String auth) throws Exception {
    var request = postJson("/api/v1/screen", body);
    if (auth != null) {
      request.header("Authorization", auth);
    }
    return mvc.perform(request).andReturn();
  }

  private static JsonNode read(MvcResult r) throws Exception {
    return JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private MvcResult upload(String fileName, byte[] bytes, String... params) throws Exception {
    var request =
        multipart("/api/v1/screen")
            .file(new MockMultipartFile("file", fileName, "text/plain", bytes));
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request).andReturn();
  }

  @Test
  void namesInAnyScriptOrSpellingMatchWithAnExplanationAndEmptyRowsAreReported() throws Exception {
    MvcResult r =
        json("{\"names\":[\"Hikvison\",\"华为技术有限公司\",\"\",\"Acme Bakery\",\"Elaman GmbH\"]}", null);
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    JsonNode body = read(r);
    assertThat(body.get("register_revision").asLong()).isPositive();
    // The register's version is the one GET /api/v1/version gives (the content hash, ADR 0023).
    String version = read(mvc.perform(get("/api/v1/version")).andReturn()).get("version").asText();
    assertThat(version).hasSize(64);
    assertThat(body.get("register_version").asText()).isEqualTo(version);
    assertThat(body.get("names").asInt()).isEqualTo(4);
    assertThat(body.get("skipped").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(body.get("skipped").get(0).get("reason").asText()).isEqualTo("empty");
    JsonNode results = body.get("results");
    JsonNode hik = results.get(0).get("matches").get(0);
    assertThat(hik.get("match").get("organization_id").asText()).isEqualTo("O0008");
    assertThat(hik.get("match").get("explanation").get("matched_words").get(0).asText())
        .isEqualTo("hikvison~hikvision 0.978");
    assertThat(hik.get("recipient_countries").size()).isPositive();
    JsonNode huawei = results.get(1).get("matches").get(0);
    assertThat(huawei.get("match").get("organization_id").asText()).isEqualTo("O0001");
    assertThat(huawei.get("match").get("matched_name").asText()).isEqualTo("华为技术有限公司");
    assertThat(results.get(2).get("matches").size()).isZero();
    JsonNode elaman = results.get(3).get("matches").get(0);
    assertThat(elaman.get("parent").get("name").asText()).isEqualTo("Gamma International");
  }

  @Test
  void anUploadedCsvWithANameColumnAnswersJsonOrStreamedCsv() throws Exception {
    byte[] csv =
        "id,name\n1,Hikvision Europe B.V.\n2,\"Huawei Technologies Co., Ltd.\"\n"
            .getBytes(StandardCharsets.UTF_8);
    JsonNode body = read(upload("suppliers.csv", csv));
    assertThat(body.get("names").asInt()).isEqualTo(2);
    MvcResult asCsv = upload("suppliers.csv", csv, "format", "csv");
    assertThat(asCsv.getResponse().getContentType()).startsWith("text/csv");
    mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(asCsv));
    String text = asCsv.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(text.lines().findFirst().orElseThrow())
        .startsWith("input,match,score,matched_on,country,recipient_countries,");
    assertThat(text).contains("Hikvision Europe B.V.,Hikvision,");
  }

  @Test
  void badInputIsOneClearMessage() throws Exception {
    MvcResult noName =
        upload("suppliers.csv", "company,country\nHuawei,CN\n".getBytes(StandardCharsets.UTF_8));
    assertThat(noName.getResponse().getStatus()).isEqualTo(400);
    assertThat(read(noName).get("message").asText()).contains("no 'name' column");
    MvcResult binary = upload("logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
    assertThat(binary.getResponse().getStatus()).isEqualTo(400);
    assertThat(read(binary).get("message").asText()).contains("not text");
    MvcResult empty = upload("empty.txt", new byte[0]);
    assertThat(empty.getResponse().getStatus()).isEqualTo(400);
    assertThat(json("{\"nam\":[]}", null).getResponse().getStatus()).isEqualTo(400);
    assertThat(json("{\"names\":[\"x\"],\"threshold\":2}", null).getResponse().getStatus())
        .isEqualTo(400);
    MvcResult notJson = json("{\"names\": [", null);
    assertThat(notJson.getResponse().getStatus()).isEqualTo(400);
    assertThat(notJson.getResponse().getContentAsString()).doesNotContain("Exception");
  }

  @Test
  void aHundredThousandNamesAreScreenedAndOneMoreIsRefusedBeforeAnyWork() throws Exception {
    String names =
        IntStream.range(0, 100_000).mapToObj(i -> "Vendor " + i).collect(Collectors.joining("\n"));
    MvcResult ok = upload("names.txt", names.getBytes(StandardCharsets.UTF_8), "format", "csv");
    ok.getAsyncResult(300_000); // a benchmark's work, on a shared test machine
    mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(ok));
    assertThat(ok.getResponse().getStatus()).isEqualTo(200);
    assertThat(ok.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().count())
        .isEqualTo(100_001);
    MvcResult tooMany =
        upload("names.txt", (names + "\nOne More").getBytes(StandardCharsets.UTF_8));
    assertThat(tooMany.getResponse().getStatus()).isEqualTo(413);
    assertThat(read(tooMany).get("error").asText()).isEqualTo("too_many_names");
  }

  @Test
  void aFiftyMegabyteUploadIsRefusedWithTheLimit() throws Exception {
    // Over a real connection, as a browser or curl sends it: the answer arrives whole.
    MultipartFrame frame = MultipartFrame.textFile("big.txt");
    long fifty = 50L * 1024 * 1024;
    long length = frame.head().length + fifty + frame.tail().length;
    String response;
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/screen HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                  + frame.contentType()
                  + "\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      Thread writer =
          new Thread(
              () -> {
                try {
                  out.write(frame.head());
                  byte[] chunk = new byte[64 * 1024];
                  Arrays.fill(chunk, (byte) 'a');
                  for (long sent = 0; sent < fifty; sent += chunk.length) {
                    out.write(chunk);
                  }
                  out.write(frame.tail());
                } catch (IOException closed) {
                  // the server may stop reading once it has answered
                }
              });
      writer.start();
      response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      writer.join(60_000);
    }
    assertThat(response).startsWith("HTTP/1.1 413");
    assertThat(response)
        .contains("the upload is too large (the limit is 13 MB)")
        .doesNotContain("Exception");
  }

  @Test
  void savingNeedsAnAccountAndAReportIsReadByItsIdWithTheRegisterRevision() throws Exception {
    MvcResult anonymous = json("{\"names\":[\"Hikvison\"],\"save\":true}", null);
    assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
    assertThat(read(anonymous).get("error").asText()).isEqualTo("sign_in_required");

    JsonNode saved =
        read(
            json(
                "{\"names\":[\"Hikvison\",\"Acme Bakery\"],\"save\":true}",
                bearer(token(Role.CONTRIBUTOR))));
    String id = saved.get("report_id").asText();
    assertThat(id).hasSize(22);
    JsonNode report = read(mvc.perform(get(saved.get("report_url").asText())).andReturn());
    assertThat(report.get("register_revision").asLong())
        .isEqualTo(saved.get("register_revision").asLong());
    assertThat(report.get("register_version").asText())
        .hasSize(64)
        .isEqualTo(saved.get("register_version").asText());
    assertThat(report.get("names").asInt()).isEqualTo(2);
    assertThat(report.get("alerts").asInt()).isEqualTo(1);
    assertThat(report.get("rows").get(0).get("organization_id").asText()).isEqualTo("O0008");
    assertThat(report.toString()).doesNotContain("author");
    MvcResult csv =
        mvc.perform(get("/api/v1/screen/reports/" + id).param("format", "csv")).andReturn();
    mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(csv));
    assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("Acme Bakery");
    assertThat(
            mvc.perform(get("/api/v1/screen/reports/nope")).andReturn().getResponse().getStatus())
        .isEqualTo(404);
    // The report's parameters are declared, so the strict API parameters take them and only them.
    assertThat(
            read(mvc.perform(get("/api/v1/screen/reports/" + id).param("format", "json"))
                    .andReturn())
                .get("id")
                .asText())
        .isEqualTo(id);
    MvcResult unknown =
        mvc.perform(get("/api/v1/screen/reports/" + id).param("sort", "score")).andReturn();
    assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
    assertThat(unknown.getResponse().getContentAsString()).contains("unknown parameter 'sort'");
  }
}
