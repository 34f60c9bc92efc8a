package org.sightline.app.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;
import org.sightline.app.web.PublicPageCache.Generation;
import org.sightline.app.web.PublicPageCache.Page;
import org.sightline.app.web.security.ApiBudget;
import org.springframework.boot.jetty.servlet.JettyServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends the answers {@link PublicPageCache} keeps straight from Jetty, ahead of the servlet layer:
 * a kept answer then costs no servlet request and response objects, no filter chain and no
 * servlet-API header handling (issue 15, ADR 0035). It decides nothing of its own: anonymity,
 * validators, the kept page, its encoding and the API budget are the cache's and the budget's, and
 * what it sends is what the filter sends for the same request. Whatever it does not find kept (a
 * page not rendered yet in this version, a request with a cookie or credentials, any other method
 * or address) goes on to the servlet layer unchanged, where the filter renders and keeps it. It
 * sits just in front of the servlet context, inside Jetty's compression handler, so that handler
 * treats both alike.
 */
final class KeptAnswerHandler extends Handler.Wrapper {
  // As the servlet response writes the type SecurityErrors sets.
  private static final String JSON = "application/json;charset=utf-8";

  private final PublicPageCache cache;
  private final ApiBudget budget;

  /** Answers sent here; read by the tests only, to tell the handler's answers from the filter's. */
  private final LongAdder answered = new LongAdder();

  KeptAnswerHandler(PublicPageCache cache, ApiBudget budget) {
    this.cache = cache;
    this.budget = budget;
  }

  long answered() {
    return answered.sum();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    boolean headOnly = HttpMethod.HEAD.is(method);
    HttpFields fields = request.getHeaders();
    String uri = request.getHttpURI().getPath();
    // Anonymous beyond doubt only without any cookie (a session may be among them), credentials or
    // path parameters (;jsessionid=...); the filter tells the rest apart, as before.
    if (!(headOnly || HttpMethod.GET.is(method))
        || uri == null
        || uri.indexOf(';') >= 0
        || fields.contains(HttpHeader.COOKIE)
        || fields.contains(HttpHeader.AUTHORIZATION)
        || !PublicPageCache.isPublicPage(uri)) {
      return super.handle(request, response, callback);
    }
    Generation current;
    try {
      current = cache.current();
    } catch (RuntimeException e) {
      // The version could not be read (the database is away): the servlet layer answers as it
      // always has, with the outage filter's 503.
      return super.handle(request, response, callback);
    }
    boolean notModified =
        PublicPageCache.notModified(
            fields.get(HttpHeader.IF_NONE_MATCH),
            () -> fields.getDateField(HttpHeader.IF_MODIFIED_SINCE),
            current);
    Page page = null;
    if (!notModified) {
      page = cache.kept(current, request.isSecure(), uri, request.getHttpURI().getQuery());
      if (page == null) {
        return super.handle(request, response, callback);
      }
    }
    answered.increment();
    HttpFields.Mutable headers = response.getHeaders();
    JettyHeaders kept = new JettyHeaders(headers);
    if (PublicPageCache.isPublicApiRead(uri)) {
      ApiBudget.Admission admission = budget.admitAnonymous(Request.getRemoteAddr(request));
      if (!admission.admitted()) {
        byte[] body = admission.refusal().getBytes(StandardCharsets.UTF_8);
        response.setStatus(429);
        headers.put(HttpHeader.RETRY_AFTER, admission.retryAfterSeconds());
        headers.put(HttpHeader.CONTENT_TYPE, JSON);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        send(response, callback, body, headOnly);
        return true;
      }
      if (admission.limited()) {
        headers.put("X-RateLimit-Remaining", Long.toString(admission.remaining()));
      }
    }
    PublicPageCache.validators(kept, current);
    if (notModified) {
      response.setStatus(304);
      response.write(true, null, callback);
      return true;
    }
    response.setStatus(200);
    boolean takesGzip = Gzip.accepted(fields.get(HttpHeader.ACCEPT_ENCODING));
    send(response, callback, PublicPageCache.encoded(kept, page, takesGzip), headOnly);
    return true;
  }

  /** The body in one write, its length declared first; a HEAD gets the length alone. */
  private static void send(Response response, Callback callback, byte[] body, boolean headOnly) {
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, headOnly ? null : ByteBuffer.wrap(body), callback);
  }

  private record JettyHeaders(HttpFields.Mutable fields) implements PublicPageCache.Headers {
    @Override
    public void set(String name, String value) {
      fields.put(name, value);
    }

    @Override
    public void add(String name, String value) {
      fields.add(name, value);
    }

    @Override
    public void addKept(Page page) {
      for (HttpField field : page.jettyHeaders()) {
        fields.add(field);
      }
    }

    @Override
    public Iterable<String> values(String name) {
      return fields.getValuesList(name);
    }
  }

  /**
   * A kept page's own headers with its type and language (as the servlet response's setLocale and
   * setContentType write them), encoded once when it is kept: turning each header into bytes for
   * every answer was about a tenth of a cached answer's CPU (ADR 0035).
   */
  static List<HttpField> preEncoded(
      List<Map.Entry<String, String>> headers, String contentType, Locale locale) {
    List<HttpField> fields = new ArrayList<>(headers.size() + 2);
    for (Map.Entry<String, String> header : headers) {
      fields.add(new PreEncodedHttpField(header.getKey(), header.getValue()));
    }
    fields.add(
        new PreEncodedHttpField(HttpHeader.CONTENT_LANGUAGE, locale.toString().replace('_', '-')));
    if (contentType != null) {
      fields.add(new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, contentType));
    }
    return List.copyOf(fields);
  }

  /** Puts the handler in front of the servlet context, inside the server's other handlers. */
  static void insert(Server server, KeptAnswerHandler handler) {
    Handler.Wrapper outer = null;
    Handler next = server.getHandler();
    while (next instanceof Handler.Wrapper wrapper && !(next instanceof ContextHandler)) {
      outer = wrapper;
      next = wrapper.getHandler();
    }
    handler.setHandler(next);
    if (outer == null) {
      server.setHandler(handler);
    } else {
      outer.setHandler(handler);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Serving {
    /** Jetty runs the handler's life cycle, not Spring (no destroy method). */
    @Bean(destroyMethod = "")
    KeptAnswerHandler keptAnswerHandler(PublicPageCache cache, ApiBudget budget) {
      return new KeptAnswerHandler(cache, budget);
    }

    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> keptAnswersFromJetty(
        KeptAnswerHandler handler) {
      return factory -> factory.addServerCustomizers(server -> insert(server, handler));
    }
  }
}
