package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 16, round 10, read in examples written for this test: a state named in a record's supplier
 * or lender line is the giving side, and a subsidiary left unnamed ("la filiale belge de X") is
 * written as its parent, which then is the supplier, while a named subsidiary's owner stays no
 * party.
 */
class GivingSideInOtherLanguagesTest {
  private static final LocalDate REPORTED = LocalDate.of(2025, 3, 4);

  private static List<String> proposed(String text) {
    return TestData.proposed(text.replace("\\n", "\n"), REPORTED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | Ficha del proyecto de videovigilancia de Cochabamba, en Bolivia, según el municipio.\\nProveedor: Gobierno de la República Popular China (donación)\\nObjeto: 250 cámaras para las calles del centro. | [] CN->BO
          fr | Fiche du projet de vidéosurveillance de Niamey, au Niger, selon la mairie.\\nFinancement : Gouvernement du Japon\\nObjet : 400 caméras pour les carrefours de la ville. | [] JP->NE
          pt | Ficha do projeto de videovigilância de Bissau, na Guiné-Bissau, segundo a câmara.\\nFinanciador: República Popular da China\\nObjeto: 300 câmeras para as ruas da cidade. | [] CN->GW
          """)
  void aStateInARecordsSupplierOrLenderLineIsTheGivingSide(
      String language, String text, String expected) {
    assertThat(proposed(text)).as(language).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | Ficha del contrato de cámaras de la policía de Quito, en Ecuador, según el ministerio.\\nProveedor: Telefónica Ecuador\\nObjeto: 250 cámaras para las calles del centro. | EC->
          fr | Fiche du marché de vidéosurveillance de la police de Dakar, au Sénégal.\\nFinancement : fonds propres du Sénégal et de la commune\\nObjet : 400 caméras. | SN->
          """)
  void aCountryInsideACompanysNameOrOwnFundsIsNoGiver(
      String language, String text, String notExpected) {
    assertThat(proposed(text)).as(language).noneMatch(c -> c.contains(notExpected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | Le ministère de l'Intérieur a publié lundi le résultat de l'appel d'offres. La filiale belge de Norvacam a décroché le marché des caméras de surveillance de la police fédérale, selon le ministre qui a présidé la cérémonie à Bruxelles. | [Norvacam] BE->BE
          es | El Ministerio del Interior de Chile publicó el lunes el resultado de la licitación. La filial chilena de Norvacam ganó el contrato de las cámaras de vigilancia de Carabineros, según el ministro. | [Norvacam] CL->CL
          pt | O Ministério da Justiça de Angola anunciou na segunda-feira que a subsidiária angolana da Norvacam venceu o concurso das câmeras de vigilância da polícia de Luanda. | [Norvacam] AO->AO
          fr | Le gouvernement du Gabon a annoncé que la filiale de Huawei a remporté le marché des caméras de surveillance de Libreville, selon un communiqué du ministère. | [Huawei] CN->GA
          """)
  void theParentOfAnUnnamedSubsidiaryIsTheSupplier(String language, String text, String expected) {
    assertThat(proposed(text)).as(language).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | Le Cameroun a signé avec Norvacam Afrique, filiale de Huawei, un contrat de vidéosurveillance pour la police de Douala. | Huawei
          es | El gobierno de Panamá firmó con Norvacam Andina, filial de Huawei, un contrato de cámaras de vigilancia para la policía. | Huawei
          """)
  void theOwnerOfANamedSubsidiaryStaysNoParty(String language, String text, String owner) {
    assertThat(proposed(text)).as(language).noneMatch(c -> c.contains(owner));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | Santo Domingo. El Gobierno recibió este jueves del embajador de Japón una donación de 200 cámaras de videovigilancia para el sistema de emergencias. | [] JP->DO
          fr | Lomé. Le ministère de la Sécurité a reçu lundi de l'ambassadeur du Japon un don de 200 caméras de surveillance pour la police. | [] JP->TG
          pt | Bissau. O Ministério do Interior recebeu na segunda-feira do embaixador do Japão uma doação de 200 câmeras de vigilância para a polícia. | [] JP->GW
          """)
  void aStatesEnvoyHandingOverAGiftIsTheGivingSide(String language, String text, String expected) {
    assertThat(proposed(text)).as(language).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | La gendarmerie de Côte d'Ivoire s'équipe en drones de surveillance. Elle a acheté des drones du hongrois Varace pour deux millions d'euros, selon le ministère de la Défense à Abidjan. | [Varace] HU->CI
          es | La policía de Panamá compró cámaras de reconocimiento facial al polaco Vizora por dos millones de dólares, según el ministerio de Seguridad. | [Vizora] PL->PA
          pt | A polícia de Moçambique comprou drones de vigilância da sul-africana Vizora por dois milhões de dólares, segundo o ministério do Interior. | [Vizora] ZA->MZ
          """)
  void aDemonymAfterAContractedOrMasculineArticleStandsForTheCompany(
      String language, String text, String expected) {
    assertThat(proposed(text)).as(language).contains(expected);
  }

  @org.junit.jupiter.api.Test
  void aFirmsHomeThatTheStoryAlsoPlacesTheDealInIsADomesticContract() {
    assertThat(
            proposed(
                "VIC (Barcelona). El Consejo Comarcal adjudicó en mayo de 2022 la instalación de las"
                    + " cámaras en varios municipios de la comarca a Vigilanta Security Systems,"
                    + " firma de Mataró con diez años en el ramo, después de un concurso."))
        .contains("[Vigilanta Security Systems] ES->ES");
  }

  @org.junit.jupiter.api.Test
  void aVendorsHomeNamedOnlyAsSuchIsNoRecipient() {
    assertThat(
            proposed(
                "Fiche du marché de vidéosurveillance.\nFournisseur retenu : Orvalis (France)\nObjet"
                    + " : 300 caméras pour les carrefours."))
        .noneMatch(c -> c.endsWith("->FR"));
  }
}
