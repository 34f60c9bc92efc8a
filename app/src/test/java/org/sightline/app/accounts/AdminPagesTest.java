package org.sightline.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.sightline.app.testing.Bodies.okBody;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.app.web.security.AuthorizationMatrixTest;
import org.sightline.core.model.PublicationState;
import org.sightline.store.accounts.NewToken;
import org.sightline.store.accounts.Role;
import org.sightline.store.registry.RegisterWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * The admin side: the audit log page and export, the accounts page with its disable, enable and
 * revoke buttons, and the rule that a disabled user's sessions and tokens stop at once.
 */
class AdminPagesTest extends SecurityTestContext {
  @Autowired RegisterWriter writer;

  MockHttpSession signIn(String name) throws Exception {
    return (MockHttpSession)
        mvc.perform(post("/login").param("username", name).param("password", PASSWORD).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getRequest()
            .getSession(false);
  }

  @Test
  void onlyAdminsSeeTheAdminPages() throws Exception {
    mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
    MockHttpSession reviewer = signIn(user(Role.REVIEWER));
    mvc.perform(get("/admin/audit").session(reviewer)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/users").session(reviewer)).andExpect(status().isForbidden());

    MockHttpSession admin = signIn(user(Role.ADMIN));
    mvc.perform(get("/admin/users").session(admin))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-store"));
  }

  @Test
  void theAuditPageNamesRealAuthorsAndFilters() throws Exception {
    String author = contributorWithDraft("AUD-1");
    MockHttpSession admin = signIn(user(Role.ADMIN));

    mvc.perform(get("/admin/audit").param("user", author).session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("transfer AUD-1")))
        .andExpect(content().string(containsString("created as a draft")))
        .andExpect(content().string(containsString("user_created")))
        .andExpect(content().string(not(containsString("127.0.0.1"))));
    mvc.perform(get("/admin/audit").param("user", author).param("entity", "token").session(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("No entries match.")));
    mvc.perform(get("/admin/audit").param("from", "yesterday").session(admin))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("must be a day like")));
  }

  @Test
  void theAuditExportIsForAdminsOnlyInCsvOrJsonLines() throws Exception {
    String author = contributorWithDraft("AUD-2");
    String admin = bearer(token(Role.ADMIN));

    String csv =
        mvc.perform(get("/api/v1/admin/audit").param("user", author).header("Authorization", admin))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("text/csv")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv.lines().toList())
        .first()
        .isEqualTo("at,actor,action,entity_type,entity_id,revision,detail");
    assertThat(csv).contains("," + author + ",create,transfer,AUD-2,1,created as a draft");

    String jsonl =
        okBody(
            mvc,
            get("/api/v1/admin/audit")
                .param("format", "jsonl")
                .param("entity", "transfer")
                .param("user", author)
                .header("Authorization", admin));
    assertThat(jsonl.lines()).hasSize(1).first().asString().contains("\"entity_id\":\"AUD-2\"");

    mvc.perform(get("/api/v1/admin/audit").param("format", "xml").header("Authorization", admin))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter").value("format"));
    mvc.perform(get("/api/v1/admin/audit").header("Authorization", bearer(token(Role.REVIEWER))))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.error").value("forbidden"));
    mvc.perform(get("/api/v1/admin/audit")).andExpect(status().isUnauthorized());
  }

  @Test
  void anAdminDisablesAUserWhoseSessionAndTokensStopAtOnce() throws Exception {
    String victim = user(Role.CONTRIBUTOR);
    NewToken token = accounts.createToken(victim, null, Duration.ofDays(1));
    MockHttpSession victimSession = signIn(victim);
    mvc.perform(get("/account/password").session(victimSession)).andExpect(status().isOk());

    String adminName = user(Role.ADMIN);
    MockHttpSession admin = signIn(adminName);
    mvc.perform(get("/admin/users").session(admin))
        .andExpect(content().string(containsString(victim)))
        .andExpect(content().string(containsString(token.token().prefix())))
        .andExpect(content().string(not(containsString(token.secret()))));

    // Without a CSRF token the button does nothing.
    mvc.perform(post("/admin/users/" + victim + "/disable").session(admin))
        .andExpect(status().isForbidden());
    assertThat(accounts.findUser(victim).orElseThrow().disabled()).isFalse();

    mvc.perform(post("/admin/users/" + victim + "/disable").session(admin).with(csrf()))
        .andExpect(redirectedUrl("/admin/users"));
    assertThat(accounts.findUser(victim).orElseThrow().disabled()).isTrue();

    // The signed-in session is over: a protected page sends the browser back to sign in.
    mvc.perform(get("/account/password").session(victimSession)).andExpect(redirectedUrl("/login"));
    assertThat(victimSession.isInvalid()).isTrue();
    mvc.perform(get("/api/v1/transfers").header("Authorization", bearer(token.secret())))
        .andExpect(status().isUnauthorized());

    mvc.perform(post("/admin/users/" + victim + "/enable").session(admin).with(csrf()))
        .andExpect(redirectedUrl("/admin/users"));
    mvc.perform(get("/api/v1/transfers").header("Authorization", bearer(token.secret())))
        .andExpect(status().isOk());

    mvc.perform(post("/admin/tokens/" + token.token().id() + "/revoke").session(admin).with(csrf()))
        .andExpect(redirectedUrl("/admin/users"));
    mvc.perform(get("/api/v1/transfers").header("Authorization", bearer(token.secret())))
        .andExpect(status().isUnauthorized());

    String audit =
        mvc.perform(get("/api/v1/admin/audit").param("user", victim).session(admin))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(audit)
        .contains("," + adminName + ",user_disabled,account," + victim)
        .contains("," + adminName + ",user_enabled,account," + victim)
        .contains("," + adminName + ",token_revoked,token," + token.token().id());
  }

  @Test
  void aSessionEndsWhenTheUserIsDisabledFromTheCommandLine() throws Exception {
    String name = user(Role.REVIEWER);
    MockHttpSession session = signIn(name);
    mvc.perform(get("/login").session(session))
        .andExpect(content().string(containsString("Signed in as <strong>" + name)));

    accounts.setDisabled(name, true, "cli");

    mvc.perform(get("/login").session(session))
        .andExpect(content().string(not(containsString("Signed in as"))));
    mvc.perform(post("/api/v1/transfers/x/submit").session(session).with(csrf()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anAdminCannotDisableThemself() throws Exception {
    String name = user(Role.ADMIN);
    MockHttpSession admin = signIn(name);
    mvc.perform(post("/admin/users/" + name + "/disable").session(admin).with(csrf()))
        .andExpect(redirectedUrl("/admin/users"));
    assertThat(accounts.findUser(name).orElseThrow().disabled()).isFalse();
  }

  @Test
  void fiveWrongPasswordsAreNotedInTheAuditLog() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    // Five wrong passwords lock a name (LoginThrottle.MAX_FAILURES in the web module).
    for (int i = 0; i < 5; i++) {
      mvc.perform(post("/login").param("username", name).param("password", "no" + i).with(csrf()));
    }
    String audit =
        mvc.perform(
                get("/api/v1/admin/audit")
                    .param("user", name)
                    .header("Authorization", bearer(token(Role.ADMIN))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(audit).contains(",system,login_locked,account," + name + ",,5 wrong passwords");
  }

  /** A new contributor who has saved a draft transfer with this id; their username. */
  private String contributorWithDraft(String id) {
    String author = user(Role.CONTRIBUTOR);
    writer.saveTransfers(
        List.of(AuthorizationMatrixTest.transfer(id, PublicationState.DRAFT)),
        author,
        "created as a draft");
    return author;
  }
}
