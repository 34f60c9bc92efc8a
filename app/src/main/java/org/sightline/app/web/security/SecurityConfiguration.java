package org.sightline.app.web.security;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.sightline.app.web.Roles;
import org.sightline.store.accounts.AccountEvent;
import org.sightline.store.accounts.Accounts;
import org.sightline.store.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains. Requests carrying {@code Authorization: Bearer} are scripts: stateless, no
 * CSRF (no cookie is involved, so no cross-site forgery), 401/403 as JSON. Everything else is a
 * browser: form login at {@code /login}, a session cookie (HttpOnly, SameSite=Lax, Secure over
 * HTTPS; see application.properties) and CSRF protection on every state-changing request.
 *
 * <p>Reading stays public: every GET of pages, API, OpenAPI, health and static files is anonymous.
 * Writing needs a role; admin includes reviewer, which includes contributor.
 */
@Configuration(proxyBeanMethods = false)
@Import({Accounts.class, AuditLog.class})
class SecurityConfiguration {
  /**
   * No inline scripts or styles anywhere; scripts, styles, images and fetches from this origin
   * only; no framing.
   */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** Swagger UI sets style attributes from its own scripts, so it alone may use inline styles. */
  static final String SWAGGER_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");
  private static final RequestMatcher SWAGGER =
      PathPatternRequestMatcher.pathPattern("/swagger-ui/**");

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** bcrypt, with the {@code {id}} prefix so the algorithm can be changed without a migration. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  LoginThrottle loginThrottle(Clock clock) {
    return new LoginThrottle(clock);
  }

  @Bean
  UserDetailsService userDetailsService(Accounts accounts, LoginThrottle throttle) {
    return new AccountUserDetails(accounts, throttle);
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.withDefaultRolePrefix()
        .role("ADMIN")
        .implies("REVIEWER")
        .role("REVIEWER")
        .implies("CONTRIBUTOR")
        .build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain bearerChain(HttpSecurity http, Accounts accounts, Clock clock)
      throws Exception {
    http.securityMatcher(BearerTokenFilter::hasBearer)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .addFilterBefore(
            new BearerTokenFilter(accounts, clock), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(SecurityConfiguration::rules)
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(SecurityErrors.apiUnauthorized())
                    .accessDeniedHandler(SecurityErrors.apiForbidden()));
    headers(http);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain browserChain(HttpSecurity http, LoginThrottle throttle, Accounts accounts)
      throws Exception {
    SavedRequestAwareAuthenticationSuccessHandler toSavedPage =
        new SavedRequestAwareAuthenticationSuccessHandler();
    http.addFilterAfter(new ActiveSessionFilter(accounts), SecurityContextHolderFilter.class);
    http.authorizeHttpRequests(SecurityConfiguration::rules)
        .formLogin(
            f ->
                f.loginPage("/login")
                    .permitAll()
                    // No request details (they would hold the client's address) on the login.
                    .authenticationDetailsSource(request -> null)
                    .failureHandler(
                        (request, response, e) -> {
                          request.setAttribute(LoginRateLimitFilter.FAILED, Boolean.TRUE);
                          if (e instanceof LockedException) {
                            response.sendRedirect("/login?locked");
                          } else {
                            String username = request.getParameter("username");
                            throttle.failed(username);
                            if (throttle.isLocked(username)) {
                              noteLock(accounts, username);
                            }
                            response.sendRedirect("/login?error");
                          }
                        })
                    .successHandler(
                        (request, response, auth) -> {
                          throttle.succeeded(auth.getName());
                          if (auth.getAuthorities().stream()
                              .anyMatch(
                                  a -> Roles.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()))) {
                            response.sendRedirect("/account/password");
                          } else {
                            toSavedPage.onAuthenticationSuccess(request, response, auth);
                          }
                        }))
        .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
        .csrf(
            c ->
                // An API call without a session cookie cannot be a forged browser request, so it
                // goes straight to authorization (and gets 401, not a CSRF 403).
                c.ignoringRequestMatchers(
                    request -> API.matches(request) && request.getSession(false) == null))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(SecurityErrors.apiUnauthorized(), API)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                    .defaultAccessDeniedHandlerFor(SecurityErrors.apiForbidden(), API)
                    .defaultAccessDeniedHandlerFor(
                        SecurityErrors.pageForbidden(), request -> true));
    headers(http);
    return http.build();
  }

