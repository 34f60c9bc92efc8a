package org.sightline.app.testing;

import static org.sightline.app.testing.JsonRequests.postJson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.sightline.app.web.security.AuthorizationMatrixTest;
import org.sightline.core.model.PublicationState;
import org.sightline.store.accounts.NewToken;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.RegisterWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The web app on a random port over a fresh H2 data directory with the starter data, plus helpers
 * that create accounts and tokens the way {@code sightline user add} and {@code token create} do.
 * Every test makes its own uniquely named users, so tests share one context without interfering.
 */
public abstract class SecurityTestContext extends WebAppTestContext {
  @Autowired private RegisterWriter registerWriter;

  @DynamicPropertySource
  static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
    freshData(registry, "sightline-security");
  }

  protected String token(Role role) {
    return accounts.createToken(user(role), role, Duration.ofDays(1)).secret();
  }

  protected String revokedToken(Role role) {
    NewToken t = accounts.createToken(user(role), role, Duration.ofDays(1));
    accounts.revokeToken(t.token().id());
    return t.secret();
  }

  /** A token whose expiry is already past (set in the database, as time passing would). */
  protected String expiredToken(Role role) throws Exception {
    NewToken t = accounts.createToken(user(role), role, Duration.ofDays(1));
    try (Connection c = database.connection();
        PreparedStatement ps =
            c.prepareStatement("UPDATE api_token SET expires_at = ? WHERE id = ?")) {
      ps.setObject(1, OffsetDateTime.ofInstant(Instant.now().minusSeconds(60), ZoneOffset.UTC));
      ps.setLong(2, t.token().id());
      ps.executeUpdate();
    }
    return t.secret();
  }

  /** The Authorization header of a day-long token acting for an existing user, with their role. */
  protected String tokenOf(String username) {
    return bearer(accounts.createToken(username, null, Duration.ofDays(1)).secret());
  }

  /**
   * Stores a published transfer (the authorization matrix's fixture) under a fresh id starting with
   * the prefix, written by someone other than every caller of the test; its id.
   */
  protected String publishedTransfer(String prefix) {
    String id = prefix + UUID.randomUUID().toString().substring(0, 8);
    registerWriter.saveTransfers(
        List.of(AuthorizationMatrixTest.transfer(id, PublicationState.PUBLISHED)),
        "seeder",
        "fixture");
    return id;
  }

  /**
   * The account form's post that changes a signed-in user's password from {@link #PASSWORD} to the
   * given one (typed twice).
   */
  protected static MockHttpServletRequestBuilder passwordChange(
      MockHttpSession session, String newPassword) {
    return post("/account/password")
        .session(session)
        .with(csrf())
        .param("current", PASSWORD)
        .param("password", newPassword)
        .param("confirm", newPassword);
  }

  /**
   * A decision that must give a reason (retract, reject): posted without one it is refused with a
   * 400 naming the field {@code reason}; posted again with the reason it is made (200). The second
   * answer, for the caller's checks of the new state.
   */
  protected ResultActions decideGivingAReason(String path, String authorization, String reason)
      throws Exception {
    mvc.perform(post(path).header("Authorization", authorization))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0].field").value("reason"));
    return mvc.perform(postJson(path, authorization, "{\"reason\":\"" + reason + "\"}"))
        .andExpect(status().isOk());
  }

  protected static String bearer(String secret) {
    return "Bearer " + secret;
  }
}
