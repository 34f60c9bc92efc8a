package org.sightline.core.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.TransferResponse;

/**
 * The rules a response must pass before it is stored, whatever the way in (API or web form). The
 * link is the sensitive field: it becomes a clickable link on a public page, so only absolute
 * http(s) URLs with a host are accepted ({@code javascript:} and {@code data:} never are).
 */
public final class ResponseRules {
  public static final int MAX_NAME = 500;
  public static final int MAX_TEXT = 8000;
  public static final int MAX_LINK = 2000;
  public static final int MAX_OBTAINED = 500;

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");

  private final Countries countries;

  public ResponseRules(Countries countries) {
    this.countries = countries;
  }

  public List<Violation> check(TransferResponse r) {
    List<Violation> out = new ArrayList<>();
    required("responder_name", r.responderName(), MAX_NAME, out);
    if (r.responderKind() == null) {
      out.add(new Violation("responder_kind", "must be company, government or other"));
    }
    if (r.organizationId() != null && !ID.matcher(r.organizationId()).matches()) {
      out.add(new Violation("organization_id", "is not a register id"));
    }
    if (r.country() != null && !countries.isKnownCode(r.country())) {
      out.add(
          new Violation(
              "country", "'" + r.country() + "' is not an ISO 3166-1 alpha-2 country code"));
    }
    if (r.date() == null || r.date().isBlank()) {
      out.add(new Violation("date", "is required"));
    } else if (!isDay(r.date())) {
      out.add(new Violation("date", "must be a day as YYYY-MM-DD"));
    } else if (LocalDate.parse(r.date()).isAfter(LocalDate.now().plusDays(1))) {
      out.add(new Violation("date", "is in the future"));
    }
    required("text", r.text(), MAX_TEXT, out);
    if (r.link() != null) {
      if (r.link().length() > MAX_LINK) {
        out.add(new Violation("link", "is longer than " + MAX_LINK + " characters"));
      } else if (!isWebLink(r.link())) {
        out.add(new Violation("link", "must be an http or https address"));
      }
    }
    if (r.howObtained() != null && r.howObtained().length() > MAX_OBTAINED) {
      out.add(new Violation("how_obtained", "is longer than " + MAX_OBTAINED + " characters"));
    }
    return out;
  }

  /** An absolute http(s) URL with a host, and nothing that could break out of an attribute. */
  public static boolean isWebLink(String url) {
    if (url == null || url.chars().anyMatch(c -> c < 0x21 || c == '"' || c == '<' || c == '>')) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean isDay(String s) {
    if (!DATE.matcher(s).matches()) {
      return false;
    }
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static void required(String field, String value, int max, List<Violation> out) {
    if (value == null || value.isBlank()) {
      out.add(new Violation(field, "is required"));
    } else if (value.length() > max) {
      out.add(new Violation(field, "is longer than " + max + " characters"));
    }
  }
}
