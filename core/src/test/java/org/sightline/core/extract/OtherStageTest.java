package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.confidence.Features;

/**
 * Spanish, French and Portuguese texts tell a contract and its delivery (or its use) in sentences
 * of their own; the second statement, merged into the first's candidate, is proposed again with its
 * own status and flagged for the model (ADR 0034, round 12). English keeps one candidate. Texts
 * written for this test.
 */
class OtherStageTest {
  private final Extractor extractor = TestData.extractor();

  private List<String> stages(String text, String org) {
    return extractor.proposals(text, LocalDate.of(2024, 1, 1)).stream()
        .filter(c -> c.supplierOrgs().equals(List.of(org)))
        .map(c -> c.status().key() + " " + c.features()[Features.OTHER_STAGE_RETOLD])
        .toList();
  }

  @Test
  void aContractAndItsDeliveryInSpanishAreTwoProposals() {
    assertThat(
            stages(
                "La Policía Nacional de Bolivia firmó en 2019 un contrato con la empresa Corvalia"
                    + " Sistemas para 500 cámaras. Un año después, Corvalia Sistemas instaló las"
                    + " cámaras en La Paz, Bolivia.",
                "Corvalia Sistemas"))
        .containsExactlyInAnyOrder("agreed 0.0", "delivered 1.0");
  }

  @Test
  void aContractAndItsDeliveryInFrenchAreTwoProposals() {
    assertThat(
            stages(
                "La gendarmerie du Sénégal a signé un contrat avec la société Nordavia Drones pour"
                    + " douze drones. Nordavia Drones a livré les appareils au Sénégal en mars.",
                "Nordavia Drones"))
        .containsExactlyInAnyOrder("agreed 0.0", "delivered 1.0");
  }

  @Test
  void aContractAndASystemInUseInPortugueseAreTwoProposals() {
    assertThat(
            stages(
                "O Governo de Angola assinou um contrato com a empresa Tavorin Sistemas para"
                    + " câmaras. As câmaras da Tavorin Sistemas já funcionam em Luanda, Angola.",
                "Tavorin Sistemas"))
        .containsExactlyInAnyOrder("agreed 0.0", "operational 1.0");
  }

  @Test
  void theSameStageToldTwiceAndEnglishTextsStayOneProposal() {
    assertThat(
            stages(
                "La Policía Nacional de Bolivia firmó un contrato con la empresa Corvalia Sistemas"
                    + " para 500 cámaras. El contrato con Corvalia Sistemas fue firmado en La Paz,"
                    + " Bolivia.",
                "Corvalia Sistemas"))
        .containsExactly("agreed 0.0");
    assertThat(
            stages(
                "The government of Ghana signed a contract with Velmora Dynamics for cameras."
                    + " Velmora Dynamics installed the cameras in Accra, Ghana.",
                "Velmora Dynamics"))
        .hasSize(1)
        .allMatch(s -> s.endsWith(" 0.0"));
  }
}
