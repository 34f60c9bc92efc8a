package org.sightline.app.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.PagesTestContext;
import org.sightline.app.testing.TestRecords;
import org.sightline.core.model.PublicationState;
import org.sightline.store.ingest.RegisterVersion;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.RegisterWriter;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/version} and the version header name the published register's hash. */
class RegisterVersionApiTest extends PagesTestContext {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  JsonNode version() throws Exception {
    MvcResult r = mvc.perform(get("/api/v1/version")).andExpect(status().isOk()).andReturn();
    JsonNode body = JSON.readTree(r.getResponse().getContentAsString());
    assertThat(r.getResponse().getHeader(VersionHeaderFilter.HEADER))
        .isEqualTo(body.path("version").asString());
    return body;
  }

  @Test
  void theVersionIsTheHashOfThePublishedRegisterAndEveryApiAnswerNamesIt() throws Exception {
    JsonNode before = version();
    RegisterVersion direct = RegisterVersion.of(new JdbcRegister(database));
    assertThat(before.path("version").asString())
        .matches("[0-9a-f]{64}")
        .isEqualTo(direct.version());
    assertThat(before.path("published_records").asLong()).isEqualTo(direct.publishedRecords());
    assertThat(before.path("as_of").asString()).isEqualTo(direct.asOf().toString());

    // Twice each: the second answer comes from the public cache and must name the version too.
    for (String api :
        List.of(
            "/api/v1/stats",
            "/api/v1/stats",
            "/api/v1/countries",
            "/api/v1/countries",
            "/api/v1/transfers/T9999")) {
      assertThat(
              mvc.perform(get(api))
                  .andReturn()
                  .getResponse()
                  .getHeader("Sightline-Register-Version"))
          .as(api)
          .isEqualTo(direct.version());
    }
    assertThat(
            mvc.perform(get("/countries/EC"))
                .andReturn()
                .getResponse()
                .getHeader("Sightline-Register-Version"))
        .as("pages are not API answers")
        .isNull();

    // Asked again without a change: the same version. A published change: a new one.
    assertThat(version().path("version")).isEqualTo(before.path("version"));
    new RegisterWriter(database)
        .saveOrganizations(
            List.of(
                TestRecords.vendor(
                    "O9200",
                    "Version Test Vendor " + System.nanoTime(),
                    "DE",
                    PublicationState.PUBLISHED)),
            "version-test",
            "new record");
    JsonNode after = version();
    assertThat(after.path("version").asString()).isNotEqualTo(before.path("version").asString());
    assertThat(after.path("published_records").asLong())
        .isEqualTo(before.path("published_records").asLong() + 1);
  }
}
