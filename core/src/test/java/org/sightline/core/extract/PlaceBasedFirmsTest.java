package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "UAE-based Presight": a firm the register does not know, described by its home. */
class PlaceBasedFirmsTest {
  private final Extractor extractor = TestData.extractor();

  private List<Candidate> all(String text) {
    return extractor.extract(text, LocalDate.of(2023, 6, 1), 0);
  }

  @Test
  void theNameAfterAPlaceBasedIsTheSupplierAndThePlaceItsHome() {
    List<Candidate> cs =
        all("Norway-based Fjordlens Analytics will install 500 cameras for the police in Ghana.");
    assertThat(cs)
        .anyMatch(
            c ->
                c.supplierOrgs().contains("Fjordlens Analytics")
                    && "NO".equals(c.supplierCountry())
                    && "GH".equals(c.recipientCountry()));
    assertThat(cs).noneMatch(c -> "NO".equals(c.recipientCountry()));
  }

  @Test
  void aKnownFirmAfterAPlaceBasedKeepsItsOwnName() {
    assertThat(all("Israel-based NSO Group sold its spyware to Mexico in 2014."))
        .anyMatch(c -> c.supplierOrgs().contains("NSO Group") && "MX".equals(c.recipientCountry()));
  }
}
