package org.sightline.app.web.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sightline.app.testing.SecurityTestContext;

/**
 * The OpenAPI document says how to authenticate and which role each operation needs, read from the
 * live security rules.
 */
class OpenApiSecurityTest extends SecurityTestContext {
  @Test
  void theDocumentDeclaresTheBearerAndSessionSchemesAndTheRolesOperationsNeed() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.securitySchemes.bearerToken.type").value("http"))
        .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"))
        .andExpect(jsonPath("$.components.securitySchemes.sessionCookie.type").value("apiKey"))
        .andExpect(jsonPath("$.components.securitySchemes.sessionCookie.in").value("cookie"))
        .andExpect(jsonPath("$.components.securitySchemes.sessionCookie.name").value("JSESSIONID"))
        .andExpect(jsonPath("$.paths['/api/v1/transfers'].post.security[0].bearerToken").exists())
        .andExpect(jsonPath("$.paths['/api/v1/transfers'].post.security[1].sessionCookie").exists())
        .andExpect(
            jsonPath("$.paths['/api/v1/transfers'].post['x-sightline-role']").value("contributor"))
        .andExpect(
            jsonPath("$.paths['/api/v1/transfers/{id}/publish'].post['x-sightline-role']")
                .value("reviewer"))
        .andExpect(
            jsonPath("$.paths['/api/v1/admin/audit'].get['x-sightline-role']").value("admin"))
        .andExpect(
            jsonPath("$.paths['/api/v1/admin/audit'].get.description")
                .value(org.hamcrest.Matchers.startsWith("Requires the admin role")))
        .andExpect(jsonPath("$.paths['/api/v1/transfers'].get.security").doesNotExist())
        .andExpect(jsonPath("$.paths['/api/v1/countries'].get['x-sightline-role']").doesNotExist());
  }
}