  /** The audit log notes when a real account's sign-in is paused (unknown names are not kept). */
  private static void noteLock(Accounts accounts, String username) {
    accounts
        .findUser(username)
        .ifPresent(
            a ->
                accounts.recordEvent(
                    Accounts.SYSTEM,
                    AccountEvent.LOGIN_LOCKED,
                    a.username(),
                    LoginThrottle.MAX_FAILURES
                        + " wrong passwords within "
                        + LoginThrottle.WINDOW.toMinutes()
                        + " minutes"));
  }

  /** Who may do what; shared by both chains so a token and a session get the same answers. */
  private static void rules(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
    a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
        .permitAll()
        .requestMatchers(
            HttpMethod.POST, "/api/v1/transfers/*/publish", "/api/v1/transfers/*/retract")
        .hasRole("REVIEWER")
        .requestMatchers(HttpMethod.POST, "/api/v1/transfers", "/api/v1/transfers/*/submit")
        .hasRole("CONTRIBUTOR")
        .requestMatchers(HttpMethod.PUT, "/api/v1/transfers/*")
        .hasRole("CONTRIBUTOR")
        .requestMatchers(HttpMethod.POST, "/api/v1/extract")
        .hasRole("CONTRIBUTOR")
        .requestMatchers(HttpMethod.GET, "/api/v1/extract/labels")
        .hasRole("REVIEWER")
        .requestMatchers("/review/extract", "/review/extract/**")
        .hasRole("CONTRIBUTOR")
        .requestMatchers(
            HttpMethod.POST,
            "/api/v1/transfers/*/responses/*/publish",
            "/api/v1/transfers/*/responses/*/retract",
            "/transfers/*/responses/*/publish")
        .hasRole("REVIEWER")
        .requestMatchers(HttpMethod.POST, "/api/v1/transfers/*/responses", "/transfers/*/responses")
        .hasRole("CONTRIBUTOR")
        .requestMatchers(HttpMethod.POST, "/account/public-name")
        .hasRole("CONTRIBUTOR")
        .requestMatchers(
            HttpMethod.POST,
            "/api/v1/organizations/*/publish",
            "/api/v1/organizations/*/retract",
            "/api/v1/proposals/*/approve",
            "/api/v1/proposals/*/reject",
            "/review/transfers/*/*",
            "/review/organizations/*/*",
            "/review/proposals/*/*")
        .hasRole("REVIEWER")
        .requestMatchers(
            HttpMethod.POST,
            "/api/v1/organizations",
            "/api/v1/organizations/*/submit",
            "/api/v1/transfers/*/sources",
            "/edit/**")
        .hasRole("CONTRIBUTOR")
        .requestMatchers(HttpMethod.PUT, "/api/v1/organizations/*")
        .hasRole("CONTRIBUTOR")
        .requestMatchers(
            HttpMethod.GET, "/review", "/review/**", "/my-work", "/edit/**", "/api/v1/proposals")
        .hasRole("CONTRIBUTOR")
        .requestMatchers("/admin/**", "/api/v1/admin/**")
        .hasRole("ADMIN")
        .requestMatchers("/account/**")
        .authenticated()
        // Screening reads the register and is open to all (rate-limited, see ApiRateLimitFilter);
        // saving a report checks for a signed-in user itself (ADR 0019).
        .requestMatchers(HttpMethod.POST, "/api/v1/screen", "/screen")
        .permitAll()
        .requestMatchers(HttpMethod.GET, "/**")
        .permitAll()
        .requestMatchers(HttpMethod.HEAD, "/**")
        .permitAll()
        // Any other write needs a role: a session that still must change its one-time password
        // (authenticated, but without a role) can do nothing else.
        .anyRequest()
        .hasRole("CONTRIBUTOR");
  }

  private static void headers(HttpSecurity http) throws Exception {
    http.headers(
        h ->
            h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .addHeaderWriter(
                    new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(SWAGGER),
                        new StaticHeadersWriter("Content-Security-Policy", CSP)))
                .addHeaderWriter(
                    new DelegatingRequestMatcherHeaderWriter(
                        SWAGGER, new StaticHeadersWriter("Content-Security-Policy", SWAGGER_CSP))));
  }
}
