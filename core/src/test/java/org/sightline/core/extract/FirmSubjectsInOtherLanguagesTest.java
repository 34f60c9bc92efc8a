package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An unknown name as the subject of a firm's work in Spanish, French and Portuguese (issue 16,
 * round 11): a future supply, a compound past, a won tender, a passive of being hired. Examples
 * written for this test.
 */
class FirmSubjectsInOtherLanguagesTest {
  private static final LocalDate REPORTED = LocalDate.of(2025, 3, 14);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | Según informó el ministerio, Quendal va a suministrar cámaras de videovigilancia a la policía del Perú. | [Quendal] null->PE
          es | Según informó el ministerio, Quendal ganó la licitación de las cámaras de videovigilancia en el Perú. | [Quendal] null->PE
          fr | Selon le ministère, Quendal a remporté le marché des caméras de vidéosurveillance au Sénégal. | [Quendal] null->SN
          fr | Selon le ministère, Quendal a été retenue par la police du Sénégal pour les caméras de vidéosurveillance. | [Quendal] null->SN
          pt | Segundo o ministério, a Quendal vai fornecer câmaras de videovigilância à polícia de Portugal. | [Quendal] null->PT
          pt | Segundo o ministério, a Quendal foi contratada pela polícia de Portugal para as câmaras de videovigilância. | [Quendal] null->PT
          """)
  void aNameDoingAFirmsWorkIsASupplier(String language, String text, String expected) {
    assertThat(TestData.proposed(text, REPORTED)).as(language).contains(expected);
  }
}
