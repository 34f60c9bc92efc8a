package org.sightline.core.extract.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sightline.core.extract.lexicon.Language;

/** A city's government named as a body, in each language; examples written for this test. */
class MunicipalBodiesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|Last spring the City of Port Elizabeth's cameras went live.|City of Port Elizabeth",
        "EN|Officials in the town of Maple Ridge approved it.|town of Maple Ridge",
        "ES|El Ayuntamiento de San Vicente del Raspeig instaló cámaras.|Ayuntamiento de San Vicente"
            + " del Raspeig",
        "ES|La municipalidad de Villa Carlos Paz pagó el sistema.|municipalidad de Villa Carlos Paz",
        "FR|La Ville de Saint-Denis a voté le budget.|Ville de Saint-Denis",
        "FR|La commune d'Aix-les-Bains a choisi ce prestataire.|commune d'Aix-les-Bains",
        "PT|A Prefeitura Municipal de Ponta Grossa assinou o contrato.|Prefeitura Municipal de"
            + " Ponta Grossa",
        "PT|A Câmara Municipal de Viana do Castelo aprovou a compra.|Câmara Municipal de Viana do"
            + " Castelo",
        // every other body word, so the indexOf prefilter is checked against the pattern
        "EN|Cameras for the County of Kern arrived.|County of Kern",
        "EN|The Municipality of Lakeside paid.|Municipality of Lakeside",
        "ES|La Alcaldía de Santa Tecla firmó.|Alcaldía de Santa Tecla",
        "ES|La Intendencia Municipal de Rivera compró.|Intendencia Municipal de Rivera",
        "ES|El Municipio de Ensenada pagó.|Municipio de Ensenada",
        "FR|La Mairie de Bondy a signé.|Mairie de Bondy",
        "FR|La Municipalité de Lévis a payé.|Municipalité de Lévis",
        "PT|A Prefeitura de Itabuna comprou.|Prefeitura de Itabuna",
        "PT|O Município de Lobito pagou.|Município de Lobito"
      })
  void readsTheBodyAsWritten(Language language, String text, String body) {
    assertThat(MunicipalBodies.find(text, 0, text.length(), language)).isEqualTo(body);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|The city council approved more cameras.",
        "ES|El municipio compró cámaras nuevas.",
        "FR|La ville a installé des caméras.",
        "PT|A prefeitura comprou câmeras."
      })
  void aBodyWithoutItsPlaceIsNotAName(Language language, String text) {
    assertThat(MunicipalBodies.find(text, 0, text.length(), language)).isNull();
  }

  /**
   * Trying the pattern only a letter before each stem finds what the pattern's search finds: texts
   * made at random of every language's body words, links and capitalised places, with letters,
   * hyphens and apostrophes before the body words (the look-behind) and body words in any case.
   */
  @Test
  void tryingTheStemsFindsWhatThePatternFinds() {
    List<String> words =
        List.of(
            "city",
            "City",
            "town",
            "Town",
            "municipality",
            "county",
            "CITY",
            "ayuntamiento",
            "Ayuntamiento",
            "municipalidad",
            "municipio",
            "alcaldía",
            "Intendencia",
            "ville",
            "Ville",
            "commune",
            "municipalité",
            "Mairie",
            "famille",
            "prefeitura",
            "Prefeitura",
            "municipal",
            "Municipal",
            "câmara",
            "Câmara",
            "município",
            "of",
            "de",
            "d'",
            "d’",
            "du",
            "do",
            "da",
            "dos",
            "das",
            "del",
            "la",
            "les",
            "sur",
            "Kern",
            "Saint-Étienne",
            "Aix",
            "Maple",
            "Ridge's",
            "São",
            "Paulo",
            "x",
            "Lyon",
            "Villeneuve",
            "City of",
            "town of",
            "Ayuntamiento de",
            "municipio Municipal de",
            "commune d'",
            "Ville du",
            "Mairie de",
            "Prefeitura Municipal de",
            "câmara municipal do",
            "Município das");
    List<String> gaps = List.of(" ", " ", " ", " ", "", "-", "'", "é", ", ", "3");
    SplittableRandom r = new SplittableRandom(8122026);
    int found = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int w = 1 + r.nextInt(14); w > 0; w--) {
        b.append(words.get(r.nextInt(words.size()))).append(gaps.get(r.nextInt(gaps.size())));
      }
      String text = b.toString();
      for (Language language : List.of(Language.EN, Language.ES, Language.FR, Language.PT)) {
        String expected = MunicipalBodies.findByPattern(text, 0, text.length(), language);
        assertThat(MunicipalBodies.find(text, 0, text.length(), language))
            .as(text)
            .isEqualTo(expected);
        found += expected == null ? 0 : 1;
      }
    }
    assertThat(found).as("bodies the comparison found").isGreaterThan(2_000);
  }
}
