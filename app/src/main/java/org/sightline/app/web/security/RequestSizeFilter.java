package org.sightline.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;

/**
 * Refuses request bodies over the limit with 413 before anything reads them: JSON and other bodies
 * over {@code sightline.limits.json-body}, form posts over {@code sightline.limits.form-body}. A
 * declared Content-Length is checked at once; a body without one (chunked) is read up to the limit
 * and refused as soon as it goes beyond. Multipart uploads have limits of their own
 * (spring.servlet.multipart.*): one that declares more than the request limit is refused here
 * before any of it is read (a client that waits for "100 Continue" gets the 413 instead of a reset
 * connection); the rest pass through to the multipart parser.
 */
final class RequestSizeFilter extends OncePerRequestFilter {
  static final String EXTRACT = "/api/v1/extract";
  private final long jsonLimit;
  private final long formLimit;
  private final long extractLimit;
  private final long multipartLimit;
  private final ITemplateEngine pages;

  RequestSizeFilter(
      DataSize jsonLimit,
      DataSize formLimit,
      DataSize extractLimit,
      DataSize multipartLimit,
      ITemplateEngine pages) {
    this.jsonLimit = jsonLimit.toBytes();
    this.formLimit = formLimit.toBytes();
    this.extractLimit = extractLimit.toBytes();
    this.multipartLimit = multipartLimit.toBytes();
    this.pages = pages;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (contentType(request).startsWith("multipart/")) {
      if (request.getContentLengthLong() > multipartLimit) {
        uploadTooLarge(request, response);
      } else {
        chain.doFilter(request, response);
      }
      return;
    }
    boolean form = contentType(request).startsWith("application/x-www-form-urlencoded");
    // A whole article posted as JSON for extraction is larger than any record; the extraction
    // endpoint checks the document itself against sightline.extract.max-bytes.
    long limit =
        form ? formLimit : EXTRACT.equals(request.getRequestURI()) ? extractLimit : jsonLimit;
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      tooLarge(request, response, limit);
      return;
    }
    if (declared >= 0) {
      chain.doFilter(request, response);
      return;
    }
    // No length given: read at most limit + 1 bytes to find out.
    byte[] body =
        request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit + 1));
    if (body.length > limit) {
      tooLarge(request, response, limit);
      return;
    }
    chain.doFilter(new BufferedBody(request, body), response);
  }

  private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
      throws IOException {
    String message = "the request body is larger than the limit of " + describe(limit);
    // The unread body is not wanted; closing the connection spares reading it.
    response.setHeader("Connection", "close");
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      SecurityErrors.json(response, 413, "payload_too_large", message);
    } else {
      ErrorPage.render(
          pages, response, 413, "Too large", "The form was too large: " + message + ".");
    }
  }

  /**
   * The answer the multipart parser would give (see {@code UploadLimit}), before any of the upload
   * is read. The answer is sent at once; then up to {@link #UNWANTED_UPLOAD_READ} of the upload is
   * read and thrown away, so a client still sending (most send the whole body before they read)
   * gets the answer instead of a connection reset by a server that closed with unread bytes. Tomcat
   * did this itself (max-swallow-size); Jetty closes at once (ADR 0035). ScreeningApiTest and
   * ExtractApiTest send 50 MB and 14 MB and read this answer.
   */
  private void uploadTooLarge(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String message = "the upload is too large (the limit is " + describe(multipartLimit) + ")";
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      SecurityErrors.json(response, 413, "too_large", message);
    } else {
      ErrorPage.render(pages, response, 413, "Too large", "The " + message + ".");
    }
    response.flushBuffer();
    try (InputStream unwanted = request.getInputStream()) {
      unwanted.skipNBytes(Math.min(request.getContentLengthLong(), UNWANTED_UPLOAD_READ));
    } catch (IOException gone) {
      // The client stopped sending: nothing left to spare it from.
    }
  }

  /**
   * How much of a refused upload is read so that its sender gets the answer (as Tomcat's 64 MB).
   */
  private static final long UNWANTED_UPLOAD_READ = 64L * 1024 * 1024;

  static String describe(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }

  private static String contentType(HttpServletRequest request) {
    String type = request.getContentType();
    return type == null ? "" : type.toLowerCase(Locale.ROOT).trim();
  }

  /** The request with its body already read into memory (at most the limit). */
  private static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return false;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already in memory");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
