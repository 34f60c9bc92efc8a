package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.core.extract.confidence.Features;
import org.sightline.core.model.TransferStatus;

/**
 * A system at work in Spanish, French and Portuguese (round 11, status): entry into service and a
 * present use are read as the operational stage, so a delivery that is also said to be running is
 * operational. Sentences written for this test.
 */
class OperationInOtherLanguagesTest {
  private static final LocalDate REPORTED = LocalDate.of(2024, 5, 2);

  private static Candidate first(String text) {
    List<Candidate> found = TestData.extractor().extract(text, REPORTED);
    assertThat(found).as(text).isNotEmpty();
    return found.get(0);
  }

  private static double operationalCue(Candidate c) {
    return c.features()[Features.STATUS_CUE_FIRST + TransferStatus.OPERATIONAL.ordinal()];
  }

  @Test
  void enteringServiceIsAFirmStatementOfUse() {
    String[] texts = {
      "Huawei instaló 500 cámaras en La Paz para la policía de Bolivia, y la red entró en servicio"
          + " en marzo.",
      "Huawei a installé 500 caméras à Dakar pour la police du Sénégal, et le réseau a été mis en"
          + " service en mars.",
      "A Huawei instalou 500 câmeras em Luanda para a polícia de Angola, e o sistema entrou em"
          + " operação em março."
    };
    for (String text : texts) {
      Candidate c = first(text);
      assertThat(operationalCue(c)).as(text).isEqualTo(1.0);
      assertThat(c.status()).as(text).isEqualTo(TransferStatus.OPERATIONAL);
    }
  }

  @Test
  void aPresentUseIsReadAsUse() {
    String[] texts = {
      "La policía de Bolivia emplea desde 2021 las cámaras que le vendió Hikvision.",
      "Hikvision a livré 300 caméras à la police du Sénégal ; le réseau fonctionne depuis 2021.",
      "A Hikvision vendeu 300 câmeras à polícia de Angola em 2020, e a rede funciona desde 2021."
    };
    for (String text : texts) {
      assertThat(operationalCue(first(text))).as(text).isGreaterThan(0.6);
    }
  }

  @Test
  void aDeliveryWithNoWordOfUseStaysDelivered() {
    Candidate c = first("A Huawei instalou 500 câmeras em Luanda para a polícia de Angola.");
    assertThat(operationalCue(c)).isZero();
    assertThat(c.status()).isEqualTo(TransferStatus.DELIVERED);
  }
}
