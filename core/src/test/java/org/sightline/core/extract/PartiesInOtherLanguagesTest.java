package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who is and who is not a party in Spanish, French and Portuguese (issue 16, round 7), read in
 * examples written for this test: stories that end in no deal, losing bidders, owners and former
 * names, a company's seat, and texts that name no country but a town, a state or their money.
 */
class PartiesInOtherLanguagesTest {
  private static final LocalDate REPORTED = LocalDate.of(2021, 6, 15);
  private final Extractor extractor = TestData.extractor();

  /** Every proposal, at any confidence, as "[orgs] XX->YY". */
  private List<String> proposed(String text) {
    return extractor.proposals(text, REPORTED).stream()
        .map(c -> c.supplierOrgs() + " " + c.supplierCountry() + "->" + c.recipientCountry())
        .toList();
  }

  private static List<String> confident(String text) {
    return TestData.confident(text, REPORTED).stream()
        .map(c -> c.supplierOrgs() + "->" + c.recipientCountry())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | La mairie de Dakar, au Sénégal, prévoit un réseau de caméras de vidéosurveillance et a reçu mardi les dirigeants de la société chinoise Hikvision. À l'issue de la rencontre, aucun accord n'a été annoncé.
          es | El gobierno de Paraguay prevé un sistema de cámaras de videovigilancia para Asunción y recibió a los directivos de la empresa china Dahua. No hubo firma.
          pt | A Prefeitura de Curitiba, no Brasil, prevê um sistema de câmeras de videomonitoramento e recebeu os diretores da empresa chinesa Huawei. Nenhum contrato foi anunciado.
          """)
  void aStoryThatEndsInNoDealProposesNoTransfer(String language, String text) {
    assertThat(confident(text)).as(language).isEmpty();
  }

  @Test
  void noDealForAnotherPhaseLeavesTheSignedDeal() {
    assertThat(
            confident(
                "Le Cameroun a signé en 2019 avec la société chinoise Huawei un contrat de"
                    + " vidéosurveillance pour Yaoundé. Aucun contrat n'a encore été annoncé pour"
                    + " la deuxième phase."))
        .containsExactly("[Huawei]->CM");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | Le marché des caméras de Dakar a été attribué au groupe français Idemia, qui a devancé le chinois Dahua.                                   | [Idemia] FR->SN | Dahua
          es | El contrato de cámaras de videovigilancia de Quito, en Ecuador, fue adjudicado a la china Hikvision, que superó a la surcoreana Hanwha. | [Hikvision] CN->EC | Hanwha
          pt | A Prefeitura do Recife contratou a chinesa Dahua para instalar câmeras; a israelense BriefCam e a coreana Hanwha foram desclassificadas.      | [Dahua] CN->BR | Hanwha
          """)
  void theBiddersAWinnerBeatAreNoParties(
      String language, String text, String winner, String loser) {
    assertThat(proposed(text)).as(language).contains(winner).noneMatch(p -> p.contains(loser));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | La police du Niger utilise le logiciel de la société israélienne BriefCam, détenue par le japonais Canon, depuis 2019.        | [BriefCam] IL->NE | Canon | ->JP
          es | La Policía de Chile compró cámaras a la israelí BriefCam, propiedad de la japonesa Canon, y las instaló en 2020.               | [BriefCam] IL->CL | Canon | ->JP
          pt | A Polícia Federal do Brasil comprou um programa de interceptação da israelense Cognyte, antiga Verint, por R$ 5 milhões.   | [Cognyte] IL->BR | Verint | ->US
          fr | La gendarmerie du Togo a acquis le système de la société israélienne Cognyte, anciennement Verint, en 2020.                 | [Cognyte] IL->TG | Verint | ->US
          """)
  void anOwnerOrAFormerNameIsNoSecondSupplier(
      String language, String text, String supplier, String notSupplier, String notRecipient) {
    assertThat(proposed(text))
        .as(language)
        .contains(supplier)
        .noneMatch(p -> p.contains(notSupplier) || p.endsWith(notRecipient));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | Gemalto, dont le siège est à Amsterdam, fournit depuis 2016 les passeports biométriques du Tchad.                   | ->NL
          es | La firma Gemalto, con sede en Ámsterdam, entregó pasaportes biométricos al gobierno de Bolivia en 2018.              | ->NL
          pt | A Cognyte, sediada em Israel, vendeu à Polícia Civil de Goiás um programa de interceptação telefônica.      | ->IL
          fr | Prestataire : Gemalto (groupe franco-néerlandais). Objet : kits d'enregistrement biométrique pour la Guinée. | ->NL
          """)
  void aCompanysSeatIsItsHomeNotARecipient(String language, String text, String seat) {
    assertThat(proposed(text)).as(language).isNotEmpty().noneMatch(p -> p.endsWith(seat));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          pt | PREFEITURA DE SERRA AZUL — o município assinou contrato com a Vigiar Tecnologia Ltda para instalar 40 câmeras de videomonitoramento, por R$ 850.000,00. | [Vigiar Tecnologia] | ->BR
          pt | A Secretaria de Segurança de Goiás assinou contrato com a Vigiar Tecnologia Ltda para instalar 40 câmeras de videomonitoramento.                          | [Vigiar Tecnologia] | ->BR
          fr | La Ville de Québec a signé un contrat avec Lectra Vision Inc. pour installer des caméras de lecture de plaques.                                      | [Lectra Vision]     | ->CA
          es | El Ayuntamiento de Zaragoza adjudicó a la empresa Montes Vigilancia la instalación de cámaras de videovigilancia en el centro.                   | [Montes Vigilancia] | ->ES
          pt | A Câmara Municipal do Porto contratou a empresa Visiotec Sistemas para instalar câmeras de videovigilância nas ruas da cidade.                | [Visiotec Sistemas] | ->PT
          pt | A prefeitura de Porto Velho contratou a empresa Visiotec Sistemas para instalar câmeras de videomonitoramento nas ruas da cidade.                | [Visiotec Sistemas] | ->BR
          fr | La ville de Namur a attribué à la société Delvaux Sécurité le marché des caméras de vidéosurveillance du centre.                                 | [Delvaux Sécurité]  | ->BE
          fr | La mairie de Cotonou a confié à la société Kanvi Sécurité l'installation des caméras de vidéosurveillance du centre-ville.                       | [Kanvi Sécurité]    | ->BJ
          es | La alcaldía de Cochabamba contrató a la empresa Andes Visión para instalar cámaras de videovigilancia en las plazas.                              | [Andes Visión]      | ->BO
          """)
  void aTextThatNamesNoCountryIsPlacedByItsStateTownOrMoney(
      String language, String text, String supplier, String recipient) {
    assertThat(proposed(text))
        .as(language)
        .anyMatch(p -> p.startsWith(supplier) && p.endsWith(recipient));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | Plusieurs sociétés de sécurité d'Oran ont obtenu de la police des marchés de caméras de vidéosurveillance. | Plusieurs
          es | Varias empresas de Rosario obtuvieron de la policía de Argentina los contratos de las cámaras de videovigilancia. | Varias
          pt | Várias empresas de Campinas obtiveram da polícia do Brasil contratos de câmeras de videomonitoramento.       | Várias
          """)
  void aQuantityWordOpeningASentenceIsNoCompany(String language, String text, String word) {
    assertThat(proposed(text)).as(language).noneMatch(p -> p.contains(word));
  }

