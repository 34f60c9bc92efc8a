package org.sightline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.app.testing.TestRecords;
import org.sightline.app.web.security.ApiBudget;
import org.sightline.app.web.security.RateLimitProperties;
import org.sightline.core.layers.Layer;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.store.db.Database;
import org.sightline.store.db.DatabaseConfig;
import org.sightline.store.layers.LayerStore;
import org.sightline.store.registry.JdbcRegister;
import org.sightline.store.registry.RegisterWriter;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * Public pages and API reads are rendered once per version of the register, on a real embedded
 * database: a write through this instance is seen by the very next reader; a write by another
 * instance (here: straight into the database) once the register head rechecks.
 */
class PublicPageCacheTest {
  @TempDir Path data;
  private Database database;
  private JdbcRegister register;
  private final AtomicInteger renders = new AtomicInteger();

  /** Stands in for the controllers: every render is counted and says which one it was. */
  private final Servlet renderer =
      new HttpServlet() {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
          response.setContentType("text/html;charset=UTF-8");
          response.getWriter().write("render " + renders.incrementAndGet());
        }
      };

  @BeforeEach
  void openRegister() {
    database = Database.open(DatabaseConfig.embedded(data));
    register = new JdbcRegister(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aPopularPageIsRenderedOncePerVersionAndRevalidatesWithItsETag() throws Exception {
    PublicPageCache cache = cache(Duration.ofHours(1), 1000);
    MockHttpServletResponse first = get(cache, "/countries/EC");
    MockHttpServletResponse second = get(cache, "/countries/EC");

    assertThat(renders).hasValue(1);
    assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
    MockHttpServletRequest revalidation = new MockHttpServletRequest("GET", "/countries/EC");
    revalidation.addHeader("If-None-Match", first.getHeader("ETag"));
    MockHttpServletResponse notModified = new MockHttpServletResponse();
    cache.doFilter(revalidation, notModified, new MockFilterChain(renderer));
    assertThat(notModified.getStatus()).isEqualTo(304);
  }

  @Test
  void aKeptPageIsCompressedOnceAndSentCompressedOnlyToClientsThatTakeGzip() throws Exception {
    PublicPageCache cache = cache(Duration.ofHours(1), 1000);
    String big = "<p>Ecuador's ECU 911 network</p>".repeat(200);
    Servlet page =
        new HttpServlet() {
          @Override
          protected void service(HttpServletRequest request, HttpServletResponse response)
              throws IOException {
            renders.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(request.getRequestURI().endsWith("/small") ? "tiny" : big);
          }
        };
    MockHttpServletResponse first = get(cache, "/countries/EC", page, null);
    MockHttpServletResponse zipped = get(cache, "/countries/EC", page, "br, gzip;q=0.8");
    MockHttpServletResponse refused = get(cache, "/countries/EC", page, "gzip;q=0, br");
    MockHttpServletResponse tiny = get(cache, "/countries/small", page, null);
    MockHttpServletResponse tinyAgain = get(cache, "/countries/small", page, "gzip");

    assertThat(renders).hasValue(2);
    assertThat(first.getHeader("Content-Encoding")).isNull();
    assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
    assertThat(zipped.getHeaders("Vary")).contains("Accept-Encoding");
    assertThat(zipped.getContentLength()).isEqualTo(zipped.getContentAsByteArray().length);
    byte[] unzipped =
        new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray()))
            .readAllBytes();
    assertThat(new String(unzipped, StandardCharsets.UTF_8)).isEqualTo(big);
    assertThat(zipped.getContentAsByteArray().length).isLessThan(big.length() / 10);
    assertThat(refused.getHeader("Content-Encoding")).isNull();
    assertThat(refused.getContentAsString()).isEqualTo(big);
    // Below the server's minimum size a page is sent as it is, as the server would.
    assertThat(tinyAgain.getHeader("Content-Encoding")).isNull();
    assertThat(tinyAgain.getContentAsString())
        .isEqualTo(tiny.getContentAsString())
        .isEqualTo("tiny");
  }

  @Test
  void readersArrivingWhileAPageRendersWaitForItInsteadOfRenderingItAgain() throws Exception {
    PublicPageCache cache = cache(Duration.ofHours(1), 1000);
    CountDownLatch release = new CountDownLatch(1);
    Servlet slow =
        new HttpServlet() {
          @Override
          protected void service(HttpServletRequest request, HttpServletResponse response)
              throws IOException {
            int n = renders.incrementAndGet();
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("render " + n);
          }
        };
    MockHttpServletResponse first = new MockHttpServletResponse();
    MockHttpServletResponse second = new MockHttpServletResponse();
    Thread a = new Thread(() -> filter(cache, "/network", first, slow));
    a.start();
    awaitState(() -> renders.get() == 1);
    Thread b = new Thread(() -> filter(cache, "/network", second, slow));
    b.start();
    // b is parked, either waiting for a's page or (were it rendering too) in the renderer.
    awaitState(() -> b.getState() == Thread.State.TIMED_WAITING);
    release.countDown();
    a.join(30_000);
    b.join(30_000);

    assertThat(renders).hasValue(1);
    assertThat(first.getContentAsString()).isEqualTo("render 1");
    assertThat(second.getContentAsString()).isEqualTo("render 1");
    assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
  }

  @Test
  void publicApiReadsAreCachedButSignedInReadersAlwaysGetAFreshAnswer() throws Exception {
    PublicPageCache cache = cache(Duration.ofHours(1), 1000);
    get(cache, "/api/v1/stats");
    get(cache, "/api/v1/stats");
    assertThat(renders).hasValue(1);

    // The cache runs before Spring Security: a session cookie or a token may be a signed-in
    // reader, so neither is answered from, or kept in, the cache.
    MockHttpServletRequest withSession = new MockHttpServletRequest("GET", "/api/v1/stats");
    withSession.setRequestedSessionId("a-session");
    MockHttpServletResponse response = new MockHttpServletResponse();
    cache.doFilter(withSession, response, new MockFilterChain(renderer));
    assertThat(renders).hasValue(2);
    assertThat(response.getHeader("ETag")).isNull();
    MockHttpServletRequest withToken = new MockHttpServletRequest("GET", "/api/v1/stats");
    withToken.addHeader("Authorization", "Bearer sl_secret");
    cache.doFilter(withToken, new MockHttpServletResponse(), new MockFilterChain(renderer));
    assertThat(renders).hasValue(3);

    get(cache, "/api/v1/admin/audit");
    get(cache, "/api/v1/admin/audit");
    assertThat(renders).as("not a public read: never cached").hasValue(5);
  }

  @Test
  void aCachedAnswerCarriesTheHeadersOfItsRenderButNeverACookie() throws Exception {
    PublicPageCache cache = cache(Duration.ofHours(1), 1000);
    Servlet withHeaders =
        new HttpServlet() {
          @Override
          protected void service(HttpServletRequest request, HttpServletResponse response)
              throws IOException {
            response.setHeader("Content-Security-Policy", "default-src 'self'");
            response.setLocale(java.util.Locale.ENGLISH);
            if (request.getRequestURI().endsWith("/EC")) {
              response.addHeader("Set-Cookie", "JSESSIONID=made-while-rendering");
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("render " + renders.incrementAndGet());
          }
        };
    for (int i = 0; i < 2; i++) {
      MockHttpServletResponse page = new MockHttpServletResponse();
      filter(cache, "/countries/KE", page, withHeaders);
      assertThat(page.getContentAsString()).isEqualTo("render 1");
      assertThat(page.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
      assertThat(page.getHeader("Content-Language")).isEqualTo("en");
      assertThat(page.getHeader("Cache-Control")).isEqualTo("no-cache");
    }
    filter(cache, "/countries/EC", new MockHttpServletResponse(), withHeaders);
    MockHttpServletResponse again = new MockHttpServletResponse();
    filter(cache, "/countries/EC", again, withHeaders);
    assertThat(again.getContentAsString())
        .as("a render that set a cookie is not kept")
        .isEqualTo("render 3");
  }

  @Test
  void aCachedApiAnswerStillSpendsTheAnonymousBudget() throws Exception {
    PublicPageCache cache = cache(Duration.ofHours(1), 2);
    // The render's own spending is the rate-limit filter's (later in the chain); hits spend here.
    get(cache, "/api/v1/stats");
    assertThat(get(cache, "/api/v1/stats").getHeader("X-RateLimit-Remaining")).isEqualTo("1");
    assertThat(get(cache, "/api/v1/stats").getHeader("X-RateLimit-Remaining")).isEqualTo("0");
    MockHttpServletResponse refused = new MockHttpServletResponse();
    filter(cache, "/api/v1/stats", refused, renderer);
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isNotNull();
    assertThat(renders).hasValue(1);
    assertThat(get(cache, "/countries/EC").getContentAsString())
        .as("pages are not limited")
        .isEqualTo("render 2");
  }

  @Test
  void aWriteThroughThisInstanceIsSeenByTheNextReaderAtOnce() throws Exception {
    PublicPageCache cache = cache(Duration.ofHours(1), 1000);
    String before = get(cache, "/countries/EC").getHeader("ETag");

    // The write happens inside a POST that passes through the filter, as an API write would.
    MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/v1/organizations");
    cache.doFilter(
        post,
        new MockHttpServletResponse(),
        (request, response) -> publishOrganization("O9101", "Written Here Ltd"));

    MockHttpServletResponse after = get(cache, "/countries/EC");
    assertThat(after.getHeader("ETag")).isNotEqualTo(before);
    assertThat(after.getContentAsString()).isEqualTo("render 2");
  }

  @Test
  void aWriteByAnotherInstanceShowsWhenTheHeadRechecks() throws Exception {
    PublicPageCache patient = cache(Duration.ofHours(1), 1000);
    PublicPageCache eager = cache(Duration.ZERO, 1000);
    String patientBefore = get(patient, "/countries/EC").getHeader("ETag");
    String eagerBefore = get(eager, "/countries/EC").getHeader("ETag");

    publishOrganization("O9102", "Written Elsewhere Ltd");

    assertThat(get(patient, "/countries/EC").getHeader("ETag"))
        .as("within the recheck interval the known version stands")
        .isEqualTo(patientBefore);
    assertThat(get(eager, "/countries/EC").getHeader("ETag")).isNotEqualTo(eagerBefore);
  }

  @Test
  void aLayerImportIntoTheDatabaseMakesCachedPagesStale() throws Exception {
    // A command-line import makes no revision, yet country pages show the layers' rows.
    PublicPageCache cache = cache(Duration.ZERO, 1000);
    MockHttpServletResponse before = get(cache, "/countries/EC");
    get(cache, "/countries/EC");
    assertThat(renders).hasValue(1);

    new LayerStore(database).save(oneRowLayer(), "cli");

    MockHttpServletResponse after = get(cache, "/countries/EC");
    assertThat(renders).hasValue(2);
    assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
  }

  private static Layer oneRowLayer() {
    return TestRecords.oneRowLayer(
        "test-layer", "EC", "Ecuador", TechnologyCategory.FACIAL_RECOGNITION, List.of("CN"));
  }

  private static void filter(
      PublicPageCache cache, String path, MockHttpServletResponse response, Servlet servlet) {
    try {
      cache.doFilter(
          new MockHttpServletRequest("GET", path), response, new MockFilterChain(servlet));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Polls a condition about other threads (a hang guard, not a timing check). */
  private static void awaitState(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not reached in 30 s").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private PublicPageCache cache(Duration recheckAfter, long anonymousBudget) {
    RateLimitProperties limits =
        new RateLimitProperties(
            true, Duration.ofHours(1), anonymousBudget, 1000, Duration.ofMinutes(15), 20);
    // Compression as application.properties sets it for the server.
    ServerProperties server = new ServerProperties();
    server.getCompression().setEnabled(true);
    server.getCompression().setMimeTypes(new String[] {"text/html", "application/json"});
    server.getCompression().setMinResponseSize(DataSize.ofKilobytes(1));
    return new PublicPageCache(
        register,
        new RegisterHead(register, new LayerStore(database), recheckAfter),
        new ApiBudget(limits),
        server);
  }

  private MockHttpServletResponse get(PublicPageCache cache, String path) throws Exception {
    return get(cache, path, renderer, null);
  }

  private static MockHttpServletResponse get(
      PublicPageCache cache, String path, Servlet servlet, String acceptEncoding) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    if (acceptEncoding != null) {
      request.addHeader("Accept-Encoding", acceptEncoding);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    cache.doFilter(request, response, new MockFilterChain(servlet));
    assertThat(response.getStatus()).isEqualTo(200);
    return response;
  }

  private void publishOrganization(String id, String name) {
    new RegisterWriter(database)
        .saveOrganizations(
            List.of(TestRecords.vendor(id, name, "FR", PublicationState.PUBLISHED)),
            "cache-test",
            "a new revision");
  }
}
