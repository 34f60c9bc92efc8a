package org.sightline.core.extract.assemble;

import static org.assertj.core.api.Assertions.assertThat;

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
}
