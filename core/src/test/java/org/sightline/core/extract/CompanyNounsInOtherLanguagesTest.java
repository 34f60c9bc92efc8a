package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The company nouns English reads beside an unknown firm ("the operator X", "an integrator") in
 * Spanish, French and Portuguese, where they were missing (issues 14, 16; round 13). Texts written
 * for this test; only proposals are asserted.
 */
class CompanyNounsInOtherLanguagesTest {
  private static List<String> proposed(String text) {
    return TestData.proposedPairs(text, LocalDate.of(2024, 1, 1));
  }

  @Test
  void anOperatorInPortuguese() {
    assertThat(
            proposed(
                "O contrato de videovigilância foi assinado em Angola com a operadora Tevamor,"
                    + " que instalará 300 câmaras."))
        .contains("[Tevamor]->AO");
  }

  @Test
  void anIntegratorInSpanishAndFrench() {
    assertThat(
            proposed(
                "La policía de Bolivia firmó el contrato de videovigilancia con la integradora"
                    + " Quendal, que instalará 300 cámaras."))
        .contains("[Quendal]->BO");
    assertThat(
            proposed(
                "La police du Sénégal a signé le contrat de vidéosurveillance avec l'intégrateur"
                    + " Movarel, qui installera 300 caméras."))
        .contains("[Movarel]->SN");
  }

  @Test
  void aSoftwarePublisherInFrenchWithItsHome() {
    assertThat(
            proposed(
                "La police du Sénégal a acheté le logiciel d'interception à l'éditeur israélien"
                    + " Corvanet."))
        .contains("[Corvanet]->SN");
  }
}
