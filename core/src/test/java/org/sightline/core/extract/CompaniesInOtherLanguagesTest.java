package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How Spanish, French and Portuguese name a supplier (issue 16, round 8), read in examples written
 * for this test: a one-word firm after an inflected company noun, a demonym standing for "the
 * company", a record's buyer, and "China" written as the country's name in Spanish.
 */
class CompaniesInOtherLanguagesTest {
  private static final LocalDate REPORTED = LocalDate.of(2024, 5, 2);

  private static List<String> proposed(String text) {
    return TestData.proposed(text, REPORTED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | El ministerio del Interior de Senegal ha anunciado que el contrato de videovigilancia de la ciudad fue adjudicado a la empresa Veldaro, que instalará 500 cámaras. | [Veldaro] null->SN
          fr | Le ministère de l'Intérieur du Togo a attribué le marché de vidéosurveillance de la capitale à la société Veldaro, selon un communiqué publié mardi. | [Veldaro] null->TG
          pt | O governo de Angola contratou a empresa Lumora para instalar câmeras de videovigilância nas ruas da capital, segundo o ministério. | [Lumora] AO->AO
          """)
  void aOneWordFirmAfterTheCompanyNounIsASupplier(String language, String text, String expected) {
    assertThat(proposed(text)).as(language).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | El gobierno de Paraguay firmó con la israelí Kavora un contrato de reconocimiento facial para la policía de la capital, según el ministerio. | [Kavora] IL->PY
          fr | Le ministère de l'Intérieur du Niger a signé avec la française Veldaro un contrat de vidéosurveillance pour la police de la capitale. | [Veldaro] FR->NE
          pt | A alemã Veltra começa em março a produzir os passaportes biométricos de Moçambique, anunciou o ministério do Interior. | [Veltra] DE->MZ
          """)
  void aDemonymStandingForTheCompanyGivesItsHomeAndIsNoParty(
      String language, String text, String expected) {
    List<String> p = proposed(text);
    assertThat(p).as(language).contains(expected);
    String home = expected.substring(expected.indexOf("] ") + 2, expected.indexOf("->"));
    assertThat(p).as(language).noneMatch(c -> c.endsWith("->" + home));
  }

  @Test
  void aRecordsBuyerIsNoSupplier() {
    assertThat(
            proposed(
                "FICHA DE CONTRATACIÓN — Quito (Ecuador)\nComprador: Servicios Metropolitanos"
                    + " S.A.\nProveedor: Andina Visión Cía. Ltda.\nObjeto: suministro de las"
                    + " cámaras de la red de videovigilancia de la ciudad y del centro de monitoreo"
                    + " de la policía.\nMonto: USD 1,2 millones."))
        .anyMatch(c -> c.startsWith("[Andina Visión"))
        .noneMatch(c -> c.contains("Servicios Metropolitanos"));
  }

  @Test
  void chinaWrittenAsTheCountrysNameIsTheCountryInSpanish() {
    assertThat(
            proposed(
                "La Policía de Honduras inauguró un nuevo centro de videovigilancia con cámaras de"
                    + " alta definición que China donó al país, según el ministerio."))
        .contains("[] CN->HN");
    assertThat(
            proposed(
                "El Gobierno de Bolivia instaló cámaras de videovigilancia chinas en la capital,"
                    + " según el ministerio."))
        .noneMatch(c -> c.startsWith("[] CN->"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | El Ministerio de Seguridad de Honduras encargó a la empresa Ravel Technologies el equipamiento del centro de monitoreo. El contrato se firmó en mayo.     | [Ravel Technologies] HN->HN
          es | La alcaldía de Lima, en Perú, eligió a la firma Quenta Sistemas para instalar cámaras de videovigilancia en el centro histórico de la ciudad.              | [Quenta Sistemas] PE->PE
          fr | Le ministère de la Sécurité du Bénin a commandé à la société Orvane des caméras de vidéosurveillance pour la police de la capitale.                      | [Orvane] BJ->BJ
          fr | La mairie de Dakar, au Sénégal, a choisi la société Orvane pour installer les caméras de vidéosurveillance du centre-ville.                              | [Orvane] SN->SN
          pt | O governo de Moçambique encomendou à empresa Tavira Sistemas as câmeras de videovigilância da polícia da capital, segundo o ministério.                 | [Tavira Sistemas] MZ->MZ
          pt | A Câmara Municipal de Lisboa escolheu a empresa Tavira Sistemas para montar as câmeras de videovigilância da polícia no centro da cidade.              | [Tavira Sistemas] PT->PT
          fr | La société Veltis a décroché le marché des caméras de vidéosurveillance de la police du Sénégal, pour 3 millions d'euros.                              | [Veltis] null->SN
          fr | La police du Sénégal s'équipe chez Veltis pour ses drones de surveillance, selon le ministère.                                                         | [Veltis] null->SN
          fr | Les drones de la gendarmerie du Niger viennent du constructeur chinois DJI, selon le ministère de la Défense.                                          | [DJI] CN->NE
          pt | A empresa Veltis ganhou a licitação das câmeras de videomonitoramento da polícia de Angola por 3 milhões de dólares.                                  | [Veltis] null->AO
          """)
  void aBuyerThatOrdersFromOrChoosesAFirmOrAFirmThatWinsNamesTheSupplier(
      String language, String text, String expected) {
    assertThat(proposed(text)).as(language).contains(expected);
  }

  @Test
  void theSlashOfABrazilianLegalFormIsNoPartOfTheName() {
    assertThat(
            proposed(
                "O Ministério da Justiça do Brasil comprou drones fabricados pela Aurora S/A para a"
                    + " polícia, segundo o contrato publicado."))
        .contains("[Aurora] null->BR")
        .noneMatch(p -> p.startsWith("[Aurora S]"));
  }
}