  @Test
  void euroAmountsNameNoCountry() {
    assertThat(
            proposed(
                "La mairie a signé un contrat avec Lectra Vision Inc. pour installer 40 caméras de"
                    + " vidéosurveillance, pour 850 000 euros."))
        .isEmpty();
  }

  @Test
  void anAgencyInARecordsHeadingIsNoCompany() {
    assertThat(
            proposed(
                "DIÁRIO OFICIAL DO ESTADO DE PERNAMBUCO — SECRETARIA DE DEFESA SOCIAL\n"
                    + "Contratada: Vigiar Tecnologia Ltda. Objeto: instalação de câmeras de"
                    + " videomonitoramento. Valor: R$ 2.000.000,00."))
        .isNotEmpty()
        .noneMatch(p -> p.contains("SECRETARIA"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          pt | Lisboa              | PT
          pt | Díli                | TL
          pt | Dacar               | SN
          fr | Alger               | DZ
          fr | Caire               | EG
          es | La Habana           | CU
          es | Ciudad de Guatemala | GT
          es | El Cairo            | EG
          """)
  void aCapitalIsReadAsItsLanguageWritesIt(String language, String capital, String country) {
    String text =
        switch (language) {
          case "pt" -> "A polícia de " + capital + " e o governo da cidade não são os mesmos.";
          case "fr" -> "La police de " + capital + " et le gouvernement de la ville dans les rues.";
          default -> "La policía de " + capital + " y el gobierno de la ciudad con los otros.";
        };
    assertThat(extractor.mentions(text))
        .as(language)
        .anyMatch(m -> m.start() == text.indexOf(capital) && m.value().equals(country));
  }

  @Test
  void theAdjectiveOfAPortugueseAgencyIsNoCompany() {
    assertThat(
            proposed(
                "A Polícia Civil de Goiás contratou em 2022 a empresa israelense Cellebrite para"
                    + " extrair dados de celulares, segundo a Polícia Federal."))
        .anyMatch(p -> p.startsWith("[Cellebrite]"))
        .noneMatch(p -> p.startsWith("[Federal]") || p.startsWith("[Civil]"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | Girona          | ES
          es | Coah.           | MX
          fr | Saint-Étienne   | FR
          fr | Montpellier     | FR
          pt | Joinville       | BR
          pt | Maceió          | BR
          """)
  void aTownOrProvincePlacesTheStory(String language, String place, String country) {
    String text =
        switch (language) {
          case "pt" -> "A prefeitura de " + place + " e o governo da cidade não são os mesmos.";
          case "fr" -> "La mairie de " + place + " et le gouvernement de la ville dans les rues.";
          default -> "El ayuntamiento de " + place + " y el gobierno de la ciudad con los otros.";
        };
    assertThat(extractor.mentions(text))
        .as(place)
        .anyMatch(m -> m.start() == text.indexOf(place) && m.value().equals(country));
  }

  @Test
  void aContractAwardedInAProvincialTownGoesToItsCountry() {
    assertThat(
            proposed(
                "OLOT (Girona). El consejo comarcal adjudicó en marzo la instalación de cámaras de"
                    + " videovigilancia en cuatro municipios a Vigilux Sistemas, por 90.000 euros."))
        .contains("[Vigilux Sistemas] null->ES");
  }

  @Test
  void aBrazilianStateDemonymNamesBrazil() {
    String text =
        "A prefeitura contratou uma empresa catarinense de tecnologia para instalar 40 câmeras.";
    assertThat(extractor.mentions(text))
        .anyMatch(m -> m.start() == text.indexOf("catarinense") && m.value().equals("BR"));
  }

  @Test
  void theGiverOfWhatACountryReceivedIsTheSupplier() {
    assertThat(
            proposed(
                "Le Togo a reçu du Japon un don de caméras de vidéosurveillance pour la police"
                    + " de Lomé."))
        .contains("[] JP->TG");
  }
}
