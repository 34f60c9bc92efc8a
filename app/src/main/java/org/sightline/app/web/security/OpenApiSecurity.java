package org.sightline.app.web.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.List;
import java.util.Map;
import org.sightline.app.web.Roles;
import org.sightline.store.accounts.Role;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.AuthorizationManagerWebInvocationPrivilegeEvaluator.HttpServletRequestTransformer;
import org.springframework.security.web.access.PathPatternRequestTransformer;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Declares in {@code /v3/api-docs} how to authenticate (a bearer token, or the session cookie of a
 * signed-in browser) and which role each operation needs. The role is not written by hand: each
 * operation is put to the live security rules as anonymous, contributor, reviewer and admin, and
 * the least role let through is documented, so the document cannot drift from the rules.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiSecurity {
  static final String BEARER = "bearerToken";
  static final String SESSION = "sessionCookie";
  static final String ROLE_EXTENSION = "x-sightline-role";

  /**
   * Requests made up to ask the rules (above) are plain requests: the rules' first line asks for
   * the dispatcher type, which Spring Security's stand-in request does not answer.
   */
  @Bean
  static HttpServletRequestTransformer privilegeEvaluatorRequests() {
    PathPatternRequestTransformer paths = new PathPatternRequestTransformer();
    return request ->
        new HttpServletRequestWrapper(paths.transform(request)) {
          @Override
          public DispatcherType getDispatcherType() {
            return DispatcherType.REQUEST;
          }
        };
  }

  @Bean
  OpenApiCustomizer securitySchemes(WebInvocationPrivilegeEvaluator rules) {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi
          .getComponents()
          .addSecuritySchemes(
              BEARER,
              new SecurityScheme()
                  .type(SecurityScheme.Type.HTTP)
                  .scheme("bearer")
                  .description(
                      "An API token from 'sightline token create NAME'; it acts with its role."))
          .addSecuritySchemes(
              SESSION,
              new SecurityScheme()
                  .type(SecurityScheme.Type.APIKEY)
                  .in(SecurityScheme.In.COOKIE)
                  .name("JSESSIONID")
                  .description(
                      "The session of a browser signed in at /login; writes also need the CSRF"
                          + " token of the page."));
      if (openApi.getPaths() == null) {
        return;
      }
      openApi
          .getPaths()
          .forEach(
              (path, item) -> {
                for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    item.readOperationsMap().entrySet()) {
                  Role least = leastRole(rules, op.getKey().name(), concrete(path));
                  if (least != null) {
                    document(op.getValue(), least);
                  }
                }
              });
    };
  }

  /** Null when anonymous callers are let through. */
  static Role leastRole(WebInvocationPrivilegeEvaluator rules, String method, String uri) {
    Authentication anonymous =
        new AnonymousAuthenticationToken(
            "openapi", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    if (rules.isAllowed("", uri, method, anonymous)) {
      return null;
    }
    for (Role role : Role.values()) {
      Authentication caller =
          UsernamePasswordAuthenticationToken.authenticated(
              "openapi", null, Roles.authorities(role));
      if (rules.isAllowed("", uri, method, caller)) {
        return role;
      }
    }
    return Role.ADMIN;
  }

  private static void document(Operation operation, Role role) {
    operation.setSecurity(
        List.of(
            new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(SESSION)));
    operation.addExtension(ROLE_EXTENSION, role.key());
    String note = "Requires the " + role.key() + " role (or higher).";
    operation.setDescription(
        operation.getDescription() == null ? note : note + " " + operation.getDescription());
  }

  /** {@code /api/v1/transfers/{id}/publish} → {@code /api/v1/transfers/x/publish}. */
  static String concrete(String template) {
    return template.replaceAll("\\{[^}]*}", "x");
  }
}
