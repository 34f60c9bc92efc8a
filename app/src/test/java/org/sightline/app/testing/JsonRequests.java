package org.sightline.app.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Requests with a JSON body, as the API's clients send them: anonymous, or with the given {@code
 * Authorization} header (e.g. {@code "Bearer …"}).
 */
public final class JsonRequests {
  private JsonRequests() {}

  public static MockHttpServletRequestBuilder postJson(String path, String json) {
    return post(path).contentType(MediaType.APPLICATION_JSON).content(json);
  }

  public static MockHttpServletRequestBuilder postJson(
      String path, String authorization, String json) {
    return postJson(path, json).header("Authorization", authorization);
  }

  public static MockHttpServletRequestBuilder putJson(String path, String json) {
    return put(path).contentType(MediaType.APPLICATION_JSON).content(json);
  }

  public static MockHttpServletRequestBuilder putJson(
      String path, String authorization, String json) {
    return putJson(path, json).header("Authorization", authorization);
  }
}
