package org.sightline.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.model.OrganizationRef;
import org.sightline.core.model.PublicationState;
import org.sightline.core.model.TechnologyCategory;
import org.sightline.core.model.Transfer;

/** One test per rule of {@link DuplicateRule}, each against the same published record. */
class DuplicateRuleTest {
  private static final Transfer PUBLISHED =
      transfer(
          List.of(new OrganizationRef("O-HUAWEI", "Huawei Technologies Co., Ltd.")),
          "CN",
          "KE",
          "National Police Service",
          List.of(TechnologyCategory.COMMAND_CENTRE, TechnologyCategory.VIDEO_SURVEILLANCE),
          2014,
          2016);

  @Test
  void theSameDealDescribedAgainIsAPossibleDuplicateWithWhatAgreed() {
    Transfer candidate =
        transfer(
            List.of(new OrganizationRef(null, "HUAWEI")),
            null,
            "KE",
            "the national police service",
            List.of(TechnologyCategory.COMMAND_CENTRE),
            2015,
            null);
    assertThat(DuplicateRule.agreements(candidate, PUBLISHED))
        .contains(
            List.of(
                "recipient KE",
                "supplier HUAWEI",
                "technology Command centre",
                "end user the national police service",
                "overlapping years"));
  }

  @Test
  void recipientRule_anotherRecipientIsAnotherDeal() {
    Transfer uganda =
        transfer(
            PUBLISHED.supplierOrgs(),
            "CN",
            "UG",
            PUBLISHED.endUser(),
            PUBLISHED.technologies(),
            2015,
            null);
    assertThat(DuplicateRule.agreements(uganda, PUBLISHED)).isEmpty();
  }

  @Test
  void supplierRule_noSharedSupplierIsAnotherDeal_andTheSameIdIsTheSameSupplier() {
    Transfer zte = PUBLISHED.withSupplierOrgs(List.of(new OrganizationRef(null, "ZTE Corp")));
    assertThat(DuplicateRule.agreements(zte, PUBLISHED)).isEmpty();
    Transfer renamed =
        PUBLISHED.withSupplierOrgs(List.of(new OrganizationRef("O-HUAWEI", "Huawei Kenya")));
    assertThat(DuplicateRule.agreements(renamed, PUBLISHED)).isPresent();
  }

  @Test
  void supplierRule_withoutSupplierOrganizationsTheSupplierCountriesDecide() {
    Transfer chinese = PUBLISHED.withSupplierOrgs(List.of());
    Transfer american =
        transfer(
            List.of(), "US", "KE", null, List.of(TechnologyCategory.COMMAND_CENTRE), null, null);
    assertThat(DuplicateRule.agreements(chinese, chinese)).isPresent();
    assertThat(DuplicateRule.agreements(american, chinese)).isEmpty();
  }

  @Test
  void technologyRule_noSharedTechnologyIsAnotherDeal_noneNamedIsNoContradiction() {
    Transfer spyware = tech(List.of(TechnologyCategory.SPYWARE));
    assertThat(DuplicateRule.agreements(spyware, PUBLISHED)).isEmpty();
    assertThat(DuplicateRule.agreements(tech(List.of()), PUBLISHED)).isPresent();
  }

  @Test
  void agencyRule_anotherEndUserIsAnotherDeal_noneNamedIsNoContradiction() {
    Transfer army =
        transfer(
            PUBLISHED.supplierOrgs(),
            "CN",
            "KE",
            "Kenya Defence Forces",
            PUBLISHED.technologies(),
            2015,
            null);
    Transfer unnamed =
        transfer(PUBLISHED.supplierOrgs(), "CN", "KE", null, PUBLISHED.technologies(), 2015, null);
    assertThat(DuplicateRule.agreements(army, PUBLISHED)).isEmpty();
    assertThat(DuplicateRule.agreements(unnamed, PUBLISHED)).isPresent();
  }

  @Test
  void yearRule_yearsThatDoNotOverlapAreAnotherDeal_noYearIsNoContradiction() {
    Transfer later = years(2019, 2020);
    Transfer touching = years(2012, 2014);
    Transfer endOnly = years(null, 2016);
    Transfer endedBefore = years(null, 2013);
    Transfer stillRunning = years(2014, null);
    assertThat(DuplicateRule.agreements(later, PUBLISHED)).isEmpty();
    assertThat(DuplicateRule.agreements(touching, PUBLISHED)).isPresent();
    assertThat(DuplicateRule.agreements(endOnly, PUBLISHED)).isPresent();
    assertThat(DuplicateRule.agreements(endedBefore, PUBLISHED)).isEmpty();
    assertThat(DuplicateRule.agreements(years(2019, 2019), stillRunning)).isPresent();
    assertThat(DuplicateRule.agreements(years(2010, 2012), stillRunning)).isEmpty();
    assertThat(DuplicateRule.agreements(years(null, null), PUBLISHED)).isPresent();
  }

  private static Transfer tech(List<TechnologyCategory> technologies) {
    return transfer(
        PUBLISHED.supplierOrgs(), "CN", "KE", PUBLISHED.endUser(), technologies, 2015, null);
  }

  private static Transfer years(Integer start, Integer end) {
    return transfer(
        PUBLISHED.supplierOrgs(), "CN", "KE", null, PUBLISHED.technologies(), start, end);
  }

  private static Transfer transfer(
      List<OrganizationRef> suppliers,
      String supplierCountry,
      String recipient,
      String endUser,
      List<TechnologyCategory> technologies,
      Integer start,
      Integer end) {
    return new Transfer(
        "T-1",
        suppliers,
        supplierCountry,
        recipient,
        endUser,
        technologies,
        null,
        start,
        end,
        null,
        null,
        null,
        List.of(),
        PublicationState.PUBLISHED);
  }
}
