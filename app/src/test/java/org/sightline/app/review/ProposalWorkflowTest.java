package org.sightline.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sightline.app.testing.JsonRequests.postJson;
import static org.sightline.app.testing.JsonRequests.putJson;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.app.web.security.AuthorizationMatrixTest;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Revision;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.Register;
import org.sightline.store.registry.RegisterWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change to a published record waits for review: the public keeps seeing the published version
 * until a second person approves the proposal; a rejection leaves it as it was. Sources are added
 * the same way.
 */
class ProposalWorkflowTest extends SecurityTestContext {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired RegisterWriter writer;
  @Autowired Register register;

  @Test
  void aChangeToAPublishedTransferIsAProposalUntilASecondReviewerApprovesIt() throws Exception {
    String id = publishedTransfer("P-");
    String proposerName = user(Role.REVIEWER);
    String proposer = tokenOf(proposerName);
    String approver = bearer(token(Role.REVIEWER));
    String contributor = bearer(token(Role.CONTRIBUTOR));

    long proposal =
        body(mvc.perform(
                    putJson(
                        "/api/v1/transfers/" + id,
                        proposer,
                        AuthorizationMatrixTest.json(id)
                            .replace("Cameras for the matrix test.", "Cameras and servers.")
                            .replace(
                                "{\"id\"", "{\"reason\":\"the contract adds servers\",\"id\"")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("published"))
                .andExpect(jsonPath("$.proposal.status").value("pending"))
                .andExpect(jsonPath("$.transfer.summary").value("Cameras for the matrix test.")))
            .get("proposal")
            .get("id")
            .asLong();

    // Published version unchanged on every public path while the proposal is pending.
    mvc.perform(get("/api/v1/transfers/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.summary").value("Cameras for the matrix test."))
        .andExpect(jsonPath("$.state").doesNotExist());
    mvc.perform(get("/transfers/" + id))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Cameras and servers."))));
    mvc.perform(get("/api/v1/proposals").header("Authorization", contributor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.id == " + proposal + ")].changes[0].field").value("summary"))
        .andExpect(
            jsonPath("$[?(@.id == " + proposal + ")].changes[0].after")
                .value("Cameras and servers."))
        .andExpect(jsonPath("$[?(@.id == " + proposal + ")].author").value(proposerName));
    mvc.perform(get("/api/v1/proposals")).andExpect(status().isUnauthorized());

    mvc.perform(
            post("/api/v1/proposals/" + proposal + "/approve").header("Authorization", contributor))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/proposals/" + proposal + "/approve").header("Authorization", proposer))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.error").value("two_person_rule"));
    mvc.perform(get("/api/v1/transfers/" + id))
        .andExpect(jsonPath("$.summary").value("Cameras for the matrix test."));

