package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shapes of French (and, where they exist, Spanish and Portuguese) proposals that no candidate
 * reached (issue 16, round 13), read in examples written for this test: a country under its ruler
 * ("la Libye de Kadhafi") is no company, a country after an elided article ("à l'Ouganda") is read
 * with its preposition, and a gift told with a noun ("a fait don de") names its giver.
 */
class FrenchProposalsTest {
  private static final LocalDate REPORTED = LocalDate.of(2024, 5, 2);

  private static List<String> proposed(String text) {
    return TestData.proposed(text, REPORTED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | Après avoir équipé la Tunisie de Ben Ali, la société française Veltrax a vendu un logiciel d'interception au Gabon, selon des documents judiciaires. | Tunisie
          es | Tras equipar a la Libia de Gadafi, la empresa francesa Veltrax vendió un sistema de escucha a Gabón, según documentos judiciales consultados por la prensa. | Libia
          pt | Depois de equipar a Líbia de Kadafi, a empresa francesa Veltrax vendeu um sistema de escuta ao Gabão, segundo documentos judiciais obtidos pela imprensa. | Líbia
          """)
  void aCountryUnderItsRulerIsNoCompany(String language, String text, String country) {
    List<String> p = proposed(text);
    assertThat(p).as(language).contains("[Veltrax] FR->GA");
    assertThat(p).as(language).noneMatch(c -> c.contains(country));
  }

  @Test
  void aCountryUnderItsRulerStaysARecipient() {
    assertThat(
            proposed(
                "Tras equipar a la Libia de Gadafi, la empresa francesa Veltrax vendió un sistema"
                    + " de escucha a Gabón, según documentos judiciales consultados por la prensa."))
        .contains("[Veltrax] FR->LY");
  }

  @Test
  void aCountryAfterAnElidedArticleIsReadWithItsPreposition() {
    assertThat(
            proposed(
                "La société Veltrax a vendu des caméras de surveillance au Niger et à l'Ouganda,"
                    + " selon des documents consultés par la presse."))
        .contains("[Veltrax] null->NE", "[Veltrax] null->UG");
  }

  @Test
  void aGiftToldWithANounNamesItsGiver() {
    assertThat(
            proposed(
                "Le Japon a fait don de caméras de surveillance au Tchad, selon un communiqué du"
                    + " ministère de la sécurité publique."))
        .contains("[] JP->TD");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | L'Ouganda a acheté des drones de surveillance à la Chine en janvier, selon le ministère de la défense. | [] CN->UG
          es | Honduras compró drones de vigilancia a Israel el año pasado, según el ministerio de defensa. | [] IL->HN
          pt | Angola comprou drones de vigilância à China no ano passado, segundo o ministério da defesa. | [] CN->AO
          """)
  void theSellerAfterTheThingBoughtIsTheSupplier(String language, String text, String expected) {
    assertThat(proposed(text)).as(language).contains(expected);
  }

  @Test
  void aPurposeBetweenTheVerbAndTheCountryMakesNoSeller() {
    assertThat(
            proposed(
                "La société Veltrax a acheté des caméras pour la police du Niger, selon un"
                    + " communiqué publié mardi."))
        .noneMatch(c -> c.contains("NE->"));
  }
}
