package org.sightline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The firm after a noun of awarding, hiring or buying in es/fr/pt; examples written for it. */
class HiringNounsTest {
  private static final LocalDate REPORTED = LocalDate.of(2025, 3, 14);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | La contratación de Quendal para las cámaras de videovigilancia del Perú fue aprobada ayer por el ministerio. | [Quendal] null->PE
          fr | Le choix de Quendal pour les caméras de vidéosurveillance du Sénégal a été approuvé hier par le ministère. | [Quendal] null->SN
          pt | A contratação da Quendal para as câmaras de videovigilância de Portugal foi aprovada ontem pelo ministério. | [Quendal] null->PT
          pt | A adjudicação à Quendal das câmaras de videovigilância de Portugal foi publicada ontem pelo ministério. | [Quendal] null->PT
          """)
  void aNameAfterAHiringNounIsTheFirmChosen(String language, String text, String expected) {
    assertThat(TestData.proposed(text, REPORTED)).as(language).contains(expected);
  }
}
