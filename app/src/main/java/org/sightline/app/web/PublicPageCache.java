package org.sightline.app.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpField;
import org.sightline.app.web.security.ApiBudget;
import org.sightline.core.model.Revision;
import org.sightline.store.registry.Register;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Freshness and reuse for the public pages and the public API reads. They depend only on the
 * published register, so their version is the register's ({@link RegisterHead}): a response gets an
 * ETag and Last-Modified from it, a revalidation that matches is answered 304, and the bytes are
 * kept per version so a popular page or API answer is rendered once per change rather than once per
 * reader. A write through this instance (any request that is not a GET or HEAD) makes the next
 * reader ask the database for the version at once; writes by other instances show within the
 * register head's recheck interval.
 *
 * <p>Only successful anonymous GETs are cached; error responses get no validator. Signed-in readers
 * and API token holders bypass the cache entirely. Entries are kept in a Caffeine cache bounded in
 * bytes, so nonsense query strings cannot grow it without limit; the least useful make room for new
 * ones.
 *
 * <p>It runs before Spring Security (order -100): a cached answer needs none of the security
 * chain's work, which cost two to three times the rest of serving it (issue 15). So a kept page
 * carries the headers the chain gave it when it was rendered (the security headers among them) and
 * they are sent again with it, and a cached API answer spends the caller's {@link ApiBudget} here,
 * as the rate-limit filter would have. Before the chain the reader is not known yet: only a request
 * with no session (cookie or already made) and no Authorization header is anonymous beyond doubt,
 * and only those are served from or kept in the cache.
 *
 * <p>A kept page is compressed once, when it is kept, under the server's compression settings, and
 * a reader whose client accepts gzip gets those bytes: compressing the same page again for every
 * reader cost more than all the rest of serving it (issue 15).
 *
 * <p>Most kept answers never reach this filter: {@link KeptAnswerHandler} sends them from Jetty,
 * ahead of the servlet layer, with the rules kept here ({@link #current}, {@link #notModified},
 * {@link #kept}, {@link #validators}, {@link #encoded}). This filter renders and keeps answers, and
 * answers the readers the handler leaves to it (any cookie, path parameters, an outage).
 */
@Component
// After the size limit and the database-outage filter (-200, -199: a failed version check is a
// 503), before Spring Security (-100). A kept answer sent by KeptAnswerHandler meets no filter at
// all: a filter that must see every public read has to be a Jetty handler before it.
@Order(PublicPageCache.BEFORE_SECURITY)
class PublicPageCache extends OncePerRequestFilter {
  static final int BEFORE_SECURITY = -150;
  private static final long MAX_BYTES = 64L << 20;
  private static final int MAX_ENTRY_BYTES = 2 << 20;
  private static final Duration RENDER_WAIT = Duration.ofSeconds(10);

  /** Changes with every start, so a new version of the pages never matches an old ETag. */
  private static final String DEPLOYMENT = Long.toString(System.currentTimeMillis(), 36);

  /**
   * Headers a page does not keep: set anew for every answer (validators, length, rate limit), or
   * kept apart (type). A page whose rendering set a cookie is not kept at all.
   */
  private static final Set<String> NOT_KEPT =
      Set.of(
          "etag",
          "last-modified",
          "cache-control",
          "vary",
          "content-type",
          "content-language",
          "content-length",
          "date",
          "x-ratelimit-remaining",
          "retry-after");

  private final Register register;
  private final RegisterHead head;
  private final ApiBudget budget;
  private final Gzip gzip;
  private volatile Generation generation =
      new Generation(new RegisterHead.Version(-1, -1, -1), null);

  /** Pages by revision and address; a page of an older revision is never asked for again. */
  private final Cache<String, Page> pages =
      Caffeine.newBuilder()
          .maximumWeight(MAX_BYTES)
          .<String, Page>weigher((key, page) -> key.length() + page.weight())
          .build();

  /** Pages being rendered now, by the same key: the first reader renders, the others wait. */
  private final ConcurrentHashMap<String, CompletableFuture<Page>> rendering =
      new ConcurrentHashMap<>();

  PublicPageCache(Register register, RegisterHead head, ApiBudget budget, ServerProperties server) {
    this.register = register;
    this.head = head;
    this.budget = budget;
    this.gzip = Gzip.of(server.getCompression());
  }

  /**
   * A kept answer: its bytes, their gzip form (null when not worth compressing), type, language and
   * the headers to send again with it.
   */
  record Page(
      byte[] body,
      byte[] gzipped,
      String contentType,
      Locale locale,
      List<Map.Entry<String, String>> headers,
      List<HttpField> jettyHeaders) {
    Page(
        byte[] body,
        byte[] gzipped,
        String contentType,
        Locale locale,
        List<Map.Entry<String, String>> headers) {
      this(
          body,
          gzipped,
          contentType,
          locale,
          headers,
          KeptAnswerHandler.preEncoded(headers, contentType, locale));
    }

    int weight() {
      return body.length + (gzipped == null ? 0 : gzipped.length);
    }
  }

  /**
   * The register's version, when it last changed and its ETag and Last-Modified (made once per
   * version; the date as the server writes one).
   */
  record Generation(
      RegisterHead.Version version, Instant lastModified, String etag, String lastModifiedHeader) {
    Generation(RegisterHead.Version version, Instant lastModified) {
      this(
          version,
          lastModified,
          "W/\""
              + DEPLOYMENT
              + "-"
              + version.lastRevision()
              + "-"
              + version.revisions()
              + "-"
              + version.layersImportedAt()
              + "\"",
          lastModified == null ? null : DateGenerator.formatDate(lastModified.toEpochMilli()));
    }

    /** Last-Modified in milliseconds, or -1 when unknown (an empty register). */
    long lastModifiedMillis() {
      return lastModified == null ? -1 : lastModified.toEpochMilli();
    }
  }

  /** Public pages of the published register; a path ending in {@code /**} covers those below. */
  private static final List<String> PUBLIC_PAGES =
      List.of(
          "/",
          "/countries/**",
          "/organizations/**",
          "/transfers/**",
          "/search",
          "/search.csv",
          "/search.json",
          "/network");

  /** API reads of the published register (the history and responses of a record included). */
  private static final List<String> PUBLIC_API_READS =
      List.of(
          "/api/v1/stats",
          "/api/v1/countries",
          "/api/v1/countries/**",
          "/api/v1/organizations",
          "/api/v1/organizations/**",
          "/api/v1/transfers",
          "/api/v1/transfers/**");

  static boolean isPublicPage(String path) {
    return matches(PUBLIC_PAGES, path) || isPublicApiRead(path);
  }

  static boolean isPublicApiRead(String path) {
    return matches(PUBLIC_API_READS, path);
  }

  private static boolean matches(List<String> paths, String path) {
    for (String p : paths) {
      boolean below = p.endsWith("/**");
      // Without the "**", and without making a string of it on every request.
      if (below ? path.regionMatches(0, p, 0, p.length() - 2) : path.equals(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRead(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return isRead(request) && !isPublicPage(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isRead(request)) {
      try {
        chain.doFilter(request, response);
      } finally {
        // Whatever it did is committed (or failed) by now; readers must not wait out the recheck.
        head.changed();
      }
      return;
    }
    if (request.getRequestedSessionId() != null
        || request.getSession(false) != null
        || request.getHeader("Authorization") != null) {
      // Maybe signed in (a session or a token): they get a variant of the page (edit links), never
      // cached here, never validated into a 304 from an anonymous copy, and Spring Security's
      // no-store stays on it, so neither variant can be served for the other.
      chain.doFilter(request, response);
      return;
    }
    boolean api = isPublicApiRead(request.getRequestURI());
    Generation current = current();
    ServletHeaders headers = new ServletHeaders(response);
    if (notModified(
        request.getHeader("If-None-Match"),
        () -> request.getDateHeader("If-Modified-Since"),
        current)) {
      if (api && !budget.admit(request, response, null)) {
        return;
      }
      validators(headers, current);
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    String key =
        key(current, request.isSecure(), request.getRequestURI(), request.getQueryString());
    Page cached = pages.getIfPresent(key);
    if (cached == null) {
      // One render per page and version: readers arriving while it renders wait for its bytes
      // instead of rendering the same page side by side (a popular page after a change).
      CompletableFuture<Page> mine = new CompletableFuture<>();
      CompletableFuture<Page> theirs = rendering.putIfAbsent(key, mine);
      if (theirs == null) {
        try {
          Page page = render(request, response, chain, current);
          if (page != null) {
            pages.put(key, page);
          }
          mine.complete(page);
        } finally {
          mine.complete(null);
          rendering.remove(key, mine);
        }
        return;
      }
      cached = awaitOthers(theirs);
      if (cached == null) {
        render(request, response, chain, current);
        return;
      }
    }
    if (api && !budget.admit(request, response, null)) {
      return;
    }
    validators(headers, current);
    // The language first: without an explicit charset it would choose one; the type carries it.
    response.setLocale(cached.locale());
    response.setContentType(cached.contentType());
    byte[] bytes = encoded(headers, cached, Gzip.accepted(request.getHeader("Accept-Encoding")));
    response.setContentLength(bytes.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(bytes);
    }
  }

  /**
   * The cache key of a kept answer. The scheme is part of it: the security headers differ for HTTPS
   * (Strict-Transport-Security).
   */
  private static String key(Generation current, boolean secure, String uri, String query) {
    return current.etag() + (secure ? " https " : " http ") + uri + "?" + query;
  }

  /**
   * The page kept for an anonymous read of this address in this generation, or null when there is
   * none yet (it has to be rendered, through the filter chain).
   */
  Page kept(Generation current, boolean secure, String uri, String query) {
    return pages.getIfPresent(key(current, secure, uri, query));
  }

  /**
   * Renders the response, gives a successful one its validators (a client must never revalidate an
   * error into a 304) and returns it as a page to keep, or null when it is not one.
   */
  private Page render(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      Generation current)
      throws ServletException, IOException {
    ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
    // Set first, so Spring Security's header writer leaves its no-store off a public page.
    wrapper.setHeader("Cache-Control", "no-cache");
    chain.doFilter(request, wrapper);
    Page page = null;
    if (wrapper.getStatus() == HttpServletResponse.SC_OK) {
      validators(new ServletHeaders(wrapper), current);
      byte[] body = wrapper.getContentAsByteArray();
      List<Map.Entry<String, String>> headers = keptHeaders(wrapper);
      if (body.length <= MAX_ENTRY_BYTES && headers != null) {
        String type = wrapper.getContentType();
        page = new Page(body, gzip.compress(body, type), type, wrapper.getLocale(), headers);
      }
    }
    wrapper.copyBodyToResponse();
    return page;
  }

  /** The headers to send again with a kept page, or null when it must not be kept (a cookie). */
  private static List<Map.Entry<String, String>> keptHeaders(HttpServletResponse response) {
    List<Map.Entry<String, String>> kept = new ArrayList<>();
    for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("set-cookie")) {
        return null;
      }
      if (!NOT_KEPT.contains(lower)) {
        for (String value : response.getHeaders(name)) {
          kept.add(Map.entry(name, value));
        }
      }
    }
    return List.copyOf(kept);
  }

  /** The page another request is rendering, or null if it fails, is no page, or takes too long. */
  private static Page awaitOthers(CompletableFuture<Page> theirs) throws IOException {
    try {
      return theirs.get(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a page to render");
    } catch (ExecutionException | TimeoutException e) {
      return null;
    }
  }

  /**
   * Whether a revalidation matches the current generation. If-None-Match wins over
   * If-Modified-Since (RFC 9110 13.2.2), whose date is read only when needed: the server's parser
   * throws IllegalArgumentException on a date it cannot read, which never matches.
   */
  static boolean notModified(String ifNoneMatch, LongSupplier ifModifiedSince, Generation current) {
    String etag = current.etag();
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
    long lastModified = current.lastModifiedMillis();
    if (lastModified < 0) {
      return false;
    }
    long since;
    try {
      since = ifModifiedSince.getAsLong();
    } catch (IllegalArgumentException unparseable) {
      return false;
    }
    return since >= 0 && lastModified / 1000 * 1000 <= since;
  }

  /**
   * The header operations a kept answer needs, on the servlet response (this filter) or on Jetty's
   * own ({@link KeptAnswerHandler}), so both send the same headers.
   */
  interface Headers {
    void set(String name, String value);

    void add(String name, String value);

    /** The kept page's own headers (type, language and length are the caller's). */
    void addKept(Page page);

    Iterable<String> values(String name);
  }

  private record ServletHeaders(HttpServletResponse response) implements Headers {
    @Override
    public void set(String name, String value) {
      response.setHeader(name, value);
    }

    @Override
    public void add(String name, String value) {
      response.addHeader(name, value);
    }

    @Override
    public void addKept(Page page) {
      for (Map.Entry<String, String> header : page.headers()) {
        response.addHeader(header.getKey(), header.getValue());
      }
    }

    @Override
    public Iterable<String> values(String name) {
      return response.getHeaders(name);
    }
  }

  static void validators(Headers response, Generation current) {
    response.set("ETag", current.etag());
    if (current.lastModifiedHeader() != null) {
      response.set("Last-Modified", current.lastModifiedHeader());
    }
    // Caches may keep the page but must ask again before reusing it: cheap with the ETag. The
    // page differs for signed-in readers (who always get it fresh), hence Vary: Cookie.
    response.set("Cache-Control", "no-cache");
    response.add("Vary", "Cookie");
  }

  /**
   * Adds a kept page's own headers and, when it is kept compressed, its encoding for this client;
   * returns the bytes to send. Type, language and length are the caller's: the servlet API and
   * Jetty's set them differently.
   */
  static byte[] encoded(Headers response, Page page, boolean takesGzip) {
    response.addKept(page);
    if (page.gzipped() == null) {
      return page.body();
    }
    if (!variesByEncoding(response)) {
      response.add("Vary", "Accept-Encoding");
    }
    if (!takesGzip) {
      return page.body();
    }
    // With its encoding set, the server does not compress the answer a second time.
    response.set("Content-Encoding", "gzip");
    return page.gzipped();
  }

  /** Whether the server's own compression already said so (Jetty does, before any filter). */
  private static boolean variesByEncoding(Headers response) {
    for (String vary : response.values("Vary")) {
      if (vary.equalsIgnoreCase("Accept-Encoding")) {
        return true;
      }
    }
    return false;
  }

  /** The generation of the register now; may ask the database (at most once per recheck). */
  Generation current() {
    RegisterHead.Version version = head.current();
    Generation g = generation;
    if (!g.version().equals(version)) {
      synchronized (this) {
        g = generation;
        if (!g.version().equals(version)) {
          g = new Generation(version, lastChange(version));
          generation = g;
          // Every cached entry is of an older version now: free the room at once.
          pages.invalidateAll();
        }
      }
    }
    return g;
  }

  /** The newest revision's time, or the last layer import's when that is later. */
  private Instant lastChange(RegisterHead.Version version) {
    Instant revision = timeOf(version.lastRevision());
    Instant layers =
        version.layersImportedAt() > 0 ? Instant.ofEpochMilli(version.layersImportedAt()) : null;
    if (revision == null || (layers != null && layers.isAfter(revision))) {
      return layers;
    }
    return revision;
  }

  private Instant timeOf(long revision) {
    if (revision <= 0) {
      return null;
    }
    List<Revision> newest = register.revisionsAfter(revision - 1, 1);
    return newest.isEmpty() ? null : newest.get(0).createdAt();
  }
}
