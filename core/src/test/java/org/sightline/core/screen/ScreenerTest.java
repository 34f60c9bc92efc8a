package org.sightline.core.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Organization;
import org.sightline.core.model.OrganizationKind;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;

class ScreenerTest {
  static Organization org(String id, String name, OrganizationKind kind, String parent) {
    return new Organization(id, name, List.of(), "XX", kind, parent, null, null, null);
  }

  static Transfer supplied(String id, String supplierId, String country, Financing financing) {
    return new Transfer(
        id,
        List.of(new OrganizationRef(supplierId, "x", List.of())),
        "XX",
        country,
        null,
        List.of(TechnologyCategory.VIDEO_SURVEILLANCE),
        TransferStatus.DELIVERED,
        2020,
        null,
        null,
        financing,
        "s",
        List.of(),
        null);
  }

  final Screener screener =
      Screener.of(
          List.of(
              org("O1", "Acme Holdings", OrganizationKind.INVESTOR, null),
              org("O2", "Lenscraft Vision Systems", OrganizationKind.VENDOR, "Acme Holdings Ltd"),
              org("O3", "Northern Export Bank", OrganizationKind.LENDER, null)),
          List.of(
              supplied("T1", "O2", "KE", new Financing("Northern Export Bank", null, null)),
              supplied("T2", "O2", "UG", null)));

  @Test
  void aSubsidiaryMatchReportsItsParentAndTheParentsFootprint() {
    Screener.Alert a = screener.screen("Lenscraft Vision Systems Ltd", 0.8, 5).alerts().get(0);
    assertThat(a.match().organizationId()).isEqualTo("O2");
    assertThat(a.recipientCountries()).containsExactly("KE", "UG");
    assertThat(a.parent().id()).isEqualTo("O1");
    assertThat(a.parent().recipientCountries()).containsExactly("KE", "UG");
  }

  @Test
  void anOwnerMatchReportsWhatItOwnsAndALenderWhereItFinanced() {
    Screener.Alert owner = screener.screen("ACME HOLDINGS", 0.8, 5).alerts().get(0);
    assertThat(owner.kind()).isEqualTo("investor");
    assertThat(owner.owns()).extracting(Screener.Related::id).containsExactly("O2");
    Screener.Alert lender = screener.screen("Northern Export Bank", 0.8, 5).alerts().get(0);
    assertThat(lender.recipientCountries()).containsExactly("KE");
    assertThat(screener.screen("Unrelated Bakery", 0.8, 5).alerts()).isEmpty();
  }
}
