package org.sightline.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sightline.app.review.SnapshotDiff.FieldChange;

class SnapshotDiffTest {
  @Test
  void listsChangedFieldsWithOldAndNewValuesAndIgnoresTheState() {
    String before =
        """
        {"id":"T1","technologies":["spyware"],"summary":"Old.","value":null,
         "sources":[{"url":"https://a.example","evidence":"quote"}],"state":"published"}
        """;
    String after =
        """
        {"id":"T1","technologies":["spyware","video_surveillance"],"summary":"New.",
         "value":{"amount":5,"currency":"USD"},
         "sources":[{"url":"https://a.example","evidence":"quote"},{"url":"https://b.example"}],
         "state":"in_review"}
        """;

    assertThat(SnapshotDiff.between(before, after))
        .containsExactly(
            new FieldChange("technologies", "spyware", "spyware, video_surveillance"),
            new FieldChange("summary", "Old.", "New."),
            new FieldChange("value.amount", null, "5"),
            new FieldChange("value.currency", null, "USD"),
            new FieldChange("sources[2].url", null, "https://b.example"));
  }

  @Test
  void aNewRecordListsEveryFieldWithAValueAsAdded() {
    assertThat(SnapshotDiff.between(null, "{\"id\":\"O1\",\"name\":\"Acme\",\"note\":null}"))
        .containsExactly(new FieldChange("id", null, "O1"), new FieldChange("name", null, "Acme"));
  }

  @Test
  void aRemovedFieldHasNoNewValue() {
    FieldChange c = SnapshotDiff.between("{\"note\":\"x\"}", "{\"note\":null}").get(0);
    assertThat(c.removed()).isTrue();
    assertThat(c.before()).isEqualTo("x");
  }

  @Test
  void countryCodesAreShownAsNamesWithTheirCodes() {
    FieldChange recipient =
        SnapshotDiff.between("{\"recipient_country\":\"UG\"}", "{\"recipient_country\":\"KE\"}")
            .get(0);
    assertThat(recipient.label()).isEqualTo("Recipient country");
    assertThat(recipient.beforeInWords()).isEqualTo("Uganda (UG)");
    assertThat(recipient.afterInWords()).isEqualTo("Kenya (KE)");
    FieldChange orgCountry =
        SnapshotDiff.between(null, "{\"supplier_orgs\":[{\"name\":\"Acme\",\"country\":\"CN\"}]}")
            .get(1);
    assertThat(orgCountry.afterInWords()).isEqualTo("China (CN)");
    // A code the gazetteer does not know is shown as it is, not as "XX (XX)".
    assertThat(FieldLabels.country("XX")).isEqualTo("XX");
    // Other fields keep their values even when they look like codes.
    assertThat(FieldLabels.value("value.currency", "KES")).isEqualTo("KES");
  }
}
