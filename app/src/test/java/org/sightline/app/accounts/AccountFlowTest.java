package org.sightline.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.app.testing.Bodies.okBody;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.store.accounts.Role;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing in and out without dead ends (issue 11, item 4): the header names who is signed in and
 * signs out; a page that needs a changed password leads to the password form instead of a 403, and
 * after the change the user lands where they were going (or on "My work").
 */
class AccountFlowTest extends SecurityTestContext {

  @Test
  void theHeaderSaysWhoIsSignedInAndSignsOut() throws Exception {
    String name = user(Role.CONTRIBUTOR);
    MockHttpSession session = signIn(name, PASSWORD);
    String page =
        mvc.perform(get("/search").session(session)).andReturn().getResponse().getContentAsString();
    String header = page.substring(0, page.indexOf("</header>"));
    assertThat(header)
        .contains("id=\"signed-in-as\" href=\"/account\">" + name + "</a>")
        .contains("href=\"/my-work\"")
        .contains("action=\"/logout\"")
        .doesNotContain(">Sign in</a>");
    mvc.perform(post("/logout").session(session).with(csrf()))
        .andExpect(redirectedUrl("/login?logout"));
    String anonymous = mvc.perform(get("/search")).andReturn().getResponse().getContentAsString();
    assertThat(anonymous.substring(0, anonymous.indexOf("</header>")))
        .contains(">Sign in</a>")
        .doesNotContain("/logout");
  }

  @Test
  void aPageThatNeedsAChangedPasswordLeadsToTheFormAndThenOnToThatPage() throws Exception {
    String name = user(Role.CONTRIBUTOR, true);
    MockHttpSession session = signIn(name, PASSWORD);
    mvc.perform(get("/review").session(session)).andExpect(redirectedUrl("/account/password"));
    String form = okBody(mvc, get("/account/password").session(session));
    assertThat(form.substring(0, form.indexOf("</header>")))
        .contains("Choose a password")
        .contains("action=\"/logout\"");
    mvc.perform(passwordChange(session, "a much longer passphrase"))
        .andExpect(redirectedUrl("http://localhost/review?continue"));
    mvc.perform(get("/review").session(session)).andExpect(status().isOk());
  }

  @Test
  void withoutAPageToGoBackToTheChangeLeadsToMyWork() throws Exception {
    String name = user(Role.REVIEWER, true);
    MockHttpSession session = signIn(name, PASSWORD);
    mvc.perform(passwordChange(session, "another long passphrase"))
        .andExpect(redirectedUrl("/my-work?password-changed"));
    String work = okBody(mvc, get("/my-work").param("password-changed", "").session(session));
    assertThat(work).contains("Your password is changed.");
  }

  private MockHttpSession signIn(String name, String password) throws Exception {
    MvcResult login =
        mvc.perform(post("/login").param("username", name).param("password", password).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    return (MockHttpSession) login.getRequest().getSession(false);
  }
}
