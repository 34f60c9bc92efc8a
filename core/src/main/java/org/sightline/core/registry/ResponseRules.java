package org.sightline.core.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.TransferResponse;
import org.sightline.core.schema.Checks;
import org.sightline.core.schema.FieldContext;
import org.sightline.core.schema.FieldTypes;

/**
 * The rules a response must pass before it is stored, whatever the way in (API or web form). The
 * link is the sensitive field: it becomes a clickable link on a public page, so only absolute
 * http(s) URLs with a host are accepted ({@link Checks#isWebUrl}, the check source URLs pass too);
 * unlike a source URL it also has a length limit, as the form takes it from anyone signed in.
 */
public final class ResponseRules {
  public static final int MAX_NAME = 500;
  public static final int MAX_TEXT = 8000;
  public static final int MAX_LINK = Checks.MAX_URL;
  public static final int MAX_OBTAINED = 500;

  private final FieldContext context;

  public ResponseRules(Countries countries) {
    this.context = new FieldContext(countries);
  }

  public List<Violation> check(TransferResponse r) {
    List<Violation> out = new ArrayList<>();
    required("responder_name", r.responderName(), MAX_NAME, out);
    if (r.responderKind() == null) {
      out.add(new Violation("responder_kind", "must be company, government or other"));
    }
    if (r.organizationId() != null && !Checks.isRecordId(r.organizationId())) {
      out.add(new Violation("organization_id", "is not a register id"));
    }
    if (r.country() != null) {
      String problem = FieldTypes.COUNTRY.problem(r.country(), context);
      if (problem != null) {
        out.add(new Violation("country", problem));
      }
    }
    if (r.date() == null || r.date().isBlank()) {
      out.add(new Violation("date", "is required"));
    } else if (!Checks.isDay(r.date())) {
      out.add(new Violation("date", "must be a day as YYYY-MM-DD"));
    } else if (LocalDate.parse(r.date()).isAfter(LocalDate.now().plusDays(1))) {
      out.add(new Violation("date", "is in the future"));
    }
    required("text", r.text(), MAX_TEXT, out);
    if (r.link() != null) {
      if (r.link().length() > MAX_LINK) {
        out.add(new Violation("link", "is longer than " + MAX_LINK + " characters"));
      } else if (!Checks.isWebUrl(r.link())) {
        out.add(new Violation("link", "must be an http or https address"));
      }
    }
    if (r.howObtained() != null && r.howObtained().length() > MAX_OBTAINED) {
      out.add(new Violation("how_obtained", "is longer than " + MAX_OBTAINED + " characters"));
    }
    return out;
  }

  private static void required(String field, String value, int max, List<Violation> out) {
    if (value == null || value.isBlank()) {
      out.add(new Violation(field, "is required"));
    } else if (value.length() > max) {
      out.add(new Violation(field, "is longer than " + max + " characters"));
    }
  }
}
