package org.sightline.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.sightline.core.model.Revision;
import org.sightline.store.registry.Register;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Freshness and reuse for the public pages. A public page depends only on the published register,
 * so its version is the register's newest revision id: the page gets an ETag and Last-Modified from
 * it, a revalidation that matches is answered 304, and the rendered bytes are kept per revision so
 * a popular page is rendered once per change rather than once per reader.
 *
 * <p>Every read asks the register for its newest revision, so instances sharing a database never
 * serve a page older than the latest committed change. Only successful anonymous GETs are cached;
 * error pages get no validator. Signed-in readers bypass this filter entirely. The pages are kept
 * in a Caffeine cache bounded in bytes, so nonsense query strings cannot grow it without limit; the
 * least useful pages make room for new ones.
 */
@Component
// Right after Spring Security (order -100): a cached page still gets the security headers, and
// signed-in readers are known (they bypass the cache); it needs none of the later filters' work.
@Order(PublicPageCache.AFTER_SECURITY)
class PublicPageCache extends OncePerRequestFilter {
  static final int AFTER_SECURITY = -99;
  private static final long MAX_BYTES = 64L << 20;
  private static final int MAX_ENTRY_BYTES = 2 << 20;

  /** Changes with every start, so a new version of the pages never matches an old ETag. */
  private static final String DEPLOYMENT = Long.toString(System.currentTimeMillis(), 36);

  private final Register register;
  private volatile Generation generation = new Generation(-1, null);

  /** Pages by revision and address; a page of an older revision is never asked for again. */
  private final Cache<String, Page> pages =
      Caffeine.newBuilder()
          .maximumWeight(MAX_BYTES)
          .<String, Page>weigher((key, page) -> key.length() + page.body().length)
          .build();

  PublicPageCache(Register register) {
    this.register = register;
  }

  private record Page(byte[] body, String contentType, String disposition) {}

  /** The register's newest revision and when it was written. */
  private record Generation(long revision, Instant lastModified) {}

  static boolean isPublicPage(String path) {
    return path.equals("/")
        || path.startsWith("/countries/")
        || path.startsWith("/organizations/")
        || path.startsWith("/transfers/")
        || path.equals("/search")
        || path.equals("/search.csv")
        || path.equals("/search.json")
        || path.equals("/network");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
        || !isPublicPage(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean anonymous = request.getUserPrincipal() == null && request.getSession(false) == null;
    if (!anonymous) {
      // Signed-in readers get a variant of the page (edit links): never cached here, never
      // validated into a 304 from an anonymous copy, and Spring Security's no-store stays on it,
      // so neither variant can be served for the other.
      chain.doFilter(request, response);
      return;
    }
    Generation current = current();
    String etag = "W/\"" + DEPLOYMENT + "-" + current.revision() + "\"";
    long lastModified = current.lastModified() == null ? -1 : current.lastModified().toEpochMilli();
    if (notModified(request, etag, lastModified)) {
      validators(response, etag, lastModified);
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    String key =
        current.revision() + " " + request.getRequestURI() + "?" + request.getQueryString();
    Page cached = pages.getIfPresent(key);
    if (cached != null) {
      validators(response, etag, lastModified);
      write(response, cached, request.getMethod());
      return;
    }
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    // Only a page gets validators: a client must never revalidate an error into a 304.
    if (wrapper.getStatus() == HttpServletResponse.SC_OK) {
      validators(wrapper, etag, lastModified);
      byte[] body = wrapper.getContentAsByteArray();
      if (body.length <= MAX_ENTRY_BYTES) {
        pages.put(
            key,
            new Page(body, wrapper.getContentType(), wrapper.getHeader("Content-Disposition")));
      }
    }
    wrapper.copyBodyToResponse();
  }

  /** If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2). */
  static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null) {
      String opaque = etag.substring(2);
      for (String candidate : ifNoneMatch.split(",")) {
        String c = candidate.trim();
        if (c.equals("*") || c.equals(etag) || c.equals(opaque) || c.equals("W/" + opaque)) {
          return true;
        }
      }
      return false;
    }
    if (lastModified < 0) {
      return false;
    }
    long since;
    try {
      since = request.getDateHeader("If-Modified-Since");
    } catch (IllegalArgumentException unparseable) {
      return false;
    }
    return since >= 0 && lastModified / 1000 * 1000 <= since;
  }

  private static void validators(HttpServletResponse response, String etag, long lastModified) {
    response.setHeader("ETag", etag);
    if (lastModified >= 0) {
      response.setDateHeader("Last-Modified", lastModified);
    }
    // Caches may keep the page but must ask again before reusing it: cheap with the ETag. The
    // page differs for signed-in readers (who always get it fresh), hence Vary: Cookie.
    response.setHeader("Cache-Control", "no-cache");
    response.addHeader("Vary", "Cookie");
  }

  private static void write(HttpServletResponse response, Page page, String method)
      throws IOException {
    response.setContentType(page.contentType());
    if (page.disposition() != null) {
      response.setHeader("Content-Disposition", page.disposition());
    }
    response.setContentLength(page.body().length);
    if (!"HEAD".equals(method)) {
      response.getOutputStream().write(page.body());
    }
  }

  private Generation current() {
    long revision = register.lastRevisionId();
    Generation g = generation;
    if (g.revision() != revision) {
      synchronized (this) {
        g = generation;
        if (g.revision() != revision) {
          g = new Generation(revision, timeOf(revision));
          generation = g;
          // Every cached page is of an older revision now: free the room at once.
          pages.invalidateAll();
        }
      }
    }
    return g;
  }

  private Instant timeOf(long revision) {
    if (revision <= 0) {
      return null;
    }
    List<Revision> newest = register.revisionsAfter(revision - 1, 1);
    return newest.isEmpty() ? null : newest.get(0).createdAt();
  }
}
