package org.sightline.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.ResponderKind;
import org.sightline.core.model.TransferResponse;

class ResponseRulesTest {
  private final ResponseRules rules = new ResponseRules(Countries.bundled());

  static TransferResponse response(String link) {
    return new TransferResponse(
        "R1",
        "T0001",
        "Example Vision Ltd",
        ResponderKind.COMPANY,
        null,
        "CN",
        "2024-03-01",
        "We sell only to lawful customers.",
        link,
        "reply to a letter");
  }

  private List<String> fields(TransferResponse r) {
    return rules.check(r).stream().map(Violation::field).toList();
  }

  @Test
  void aCompleteResponseWithAnHttpsLinkPasses() {
    assertThat(rules.check(response("https://example.com/statement"))).isEmpty();
    assertThat(rules.check(response("http://example.com/statement"))).isEmpty();
    assertThat(rules.check(response(null))).isEmpty();
  }

  @Test
  void onlyWebLinksAreAccepted() {
    for (String bad :
        List.of(
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "ftp://example.com/file",
            "//example.com/no-scheme",
            "https://",
            "https://example.com/\"><script>",
            "https://exa mple.com/")) {
      assertThat(fields(response(bad))).as(bad).containsExactly("link");
    }
  }

  @Test
  void nameKindDateAndTextAreRequiredAndDatesAreDays() {
    TransferResponse empty =
        new TransferResponse("R1", "T1", " ", null, null, null, null, "", null, null);
    assertThat(fields(empty)).containsExactly("responder_name", "responder_kind", "date", "text");

    TransferResponse badDate = ministrySays("XX", "2024-02-30");
    assertThat(fields(badDate)).containsExactly("country", "date");

    TransferResponse future = ministrySays(null, "2999-01-01");
    assertThat(fields(future)).containsExactly("date");
  }

  @Test
  void responderKindsHaveLowerCaseKeys() {
    assertThat(ResponderKind.fromKey("Government")).contains(ResponderKind.GOVERNMENT);
    assertThat(ResponderKind.fromKey("ngo")).isEmpty();
    assertThat(ResponderKind.OTHER.key()).isEqualTo("other");
  }

  /** A government's "No." of the given country and date. */
  private static TransferResponse ministrySays(String country, String date) {
    return new TransferResponse(
        "R1", "T1", "Ministry", ResponderKind.GOVERNMENT, null, country, date, "No.", null, null);
  }
}
