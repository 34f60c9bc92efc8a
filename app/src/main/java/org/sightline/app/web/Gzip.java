package org.sightline.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.web.server.Compression;

/**
 * Which kept pages are compressed, under the server's own settings ({@code server.compression}),
 * and which clients take the compressed form.
 */
record Gzip(boolean enabled, Set<String> mimeTypes, long minBytes) {
  static Gzip of(Compression compression) {
    Set<String> types = new HashSet<>();
    for (String type : compression.getMimeTypes()) {
      types.add(type.trim().toLowerCase(Locale.ROOT));
    }
    return new Gzip(
        compression.getEnabled(), Set.copyOf(types), compression.getMinResponseSize().toBytes());
  }

  /** The gzip form of a body of this type, or null when the server would send it as it is. */
  byte[] compress(byte[] body, String contentType) {
    if (!enabled || contentType == null || body.length < minBytes) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    if (!mimeTypes.contains(type.toLowerCase(Locale.ROOT))) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("compressing in memory failed", e);
    }
    return out.toByteArray();
  }

  /** Whether a request's Accept-Encoding (null: none) takes gzip; a q of 0 refuses it. */
  static boolean accepted(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.split(";");
      if (!parts[0].trim().equalsIgnoreCase("gzip")) {
        continue;
      }
      for (int i = 1; i < parts.length; i++) {
        String param = parts[i].trim();
        if (param.startsWith("q=") && param.substring(2).trim().matches("0(\\.0*)?")) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
