package org.sightline.core.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.countries.Countries;
import org.sightline.core.model.Financing;
import org.sightline.core.model.Money;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.Source;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;
import org.sightline.core.model.TransferStatus;

class FiguresTest {
  private static final OrganizationRef CEIEC = new OrganizationRef("O0003", "CEIEC");
  private static final OrganizationRef HUAWEI = new OrganizationRef("O0001", "Huawei");
  private static final OrganizationRef UNREGISTERED = new OrganizationRef(null, "Acme Optics");

  private final Figures figures = new Figures(Countries.bundled());

  private final List<Transfer> transfers =
      List.of(
          transfer(
              "T4",
              CEIEC,
              "CN",
              "EC",
              2011,
              new Financing("China Development Bank", new BigDecimal("240000000"), "USD"),
              TechnologyCategory.VIDEO_SURVEILLANCE,
              TechnologyCategory.COMMAND_CENTRE),
          transfer(
              "T2",
              HUAWEI,
              "CN",
              "EC",
              2019,
              new Financing("China Development Bank", new BigDecimal("10000000"), "USD"),
              TechnologyCategory.VIDEO_SURVEILLANCE),
          transfer(
              "T3",
              HUAWEI,
              "CN",
              "EC",
              null,
              new Financing(null, null, null),
              TechnologyCategory.FACIAL_RECOGNITION),
          transfer("T1", HUAWEI, "CN", "UG", 2019, null, TechnologyCategory.VIDEO_SURVEILLANCE),
          transfer("T5", UNREGISTERED, null, "KE", 2020, null, TechnologyCategory.DRONES),
          transfer("T9", HUAWEI, "CN", "BO", 2020, null, TechnologyCategory.SPYWARE)
              .withState(PublicationState.DRAFT));

  @Test
  void countrySummariesListEachRecipientOnceWithItsTechnologiesSuppliersAndTransferIds() {
    List<CountrySummary> summaries = figures.countrySummaries(transfers);

    assertThat(summaries).extracting(CountrySummary::code).containsExactly("EC", "KE", "UG");
    CountrySummary ecuador = summaries.get(0);
    assertThat(ecuador.name()).isEqualTo("Ecuador");
    assertThat(ecuador.transfers()).isEqualTo(3);
    assertThat(ecuador.transferIds()).containsExactly("T2", "T3", "T4");
    assertThat(ecuador.technologies())
        .containsExactly("video_surveillance", "facial_recognition", "command_centre");
    assertThat(ecuador.suppliers()).isEqualTo(2);
    assertThat(ecuador.supplierNames()).containsExactly("CEIEC", "Huawei");
  }

  @Test
  void draftsNeverCountInAnyFigure() {
    assertThat(figures.countrySummaries(transfers))
        .extracting(CountrySummary::code)
        .doesNotContain("BO");
    assertThat(figures.countryProfile("BO", transfers).transfers()).isZero();
    assertThat(figures.globalStats(transfers).transfers()).isEqualTo(5);
    assertThat(figures.vendorFootprint(List.of("O0001"), transfers).transferIds())
        .containsExactly("T1", "T2", "T3");
  }

  @Test
  void countryProfileBreaksDownTechnologiesSuppliersYearsAndFinancing() {
    CountryProfile ecuador = figures.countryProfile("ec", transfers);

    assertThat(ecuador.code()).isEqualTo("EC");
    assertThat(ecuador.transferIds()).containsExactly("T2", "T3", "T4");
    assertThat(ecuador.technologies().get(0))
        .isEqualTo(new Tally("video_surveillance", "Video surveillance", 2, List.of("T2", "T4")));
    assertThat(ecuador.suppliers())
        .containsExactly(
            new SupplierTally("O0001", "Huawei", "CN", 2, List.of("T2", "T3")),
            new SupplierTally("O0003", "CEIEC", "CN", 1, List.of("T4")));
    assertThat(ecuador.timeline())
        .containsExactly(
            new YearTally(2011, 1, List.of("T4")), new YearTally(2019, 1, List.of("T2")));
    assertThat(ecuador.undatedTransferIds()).containsExactly("T3");

    LenderTotal cdb = ecuador.financing().get(0);
    assertThat(cdb.lender()).isEqualTo("China Development Bank");
    assertThat(cdb.amountByCurrency()).containsEntry("USD", new BigDecimal("250000000"));
    assertThat(cdb.transferIds()).containsExactly("T2", "T4");
    LenderTotal unnamed = ecuador.financing().get(1);
    assertThat(unnamed.lender()).isNull();
    assertThat(unnamed.transfersWithoutAmount()).isEqualTo(1);
    assertThat(unnamed.amountByCurrency()).isEmpty();
  }

  @Test
  void vendorFootprintRollsUpTheGivenOrganizationsIntoCountriesAndTechnologies() {
    VendorFootprint footprint = figures.vendorFootprint(List.of("O0001", "O0003"), transfers);

    assertThat(footprint.countries())
        .containsExactly(
            new Tally("EC", "Ecuador", 3, List.of("T2", "T3", "T4")),
            new Tally("UG", "Uganda", 1, List.of("T1")));
    assertThat(footprint.technologies().get(0))
        .isEqualTo(
            new Tally("video_surveillance", "Video surveillance", 3, List.of("T1", "T2", "T4")));
  }

  @Test
  void globalStatsCountDistinctCountriesNotTransfers() {
    GlobalStats stats = figures.globalStats(transfers);

    assertThat(stats.recipientCountries()).isEqualTo(3);
    Reach video = stats.countriesPerTechnology().get(0);
    assertThat(video.key()).isEqualTo("video_surveillance");
    assertThat(video.countries()).isEqualTo(2);
    assertThat(video.countryCodes()).containsExactly("EC", "UG");
    assertThat(video.transferIds()).containsExactly("T1", "T2", "T4");

    assertThat(stats.countriesPerSupplierCountry())
        .containsExactly(
            new Reach("CN", "China", 2, List.of("EC", "UG"), List.of("T1", "T2", "T3", "T4")));
    assertThat(stats.countriesPerVendor())
        .extracting(Reach::key)
        .containsExactly("O0001", "Acme Optics", "O0003");
  }

  @Test
  void resultsDoNotDependOnInputOrder() {
    List<Transfer> reversed = new java.util.ArrayList<>(transfers);
    java.util.Collections.reverse(reversed);
    assertThat(figures.globalStats(reversed)).isEqualTo(figures.globalStats(transfers));
    assertThat(figures.countryProfile("EC", reversed))
        .isEqualTo(figures.countryProfile("EC", transfers));
  }

  private static Transfer transfer(
      String id,
      OrganizationRef supplier,
      String supplierCountry,
      String recipient,
      Integer year,
      Financing financing,
      TechnologyCategory... technologies) {
    return new Transfer(
        id,
        List.of(supplier),
        supplierCountry,
        recipient,
        null,
        List.of(technologies),
        TransferStatus.DELIVERED,
        year,
        null,
        financing == null ? null : new Money(BigDecimal.ONE, "USD"),
        financing,
        "summary of " + id,
        List.of(new Source("https://example.org/" + id, "Example", "2020", null)),
        PublicationState.PUBLISHED);
  }
}
