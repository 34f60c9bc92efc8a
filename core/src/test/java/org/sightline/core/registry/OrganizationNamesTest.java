package org.sightline.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationNamesTest {

  @Test
  void legalFormsCasePunctuationAndAccentsAreIgnored() {
    assertThat(OrganizationNames.key("Huawei Technologies Co., Ltd.")).isEqualTo("huawei");
    assertThat(OrganizationNames.key("HUAWEI")).isEqualTo("huawei");
    assertThat(OrganizationNames.key("ZTE Corp")).isEqualTo("zte");
    assertThat(OrganizationNames.key("Thales S.A.")).isEqualTo("thales");
    assertThat(OrganizationNames.key("Nokia Siemens Networks GmbH"))
        .isEqualTo("nokia siemens networks");
    assertThat(OrganizationNames.key("Société Générale")).isEqualTo("societe generale");
    assertThat(OrganizationNames.key("China National Electronics Import & Export Corporation"))
        .isEqualTo(OrganizationNames.key("China National Electronics Import and Export Corp."));
  }

  @Test
  void theLegalFormsExtractionDropsInSpanishAndPortugueseAreIgnoredToo() {
    assertThat(OrganizationNames.key("Oliveira Sensores Ltda.")).isEqualTo("oliveira sensores");
    assertThat(OrganizationNames.key("Vigimar EIRELI")).isEqualTo("vigimar");
    assertThat(OrganizationNames.key("Cámaras Norte S.L.")).isEqualTo("camaras norte");
    assertThat(OrganizationNames.key("Andes Vision S.A.C.")).isEqualTo("andes vision");
  }

  @Test
  void aNameIsNeverReducedToNothing() {
    assertThat(OrganizationNames.key("Group")).isEqualTo("group");
    assertThat(OrganizationNames.key("The Company")).isEqualTo("company");
    assertThat(OrganizationNames.key("  ")).isEmpty();
    assertThat(OrganizationNames.key(null)).isEmpty();
  }

  @Test
  void differentCompaniesStayDifferent() {
    assertThat(OrganizationNames.sameOrganization("Yitu Technology", "YITU")).isTrue();
    assertThat(OrganizationNames.sameOrganization("Hikvision", "Dahua Technology")).isFalse();
    assertThat(OrganizationNames.sameOrganization("", "")).isFalse();
  }
}
