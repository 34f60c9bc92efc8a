package org.sightline.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;
import org.sightline.store.accounts.Role;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sign-in, CSRF, bearer tokens and security headers, as browsers and scripts meet them. */
class WebSecurityTest extends SecurityTestContext {

  @Test
  void readingStaysAnonymous() throws Exception {
    for (String path :
        new String[] {
          "/",
          "/search",
          "/api/v1/transfers",
          "/api/v1/stats",
          "/v3/api-docs",
          "/actuator/health",
          "/css/site.css",
          "/login"
        }) {
      mvc.perform(get(path)).andExpect(status().isOk());
    }
  }

  @Test
  void pagesCarryTheSecurityHeaders() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
        .andExpect(
            header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
        .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("Referrer-Policy", "same-origin"))
        .andExpect(header().doesNotExist("Strict-Transport-Security"));
    // A page served again from the public page cache still has them.
    mvc.perform(get("/"))
        .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    mvc.perform(get("/").secure(true))
        .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
  }

  @Test
  void theLoginPageIsInTheSiteLayoutWithACsrfToken() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("class=\"site-header\"")))
        .andExpect(content().string(containsString("name=\"_csrf\"")))
        .andExpect(content().string(not(containsString("<script>"))));
    mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/login\"")));
  }

  @Test
  void signingInWithTheRightPasswordOpensASession() throws Exception {
    String name = user(Role.REVIEWER);

    MvcResult result =
        mvc.perform(post("/login").param("username", name).param("password", PASSWORD).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/"))
            .andReturn();

    MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
    mvc.perform(get("/login").session(session))
        .andExpect(content().string(containsString("Signed in as <strong>" + name)));
  }

  @Test
  void aWrongPasswordOrUnknownUserIsRefusedAlike() throws Exception {
    String name = user(Role.REVIEWER);
    mvc.perform(post("/login").param("username", name).param("password", "wrong").with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(
            post("/login")
                .param("username", "nobody-here")
                .param("password", PASSWORD)
                .with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(get("/login?error"))
        .andExpect(content().string(containsString("Wrong username or password")));
  }

  @Test
  void aDisabledAccountCannotSignIn() throws Exception {
    String name = user(Role.ADMIN);
    accounts.setDisabled(name, true);
    mvc.perform(post("/login").param("username", name).param("password", PASSWORD).with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
    String name = user(Role.REVIEWER);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      mvc.perform(
              post("/login").param("username", name).param("password", "guess" + i).with(csrf()))
          .andExpect(redirectedUrl("/login?error"));
    }

    mvc.perform(post("/login").param("username", name).param("password", PASSWORD).with(csrf()))
        .andExpect(redirectedUrl("/login?locked"));
    mvc.perform(get("/login?locked")).andExpect(content().string(containsString("paused")));
    // Other accounts are not affected: the lock is per username, not per address.
    mvc.perform(
            post("/login")
                .param("username", user(Role.REVIEWER))
                .param("password", PASSWORD)
                .with(csrf()))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void failuresLogNeitherAddressesNorUserAgents() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    root.addAppender(logged);
    try {
      String agent = "Sightline-Test-Agent/1.0";
      RequestPostProcessor fromAddress =
          r -> {
            r.setRemoteAddr("203.0.113.7");
            return r;
          };
      mvc.perform(
          post("/login")
              .param("username", "nobody")
              .param("password", "x")
              .with(csrf())
              .header("User-Agent", agent)
              .with(fromAddress));
      mvc.perform(
          get("/api/v1/transfers")
              .header("Authorization", bearer("slt_wrong"))
              .header("User-Agent", agent)
              .with(fromAddress));
      mvc.perform(post("/api/v1/transfers").header("User-Agent", agent).with(fromAddress));
    } finally {
      root.detachAppender(logged);
    }
    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .noneMatch(m -> m.contains("203.0.113.7") || m.contains("Sightline-Test-Agent"));
  }

  @Test
  void formPostsWithoutACsrfTokenAreRefused() throws Exception {
    String name = user(Role.REVIEWER);
    mvc.perform(post("/login").param("username", name).param("password", PASSWORD))
        .andExpect(status().isForbidden());
    mvc.perform(post("/logout")).andExpect(status().isForbidden());
  }

  @Test
  void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
    String name = user(Role.CONTRIBUTOR, true);

    MvcResult login =
        mvc.perform(post("/login").param("username", name).param("password", PASSWORD).with(csrf()))
            .andExpect(redirectedUrl("/account/password"))
            .andReturn();
    MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
    mvc.perform(get("/account/password").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Choose a password")));
    // Until then the account has no role: writing is forbidden.
    mvc.perform(post("/api/v1/transfers").session(session).with(csrf()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.error").value("forbidden"));

    mvc.perform(passwordChange(session, "short"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("at least 12 characters")));
    MvcResult changed =
        mvc.perform(passwordChange(session, "a much longer passphrase"))
            .andExpect(redirectedUrl("/my-work?password-changed"))
            .andReturn();

    assertThat(accounts.findUser(name).orElseThrow().mustChangePassword()).isFalse();
    MockHttpSession after = (MockHttpSession) changed.getRequest().getSession(false);
    assertThat(
            encoder.matches(
                "a much longer passphrase", accounts.findUser(name).orElseThrow().passwordHash()))
        .isTrue();
    mvc.perform(get("/login").session(after))
        .andExpect(content().string(containsString("Signed in as <strong>" + name)));
    mvc.perform(
            post("/login")
                .param("username", name)
                .param("password", "a much longer passphrase")
                .with(csrf()))
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void thePasswordPageNeedsASignedInUser() throws Exception {
    mvc.perform(get("/account/password"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login"));
  }

  @Test
  void aValidBearerTokenIsAcceptedAndItsUseNotedByDay() throws Exception {
    String secret = token(Role.CONTRIBUTOR);

    mvc.perform(get("/api/v1/transfers").header("Authorization", bearer(secret)))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("Set-Cookie"));

    assertThat(accounts.findToken(secret).orElseThrow().lastUsedOn())
        .isEqualTo(LocalDate.now(ZoneOffset.UTC));
  }

  @Test
  void unknownExpiredAndRevokedTokensAre401Json() throws Exception {
    for (String secret :
        new String[] {
          "slt_not-a-real-token", "garbage", revokedToken(Role.ADMIN), expiredToken(Role.ADMIN)
        }) {
      mvc.perform(get("/api/v1/transfers").header("Authorization", bearer(secret)))
          .andExpect(status().isUnauthorized())
          .andExpect(jsonPath("$.error").value("unauthorized"));
    }
  }

  @Test
  void aDisabledUsersTokenStopsWorking() throws Exception {
    String name = user(Role.ADMIN);
    String secret = accounts.createToken(name, null, java.time.Duration.ofDays(1)).secret();
    accounts.setDisabled(name, true);

    mvc.perform(get("/api/v1/transfers").header("Authorization", bearer(secret)))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> login =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
            HttpResponse.BodyHandlers.ofString());

    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax");
    assertThat(cookie).doesNotContain("Secure");
    assertThat(login.body()).doesNotContain("Exception");
  }

  @Test
  void aForbiddenPageIsHtmlAndAForbiddenApiCallIsJson() throws Exception {
    // A contributor (a session that must still change its password is led to the password form
    // instead: AccountFlowTest).
    String name = user(Role.CONTRIBUTOR);
    MvcResult login =
        mvc.perform(post("/login").param("username", name).param("password", PASSWORD).with(csrf()))
            .andReturn();
    MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

    mvc.perform(post("/api/v1/transfers").session(session))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value("the request lacks a valid CSRF token"));
    // Browsers get the site's error page (MockMvc records the forward; the page is fetched next).
    mvc.perform(post("/review/transfers/T0001/publish").session(session).with(csrf()))
        .andExpect(status().isForbidden())
        .andExpect(forwardedUrl(ForbiddenPage.FORBIDDEN));
    mvc.perform(get(ForbiddenPage.FORBIDDEN))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("Not allowed")))
        .andExpect(content().string(containsString("class=\"site-header\"")))
        .andExpect(content().string(not(containsString("Exception"))));
  }
}
