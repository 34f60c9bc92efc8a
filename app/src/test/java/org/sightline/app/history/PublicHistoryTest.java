package org.sightline.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sightline.app.testing.JsonRequests.postJson;
import static org.sightline.app.testing.JsonRequests.putJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.app.testing.TestRecords;
import org.sightline.app.web.security.AuthorizationMatrixTest;
import org.sightline.core.model.Organization;
import org.sightline.core.model.PublicationState;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.RegisterWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Per-record history for the public: a published record's revisions with what changed, authors by
 * role unless they opted in to be named; a draft has no public history.
 */
class PublicHistoryTest extends SecurityTestContext {
  @Autowired RegisterWriter writer;

  @Test
  void historyNamesRolesUnlessTheContributorOptedIn() throws Exception {
    String writerName = user(Role.CONTRIBUTOR);
    String writer = tokenOf(writerName);
    String reviewerName = user(Role.REVIEWER);
    String reviewer = tokenOf(reviewerName);
    String id = "HIST-" + UUID.randomUUID().toString().substring(0, 8);

    mvc.perform(postJson("/api/v1/transfers", writer, AuthorizationMatrixTest.json(id)))
        .andExpect(status().isCreated());

    // A draft has no public history, in the API or as a page; a reviewer may read it.
    mvc.perform(get("/api/v1/transfers/" + id + "/history")).andExpect(status().isNotFound());
    mvc.perform(get("/transfers/" + id + "/history")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/transfers/" + id + "/history").header("Authorization", reviewer))
        .andExpect(status().isOk());

    mvc.perform(
            putJson(
                "/api/v1/transfers/" + id,
                writer,
                AuthorizationMatrixTest.json(id).replace("matrix test", "history test")))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/transfers/" + id + "/submit").header("Authorization", writer))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/transfers/" + id + "/publish").header("Authorization", reviewer))
        .andExpect(status().isOk());

    mvc.perform(get("/api/v1/transfers/" + id + "/history"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.entity_type").value("transfer"))
        .andExpect(jsonPath("$.revisions[0].action").value("create"))
        .andExpect(jsonPath("$.revisions[0].by").value("a contributor"))
        .andExpect(jsonPath("$.revisions[1].action").value("update"))
        .andExpect(jsonPath("$.revisions[1].changed_fields[0]").value("summary"))
        .andExpect(jsonPath("$.revisions[3].action").value("publish"))
        .andExpect(jsonPath("$.revisions[3].by").value("a reviewer"))
        .andExpect(jsonPath("$.revisions[3].reason").value("published"))
        .andExpect(jsonPath("$.revisions[3].changed_fields[0]").value("state"))
        .andExpect(content().string(not(containsString(writerName))))
        .andExpect(content().string(not(containsString(reviewerName))));
    mvc.perform(get("/transfers/" + id + "/history"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("a contributor")))
        .andExpect(content().string(not(containsString(writerName))));
    mvc.perform(get("/transfers/" + id))
        .andExpect(content().string(not(containsString(writerName))));

    // The contributor opts in on their account page; the reviewer did not.
    mvc.perform(
            post("/account/public-name")
                .param("public_name", "on")
                .with(contributor(writerName))
                .with(csrf()))
        .andExpect(redirectedUrl("/account?saved"));
    assertThat(accounts.showsPublicName(writerName)).isTrue();

    mvc.perform(get("/api/v1/transfers/" + id + "/history"))
        .andExpect(jsonPath("$.revisions[0].by").value(writerName))
        .andExpect(jsonPath("$.revisions[3].by").value("a reviewer"));
    mvc.perform(get("/transfers/" + id + "/history"))
        .andExpect(content().string(containsString(writerName)))
        .andExpect(content().string(not(containsString(reviewerName))));
  }

  @Test
  void organizationsHaveAPublicHistoryToo() throws Exception {
    String id = "HORG-" + UUID.randomUUID().toString().substring(0, 8);
    String reviewerName = user(Role.REVIEWER);
    Organization draft = TestRecords.vendor(id, "History Vision", "CN", PublicationState.DRAFT);
    writer.saveOrganizations(List.of(draft), reviewerName, "drafted");

    mvc.perform(get("/api/v1/organizations/" + id + "/history")).andExpect(status().isNotFound());
    mvc.perform(get("/organizations/" + id + "/history")).andExpect(status().isNotFound());

    writer.setOrganizationState(id, PublicationState.PUBLISHED, "importer", "checked");
    mvc.perform(get("/api/v1/organizations/" + id + "/history"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.entity_type").value("organization"))
        .andExpect(jsonPath("$.revisions[0].by").value("a reviewer"))
        .andExpect(jsonPath("$.revisions[1].by").value("importer"))
        .andExpect(jsonPath("$.revisions[1].changed_fields[0]").value("state"));
    mvc.perform(get("/organizations/" + id + "/history"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("History of organization " + id)))
        .andExpect(content().string(containsString("a reviewer")))
        .andExpect(content().string(not(containsString(reviewerName))));
    mvc.perform(get("/organizations/" + id))
        .andExpect(content().string(containsString("/organizations/" + id + "/history")));
  }

  @Test
  void theAccountPageOffersTheChoiceAndNeedsASignedInUser() throws Exception {
    String name = user(Role.CONTRIBUTOR);

    mvc.perform(get("/account")).andExpect(status().is3xxRedirection());
    mvc.perform(get("/account").with(contributor(name)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"public_name\"")))
        .andExpect(content().string(not(containsString("checked"))));

    // Without the CSRF token nothing changes.
    mvc.perform(post("/account/public-name").param("public_name", "on").with(contributor(name)))
        .andExpect(status().isForbidden());
    assertThat(accounts.showsPublicName(name)).isFalse();

    mvc.perform(
            post("/account/public-name")
                .param("public_name", "on")
                .with(contributor(name))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/account").with(contributor(name)))
        .andExpect(content().string(containsString("checked")));

    // An unticked box sends nothing: the flag goes off again.
    mvc.perform(post("/account/public-name").with(contributor(name)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(accounts.showsPublicName(name)).isFalse();
  }

  /** A browser session signed in as this contributor. */
  private static RequestPostProcessor contributor(String name) {
    return SecurityMockMvcRequestPostProcessors.user(name).roles("CONTRIBUTOR");
  }
}
