package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A country on the giving side in Spanish, French and Portuguese (issue 16, round 9), read in
 * examples written for this test: the agent after "por", "par" or "pela", the seller after a
 * purchase, the giver of a donation or loan, a company's home after "of", the subject after its
 * verb and before a compound tense; and the agent of a verb of receiving, which stays the receiving
 * side.
 */
class GivingCountriesInOtherLanguagesTest {
  private static final LocalDate REPORTED = LocalDate.of(2024, 5, 1);

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | Le centre de commandement de la police du Niger, financé et réalisé par la Chine pour 15 millions de dollars, a été inauguré mardi. Il compte des centaines de caméras.   | [] CN->NE
          pt | A Polícia de Angola inaugurou um centro de vigilância com câmeras doadas pela China. O centro cobre o sul da cidade.                                                   | [] CN->AO
          es | La policía de Bolivia inauguró un centro de vigilancia con cámaras adquiridas a China. El centro cubre la zona sur de la ciudad.                                       | [] CN->BO
          es | La policía de Bolivia inauguró un centro de vigilancia con cámaras compradas a China. El centro cubre la zona sur de la ciudad.                                       | [] CN->BO
          es | El nuevo centro de monitoreo de la policía de Honduras funcionará con cámaras y programas que regalará Japón, por un valor de 4 millones de dólares.                  | [] JP->HN
          fr | Le réseau de caméras de la capitale du Tchad, que la République populaire de Chine a financé pour plus de 12 millions de dollars, est entré en service.              | [] CN->TD
          fr | La Chine a fourni des caméras de vidéosurveillance à la police du Niger. Le centre couvre le sud de la ville.                                                         | [] CN->NE
          pt | O sistema de videovigilância da Guiné-Bissau será apoiado pela China, que prometeu 10 milhões de euros de apoio ao projeto. O acordo foi assinado em janeiro.          | [] CN->GW
          es | La Dirección de Migraciones de Paraguay firmó un contrato de cinco años con una empresa de Estados Unidos para instalar cámaras de reconocimiento facial en el aeropuerto. | [] US->PY
          fr | La police du Gabon a signé un contrat avec une société des États-Unis pour installer des caméras de reconnaissance faciale à l'aéroport.                                | [] US->GA
          """)
  void aCountryGivingIsTheSupplier(String language, String text, String proposal) {
    assertThat(TestData.proposed(text, REPORTED)).as(language).contains(proposal);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | El sistema de interceptación, utilizado por Colombia desde 2019, fue vendido por la empresa israelí Verint. La policía lo usa en Bogotá.       | ->CO | CO->
          fr | Le logiciel d'interception, acheté par le Maroc en 2015, a été fourni par la société italienne Hacking Team. La police l'utilise à Rabat.       | ->MA | MA->
          pt | O programa de interceptação, adquirido pelo Equador em 2018, foi vendido pela empresa israelense Cellebrite. A polícia o usa em Quito.          | ->EC | EC->
          """)
  void theAgentOfAVerbOfReceivingStillReceives(
      String language, String text, String received, String gave) {
    assertThat(TestData.proposed(text, REPORTED))
        .as(language)
        .anyMatch(p -> p.endsWith(received))
        .noneMatch(p -> p.contains(gave));
  }
}