    mvc.perform(
            post("/api/v1/proposals/" + proposal + "/approve").header("Authorization", approver))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("approved"));

    mvc.perform(get("/api/v1/transfers/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.summary").value("Cameras and servers."));
    List<Revision> history = register.history(RegisterWriter.TRANSFER, id);
    Revision last = history.get(history.size() - 1);
    assertThat(last.action()).isEqualTo("update");
    assertThat(last.author()).isEqualTo(proposerName);
    assertThat(last.reason()).isEqualTo("the contract adds servers");
    assertThat(last.after()).contains("\"state\":\"published\"");
    mvc.perform(
            post("/api/v1/proposals/" + proposal + "/approve").header("Authorization", approver))
        .andExpect(status().isConflict());
  }

  @Test
  void aRejectedProposalLeavesThePublishedRecordAsItWas() throws Exception {
    String id = publishedTransfer("P-");
    String contributor = bearer(token(Role.CONTRIBUTOR));
    String reviewer = bearer(token(Role.REVIEWER));
    long proposal = propose(id, contributor, "Cameras for nobody.");

    decideGivingAReason(
            "/api/v1/proposals/" + proposal + "/reject", reviewer, "no source says this")
        .andExpect(jsonPath("$.status").value("rejected"))
        .andExpect(jsonPath("$.decision_reason").value("no source says this"));

    mvc.perform(get("/api/v1/transfers/" + id))
        .andExpect(jsonPath("$.summary").value("Cameras for the matrix test."));
    mvc.perform(
            post("/api/v1/proposals/" + proposal + "/approve").header("Authorization", reviewer))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/v1/proposals/987654321/approve").header("Authorization", reviewer))
        .andExpect(status().isNotFound());
  }

  @Test
  void aProposalThatDropsEveryEvidenceQuoteIsRefused() throws Exception {
    String id = publishedTransfer("P-");
    mvc.perform(
            putJson(
                "/api/v1/transfers/" + id,
                bearer(token(Role.CONTRIBUTOR)),
                AuthorizationMatrixTest.json(id)
                    .replace(",\n\"evidence\":\"cameras were sold\"", "")
                    .replace("\"evidence\":\"cameras were sold\"", "\"evidence\":null")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("sources"));
  }

  @Test
  void aSourceIsAddedInPlaceToADraftAndAsAProposalToAPublishedRecord() throws Exception {
    String contributor = bearer(token(Role.CONTRIBUTOR));
    String reviewer = bearer(token(Role.REVIEWER));
    String draft = "S-" + UUID.randomUUID().toString().substring(0, 8);
    writer.saveTransfers(
        List.of(AuthorizationMatrixTest.transfer(draft, PublicationState.DRAFT)),
        "seeder",
        "fixture");

    mvc.perform(
            postJson(
                "/api/v1/transfers/" + draft + "/sources",
                contributor,
                "{\"url\":\"https://example.org/second\",\"publisher\":\"Second Paper\","
                    + "\"date\":\"2021-05\",\"evidence\":\"the cameras were installed\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("draft"))
        .andExpect(jsonPath("$.transfer.sources.length()").value(2))
        .andExpect(jsonPath("$.transfer.sources[1].publisher").value("Second Paper"));
    mvc.perform(
            postJson(
                "/api/v1/transfers/" + draft + "/sources",
                contributor,
                "{\"url\":\"ftp://example.org/x\",\"date\":\"2021-13\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("source[2]_url"))
        .andExpect(jsonPath("$.violations[1].field").value("source[2]_date"));

    String id = publishedTransfer("P-");
    long proposal =
        body(mvc.perform(
                    postJson(
                        "/api/v1/transfers/" + id + "/sources",
                        contributor,
                        "{\"url\":\"https://example.org/third\",\"publisher\":\"Third\","
                            + "\"reason\":\"a second report\"}"))
                .andExpect(status().isAccepted()))
            .get("proposal")
            .get("id")
            .asLong();
    mvc.perform(get("/api/v1/transfers/" + id)).andExpect(jsonPath("$.sources.length()").value(1));
    mvc.perform(
            post("/api/v1/proposals/" + proposal + "/approve").header("Authorization", reviewer))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/transfers/" + id))
        .andExpect(jsonPath("$.sources.length()").value(2))
        .andExpect(jsonPath("$.sources[1].publisher").value("Third"));
  }

  @Test
  void anOrganizationGoesFromDraftToPublishedAndChangesByProposal() throws Exception {
    String contributorName = user(Role.CONTRIBUTOR);
    String contributor = tokenOf(contributorName);
    String reviewer = bearer(token(Role.REVIEWER));
    String name = "Qwertyuiop Lenses " + UUID.randomUUID().toString().substring(0, 6);

    mvc.perform(
            postJson(
                "/api/v1/organizations", contributor, "{\"name\":\"Nameless\",\"country\":\"ZZ\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.violations[*].field", org.hamcrest.Matchers.hasItems("kind", "country")));
    String id =
        body(mvc.perform(
                    postJson("/api/v1/organizations", contributor, org(name, "a vendor of lenses")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("draft")))
            .get("id")
            .asString();

    assertOrganizationInvisible(id, name);
    mvc.perform(
            post("/api/v1/organizations/" + id + "/submit").header("Authorization", contributor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("in_review"));
    assertOrganizationInvisible(id, name);
    mvc.perform(
            post("/api/v1/organizations/" + id + "/publish").header("Authorization", contributor))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/organizations/" + id + "/publish").header("Authorization", reviewer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("published"));
    mvc.perform(get("/api/v1/organizations/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.note").value("a vendor of lenses"));

    long proposal =
        body(mvc.perform(
                    putJson(
                        "/api/v1/organizations/" + id,
                        contributor,
                        org(name, "a vendor of lenses and cameras")))
                .andExpect(status().isAccepted()))
            .get("proposal")
            .get("id")
            .asLong();
    mvc.perform(get("/api/v1/organizations/" + id))
        .andExpect(jsonPath("$.note").value("a vendor of lenses"));
    mvc.perform(
            post("/api/v1/proposals/" + proposal + "/approve").header("Authorization", reviewer))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/organizations/" + id))
        .andExpect(jsonPath("$.note").value("a vendor of lenses and cameras"));

    decideGivingAReason("/api/v1/organizations/" + id + "/retract", reviewer, "a duplicate")
        .andExpect(jsonPath("$.state").value("retracted"));
    assertOrganizationInvisible(id, name);
  }

  private void assertOrganizationInvisible(String id, String name) throws Exception {
    mvc.perform(get("/api/v1/organizations/" + id)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/organizations").param("q", name))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/organizations/" + id)).andExpect(status().isNotFound());
  }

  private static String org(String name, String note) {
    return """
        {"name":"%s","aliases":["QL"],"country":"DE","kind":"vendor","note":"%s",
         "source_url":"https://example.org/ql"}
        """
        .formatted(name, note);
  }

  private long propose(String id, String who, String summary) throws Exception {
    return body(mvc.perform(
                putJson(
                    "/api/v1/transfers/" + id,
                    who,
                    AuthorizationMatrixTest.json(id)
                        .replace("Cameras for the matrix test.", summary)))
            .andExpect(status().isAccepted()))
        .get("proposal")
        .get("id")
        .asLong();
  }

  private static JsonNode body(ResultActions result) throws Exception {
    return JSON.readTree(result.andReturn().getResponse().getContentAsString());
  }
}
