package org.sightline.app.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.TransferStatus;
import org.sightline.core.schema.Checks;
import org.springframework.stereotype.Component;

/**
 * Labels and formats the templates use ({@code ${@pageText.countryName(code)}}). Everything it
 * returns is still escaped by the template ({@code th:text}); {@link #safeUrl} additionally keeps
 * links to the web: a source URL such as {@code javascript:...} is shown as text, never as a link.
 */
@Component("pageText")
public record PageText(Countries countries) {
  public String countryName(String code) {
    return code == null ? "unknown" : countries.nameOf(code);
  }

  public String technologyLabel(String key) {
    return TechnologyCategory.fromKey(key).map(TechnologyCategory::label).orElse(key);
  }

  public String technologyLabel(TechnologyCategory category) {
    return category == null ? "" : category.label();
  }

  public String statusLabel(TransferStatus status) {
    return status == null ? "status unknown" : statusLabel(status.key());
  }

  public String statusLabel(String key) {
    return key == null
        ? "status unknown"
        : key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
  }

  /** A record's workflow state in words, as contributors read it. */
  public String stateLabel(PublicationState state) {
    if (state == null) {
      return "unknown";
    }
    return switch (state) {
      case DRAFT -> "draft, not submitted";
      case IN_REVIEW -> "in review";
      case PUBLISHED -> "published";
      case RETRACTED -> "retracted or discarded";
    };
  }

  /** "2011", "2011–2029", "from 2011" style; empty when no year is known. */
  public String years(Integer start, Integer end) {
    if (start == null && end == null) {
      return "year unknown";
    }
    if (start == null) {
      return "until " + end;
    }
    if (end == null || end.equals(start)) {
      return Integer.toString(start);
    }
    return start + "\u2013" + end;
  }

  public String amount(BigDecimal amount, String currency) {
    if (amount == null) {
      return "amount not stated";
    }
    String number = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(amount);
    if (amount.scale() > 0) {
      number = NumberFormat.getNumberInstance(Locale.ENGLISH).format(amount);
    }
    return (currency == null ? "" : currency + " ") + number;
  }

  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(java.time.ZoneOffset.UTC);

  /** "29 Nov 2026, 20:35 UTC". */
  public String when(java.time.Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  /**
   * A document's language as the review pages name it: "Spanish (es)"; "language not identified"
   * for an undetermined or unknown code, null when the document predates identification.
   */
  public String language(String code) {
    if (code == null) {
      return null;
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) || "und".equals(code)
        ? "language not identified"
        : name + " (" + code + ")";
  }

  /** The URL when it is an http(s) link, else null (the template then shows it as text only). */
  public String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.trim();
    return Checks.isWebUrl(u) ? u : null;
  }
}
