package org.sightline.app.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sightline.app.review.FieldLabels;
import org.sightline.app.web.PageText;
import org.sightline.core.extract.text.DocumentDates;
import org.sightline.store.documents.Label;
import tools.jackson.databind.JsonNode;

/** One candidate as its card on the extraction review page shows it. */
record CandidateCard(
    int number,
    int index,
    String suppliers,
    String supplierCountry,
    String recipientCountry,
    String endUser,
    List<String> technologies,
    String when,
    String value,
    String financing,
    String status,
    String confidence,
    boolean newOrganization,
    List<String> quotes,
    Label decision,
    String decisionHref,
    List<CandidateDuplicates.Flag> duplicates,
    List<String> needsADate,
    String score,
    List<ScoreDriver> drivers) {

  /** Where a candidate merged into a published record links: its proposal in the queue. */
  public String proposalHref() {
    Matcher m =
        decision == null || decision.reason() == null
            ? null
            : MERGED_AS_PROPOSAL.matcher(decision.reason());
    return m != null && m.matches() ? "/review#proposal-" + m.group(1) : null;
  }

  /** The reason {@link ExtractionService#addAsSource} records when the merge is a proposal. */
  static final Pattern MERGED_AS_PROPOSAL =
      Pattern.compile("added as a source to \\S+, proposal (\\d+)");

  /** The card of candidate {@code index} (0-based) as stored with its document. */
  static CandidateCard of(
      int index,
      JsonNode c,
      Label decision,
      String decisionHref,
      List<CandidateDuplicates.Flag> duplicates,
      boolean undated,
      PageText text) {
    List<String> orgs = new ArrayList<>();
    c.path("supplier_orgs").forEach(o -> orgs.add(o.asString()));
    List<String> tech = new ArrayList<>();
    c.path("technologies").forEach(t -> tech.add(text.technologyLabel(t.asString())));
    List<String> quotes = new ArrayList<>();
    c.path("evidence").forEach(e -> quotes.add(e.path("text").asString()));
    JsonNode year = c.get("year");
    JsonNode month = c.get("month");
    String when =
        year == null || year.isNull()
            ? null
            : month == null || month.isNull()
                ? String.valueOf(year.asInt())
                : String.format(Locale.ROOT, "%04d-%02d", year.asInt(), month.asInt());
    JsonNode v = c.get("value");
    String value =
        v == null || v.isNull()
            ? null
            : text.amount(v.path("amount").decimalValue(), v.path("currency").asString(null));
    JsonNode f = c.get("financing");
    String financing = null;
    if (f != null && !f.isNull()) {
      String lender = f.path("lender").asString(null);
      JsonNode amount = f.get("amount");
      String money =
          amount == null || amount.isNull()
              ? null
              : text.amount(amount.decimalValue(), f.path("currency").asString(null));
      financing = lender == null ? money : money == null ? lender : lender + ", " + money;
    }
    return new CandidateCard(
        index + 1,
        index,
        String.join(", ", orgs),
        country(c.get("supplier_country")),
        country(c.get("recipient_country")),
        c.path("end_user").isString() ? c.get("end_user").asString() : null,
        tech,
        when,
        value,
        financing,
        text.statusLabel(c.path("status").asString(null)),
        String.format(Locale.ROOT, "%.2f", c.path("confidence").asDouble()),
        c.path("new_organization").asBoolean(false),
        quotes,
        decision,
        decisionHref,
        duplicates,
        // Said on the candidate, with a date field: the words it could not place without one.
        undated && when == null && decision == null
            ? DocumentDates.needingADate(String.join("\n", quotes))
            : List.of(),
        String.format(
            Locale.ROOT,
            "%.2f",
            c.path("model").path("score").asDouble(c.path("confidence").asDouble())),
        ScoreDriver.stored(c.path("model").path("drivers")));
  }

  private static String country(JsonNode code) {
    if (code == null || code.isNull()) {
      return null;
    }
    return FieldLabels.country(code.asString());
  }
}
