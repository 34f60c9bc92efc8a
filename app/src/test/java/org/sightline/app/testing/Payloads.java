package org.sightline.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The corpus of hostile inputs in {@code payloads.txt}, one per line, comments left out. */
public final class Payloads {
  /**
   * The searches issue 13 found failing or finding nothing: typos, Chinese script, abbreviations,
   * letters run into digits, technology words and query-syntax characters.
   */
  public static final List<String> SEARCHES =
      List.of(
          "Hikvison",
          "华为",
          "Exim",
          "ECU911",
          "facial recognition",
          "\"",
          "Hikvision/Dahua",
          "Huawei!",
          "Huawei:",
          "huawei AND (",
          "*:*",
          "\\");

  private Payloads() {}

  public static List<String> all() {
    try (InputStream in = Payloads.class.getResourceAsStream("payloads.txt")) {
      if (in == null) {
        throw new IllegalStateException("payloads.txt is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("# "))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payloads that would set {@code window.__xss} if a page ran them. */
  public static List<String> scripts() {
    return all().stream().filter(p -> p.contains("__xss")).toList();
  }
}
