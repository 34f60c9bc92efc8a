package org.sightline.core.registry;

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

class RecordRulesTest {
  private final RecordRules rules = new RecordRules(Countries.bundled(), 2056);

  private static Transfer valid() {
    return new Transfer(
        "T1",
        List.of(new OrganizationRef(null, "CEIEC")),
        "CN",
        "EC",
        "ECU 911",
        List.of(TechnologyCategory.VIDEO_SURVEILLANCE, TechnologyCategory.COMMAND_CENTRE),
        TransferStatus.OPERATIONAL,
        2011,
        null,
        new Money(new BigDecimal("240000000"), "USD"),
        new Financing("China Development Bank", new BigDecimal("240000000"), "USD"),
        "Ecuador's ECU 911 network.",
        List.of(new Source("https://example.org/ecu911", "AidData", "2011", null)),
        PublicationState.PUBLISHED);
  }

  private static List<String> fields(List<Violation> vs) {
    return vs.stream().map(Violation::field).toList();
  }

  @Test
  void aCompleteSourcedRecordPasses() {
    assertThat(rules.check(valid())).isEmpty();
  }

  @Test
  void unknownCountriesAreNamed() {
    Transfer t =
        reported(
            List.of(new OrganizationRef(null, "X")),
            "XX",
            "QQ",
            List.of(TechnologyCategory.SPYWARE));
    assertThat(fields(rules.check(t))).containsExactly("recipient_country", "supplier_country");
  }

  @Test
  void yearsOutOfRangeOrReversedAreRejected() {
    assertThat(fields(rules.check(withYears(1800, 2100))))
        .containsExactly("year_start", "year_end");
    assertThat(rules.check(withYears(2015, 2012)))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("before year_start"));
  }

  @Test
  void negativeAmountsAndBadCurrenciesAreRejected() {
    Transfer t =
        withMoney(
            new Money(new BigDecimal("-5"), "usd"),
            new Financing(null, new BigDecimal("-1"), "USD"));
    assertThat(fields(rules.check(t)))
        .containsExactly("value_amount", "value_currency", "financing_amount");
  }

  @Test
  void aPublishedRecordNeedsASourceUrlButADraftDoesNot() {
    Transfer unsourced =
        withSources(
            List.of(new Source(null, "Someone", null, "a quote")), PublicationState.PUBLISHED);
    assertThat(fields(rules.check(unsourced))).containsExactly("source_url");
    assertThat(rules.check(unsourced.withState(PublicationState.DRAFT))).isEmpty();
  }

  @Test
  void sourceUrlsMustBeWebAddresses() {
    Transfer t =
        withSources(List.of(new Source("javascript:alert(1)", null, "2020-13", null)), null);
    assertThat(fields(rules.check(t))).contains("source_url", "source_date");
  }

  @Test
  void needsASupplierAndATechnology() {
    Transfer t = reported(List.of(), null, "EC", List.of());
    assertThat(fields(rules.check(t))).containsExactly("supplier", "technologies");
  }

  @Test
  void currencyCodesMustBeIso4217CodesNotJustThreeCapitals() {
    Transfer t =
        withMoney(
            new Money(new BigDecimal("5"), "ABC"), new Financing(null, new BigDecimal("1"), "KES"));
    List<Violation> violations = rules.check(t);
    assertThat(fields(violations)).containsExactly("value_currency");
    assertThat(violations.get(0).message()).contains("ISO 4217").contains("\"ABC\"");
  }

  /** A reported transfer with valid()'s sources, and nothing else but its parties. */
  private static Transfer reported(
      List<OrganizationRef> suppliers,
      String supplierCountry,
      String recipientCountry,
      List<TechnologyCategory> technologies) {
    return new Transfer(
        "T1",
        suppliers,
        supplierCountry,
        recipientCountry,
        null,
        technologies,
        TransferStatus.REPORTED,
        null,
        null,
        null,
        null,
        null,
        valid().sources(),
        null);
  }

  private static Transfer withYears(Integer start, Integer end) {
    return variant(start, end, null, null, valid().sources(), null);
  }

  private static Transfer withMoney(Money value, Financing financing) {
    return variant(null, null, value, financing, valid().sources(), null);
  }

  private static Transfer withSources(List<Source> sources, PublicationState state) {
    return variant(null, null, null, null, sources, state);
  }

  /** A transfer from China to Ecuador with valid()'s supplier, technologies and status. */
  private static Transfer variant(
      Integer yearStart,
      Integer yearEnd,
      Money value,
      Financing financing,
      List<Source> sources,
      PublicationState state) {
    Transfer base = valid();
    return new Transfer(
        "T1",
        base.supplierOrgs(),
        "CN",
        "EC",
        null,
        base.technologies(),
        base.status(),
        yearStart,
        yearEnd,
        value,
        financing,
        null,
        sources,
        state);
  }
}
